/**
 * Field paths of a rule-set file as a clerk or a bureau's IT staff reads them: `items[3].threshold`,
 * `tiers[0].thresholds.employment-rate`, `(整体)` for the whole file.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(整体)' : out;
}
