/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male),
 * and a check character computed with ISO 7064 MOD 11-2. Legacy 15-digit numbers (6 + YYMMDD + 3) are converted
 * to 18 digits by inserting the century "19" and appending the check character.
 */
import { isValidIsoDate } from './dates';
import { DEFAULT_MASKING, maskIdNumberWith } from './privacy/masking';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '?';
}

export interface IdNumberInfo {
  /** The 18-character number, upper-case X. */
  idNumber: string;
  birthDate: string;
  gender: 'M' | 'F';
  /** True when the input was a 15-digit legacy number. */
  converted: boolean;
}

export type IdNumberResult = { ok: true; value: IdNumberInfo } | { ok: false; reason: string };

/** Validates (and converts) an ID number; `today` bounds the birth date. Reasons are Chinese. */
export function parseIdNumber(raw: string, today: string): IdNumberResult {
  const input = raw.trim().toUpperCase();
  let id18: string;
  let converted = false;
  if (/^\d{15}$/.test(input)) {
    const first17 = `${input.slice(0, 6)}19${input.slice(6)}`;
    id18 = first17 + idCheckChar(first17);
    converted = true;
  } else if (/^\d{17}[\dX]$/.test(input)) {
    id18 = input;
  } else {
    return { ok: false, reason: '身份证号码应为 18 位（最后一位可为 X）或 15 位数字' };
  }
  const birthDate = `${id18.slice(6, 10)}-${id18.slice(10, 12)}-${id18.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) return { ok: false, reason: `身份证号码中的出生日期 ${id18.slice(6, 14)} 无效` };
  if (birthDate > today) return { ok: false, reason: `身份证号码中的出生日期 ${birthDate} 晚于今天` };
  if (!converted) {
    const expected = idCheckChar(id18.slice(0, 17));
    if (expected !== id18[17]) return { ok: false, reason: `身份证号码校验位错误（按前 17 位应为 ${expected}）` };
  }
  const gender = Number(id18[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, value: { idNumber: id18, birthDate, gender, converted } };
}

/** Builds a valid 18-digit number (used by the demo generator and tests). */
export function makeIdNumber(area6: string, birthDate: string, sequence3: number): string {
  const first17 = `${area6}${birthDate.replace(/-/g, '')}${String(sequence3).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** 身份证 masked for lists: the one rule of shared/domain/privacy/masking.ts (default first 6 and last 4 shown). */
export function maskIdNumber(idNumber: string, keepStart = DEFAULT_MASKING.idNumber.keepStart, keepEnd = DEFAULT_MASKING.idNumber.keepEnd): string {
  return maskIdNumberWith(idNumber, { keepStart, keepEnd });
}
