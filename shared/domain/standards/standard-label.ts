/**
 * How a standard's version reads on screen and in prints. Versions are identifiers ("2007", "example-1",
 * "2010-example"); a clerk reads "2007", "示例标准 第 1 版", "2010 年示例标准" — never the identifier itself.
 */

const EXAMPLE = /(^|-)example(-|$)/i;

/** "2007" → "2007"; "example-1" → "示例标准 第 1 版"; "2010-example" → "2010 年示例标准"; "v2" → "第 v2 版". */
export function standardVersionText(version: string): string {
  const v = version.trim();
  if (EXAMPLE.test(v)) {
    const rest = v.replace(EXAMPLE, '-').replace(/^-+|-+$/g, '');
    if (/^\d{4}$/.test(rest)) return `${rest} 年示例标准`;
    return rest === '' ? '示例标准' : `示例标准 第 ${rest} 版`;
  }
  if (/^\d{4}(\.\d+)?$/.test(v)) return v;
  return `第 ${v} 版`;
}

/**
 * "重庆市充分就业社区创建标准（2007）": the version added in words, and only what the name does not already say
 * ("…（三星、四星、五星，示例标准）" with "2010-example" becomes "…（2010 年）").
 */
export function standardLabel(name: string, version: string): string {
  if (name.includes(version)) return name;
  let text = standardVersionText(version);
  if (name.includes('示例标准') && text.includes('示例标准')) {
    text = text.replace(/\s*年?示例标准\s*/, (m) => (m.includes('年') ? ' 年' : '')).trim();
  }
  if (text === '' || name.includes(text)) return name;
  return `${name}（${text}）`;
}
