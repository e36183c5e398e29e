/**
 * Headers of a download from the bridge: the browser must save the bytes as a file (never render or sniff them),
 * under a name that cannot break out of the header or name a path.
 */

/** The file name without control characters, quotes, path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, '_').replace(/^[._\s]+/, '').trim();
  return cleaned.slice(0, 200) || 'download';
}

/** RFC 5987 value: every byte but the unreserved attr-chars percent-encoded (also ' ( ) * which encodeURIComponent keeps). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII fallback name and the UTF-8 name. */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0] ?? '';
  const asciiStem = safe.slice(0, safe.length - extension.length).replace(/[^A-Za-z0-9._ -]/g, '_');
  const fallback = /[A-Za-z0-9]/.test(asciiStem) ? `${asciiStem}${extension}` : `download${extension}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}

export function downloadHeaders(name: string, size: number): Record<string, string> {
  return {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(size),
    'Content-Disposition': contentDisposition(name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
}
