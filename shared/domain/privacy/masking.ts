/**
 * Masking personal numbers in lists and public prints (DOMAIN §7–§8): the one pure rule every masked 身份证号码 and
 * phone number goes through. How many characters stay visible at each end is a setting **(choice)**; the default
 * shows the first 6 (the area code) and the last 4 of an ID number, the first 3 and the last 4 digits of a phone.
 *
 * - An ID number of a standard shape — 18 characters (17 digits and a digit or X) or a legacy 15 digits — keeps
 *   `keepStart` and `keepEnd` characters and hides the rest with `*`. The birth date is never shown: at most the
 *   area code (6) at the start, at most the 4 characters after the birth date at the end (3 in a legacy number).
 * - Anything else (a typo, a short or over-long value, letters) is not partly shown: every character is hidden,
 *   keeping the length so an odd value still looks odd.
 * - A phone number keeps its separators (`-`, spaces, brackets, +) and hides any other character; its digits are
 *   masked like an ID number's characters, but at least 4 digits always stay hidden (a short number shows less at
 *   the start first, then at the end; 4 digits or fewer are hidden entirely).
 */

export interface MaskRule {
  /** Characters (digits, for a phone) left visible at the start. */
  keepStart: number;
  /** Characters (digits) left visible at the end. */
  keepEnd: number;
}

export interface MaskingRules {
  idNumber: MaskRule;
  phone: MaskRule;
}

export const DEFAULT_MASKING: MaskingRules = {
  idNumber: { keepStart: 6, keepEnd: 4 },
  phone: { keepStart: 3, keepEnd: 4 },
};

/** The most a setting may leave visible: an ID number's area code and its last 4; a phone's first 3 and last 4 digits. */
export const MASK_LIMITS: Readonly<Record<keyof MaskingRules, MaskRule>> = {
  idNumber: { keepStart: 6, keepEnd: 4 },
  phone: { keepStart: 3, keepEnd: 4 },
};

const MASK = '*';
const STANDARD_ID = /^(\d{17}[\dX]|\d{15})$/;
/** However short a phone number, this many of its digits stay hidden. */
const MIN_HIDDEN_DIGITS = 4;

function clampRule(rule: MaskRule, limit: MaskRule): MaskRule {
  const clamp = (n: number, max: number) => (Number.isInteger(n) && n > 0 ? Math.min(n, max) : 0);
  return { keepStart: clamp(rule.keepStart, limit.keepStart), keepEnd: clamp(rule.keepEnd, limit.keepEnd) };
}

/** The 身份证号码 masked under `rule` (null or blank: the empty string). */
export function maskIdNumberWith(value: string | null | undefined, rule: MaskRule = DEFAULT_MASKING.idNumber): string {
  const text = (value ?? '').trim().toUpperCase();
  if (text === '') return '';
  const chars = [...text];
  if (!STANDARD_ID.test(text)) return MASK.repeat(chars.length);
  // The birth date (YYYYMMDD, or YYMMDD in a legacy number) follows the area code and is never shown: a legacy
  // number's sequence has only 3 digits after it.
  const birthEnd = chars.length === 15 ? 12 : 14;
  const limit = { keepStart: MASK_LIMITS.idNumber.keepStart, keepEnd: Math.min(MASK_LIMITS.idNumber.keepEnd, chars.length - birthEnd) };
  const { keepStart, keepEnd } = clampRule(rule, limit);
  return chars.map((c, i) => (i < keepStart || i >= chars.length - keepEnd ? c : MASK)).join('');
}

/** The phone number masked under `rule`: separators kept, digits hidden but for the ends (null or blank: ''). */
export function maskPhoneWith(value: string | null | undefined, rule: MaskRule = DEFAULT_MASKING.phone): string {
  const text = (value ?? '').trim();
  if (text === '') return '';
  const chars = [...text];
  const digitCount = chars.filter((c) => c >= '0' && c <= '9').length;
  const kept = clampRule(rule, MASK_LIMITS.phone);
  // At least MIN_HIDDEN_DIGITS stay hidden: the start gives way first, then the end.
  const keepStart = Math.max(0, Math.min(kept.keepStart, digitCount - MIN_HIDDEN_DIGITS - kept.keepEnd));
  const keepEnd = Math.max(0, Math.min(kept.keepEnd, digitCount - MIN_HIDDEN_DIGITS - keepStart));
  let seen = 0;
  return chars
    .map((c) => {
      if (c < '0' || c > '9') return /[\s\-()（）+]/.test(c) ? c : MASK;
      const index = seen;
      seen += 1;
      return index < keepStart || index >= digitCount - keepEnd ? c : MASK;
    })
    .join('');
}

/** Both masks under one set of rules: what a print or a list holds on to. */
export function maskerFor(rules: MaskingRules = DEFAULT_MASKING): { idNumber(value: string | null | undefined): string; phone(value: string | null | undefined): string } {
  return { idNumber: (v) => maskIdNumberWith(v, rules.idNumber), phone: (v) => maskPhoneWith(v, rules.phone) };
}
