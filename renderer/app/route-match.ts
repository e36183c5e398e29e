/** Matches a hash path against `/area/:param` patterns. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}

/** A positive integer route parameter, or null. */
export function idParam(params: Record<string, string>, name = 'id'): number | null {
  const raw = params[name] ?? '';
  return /^\d{1,12}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
