/**
 * Statistical division codes (统计用区划代码).
 * A street/township code is 9 digits: the 6-digit GB/T 2260 county code + 3 digits.
 * A community/village code is 12 digits: the street's 9 digits + 3 digits.
 */

/** Province-level prefixes of GB/T 2260. */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** Returns a Chinese problem description, or null when the code is valid. */
export function streetCodeProblem(code: string): string | null {
  if (!/^\d{9}$/.test(code)) return '街道代码应为 9 位数字（6 位县级区划代码 + 3 位街道代码）';
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2))) return `街道代码前两位 ${code.slice(0, 2)} 不是有效的省级区划代码`;
  if (code.slice(2, 6) === '0000') return '街道代码第 3–6 位不能全为 0（应为县级区划代码）';
  if (code.slice(6) === '000') return '街道代码后 3 位不能为 000';
  return null;
}

/** Returns a Chinese problem description, or null when the code is valid for the street. */
export function communityCodeProblem(code: string, streetCode: string | null): string | null {
  if (!/^\d{12}$/.test(code)) return '社区代码应为 12 位数字（9 位街道代码 + 3 位社区代码）';
  if (streetCode !== null && !code.startsWith(streetCode)) {
    return `社区代码必须以本街道代码 ${streetCode} 开头`;
  }
  if (code.slice(9) === '000') return '社区代码后 3 位不能为 000';
  return null;
}
