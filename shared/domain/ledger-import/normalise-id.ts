/**
 * 身份证 as ledgers hold it: with spaces, full-width digits, a lower-case x, a legacy 15-digit number, or a number
 * typed into a numeric cell (where Excel keeps only 15 significant digits: an 18-digit number has lost its last ones).
 */
import { parseIdNumber } from '../id-number';
import { toHalfWidth } from './normalise-text';

export type IdCell = string | number | boolean | Date | null;

export type IdOutcome =
  | { ok: true; idNumber: string; convertedFrom: string | null; birthDate: string; gender: 'M' | 'F' }
  | { ok: false; reason: string; text: string | null };

/** Excel keeps 15 significant digits of a number: a larger integer in a numeric cell has lost its last digits. */
const EXCEL_DIGITS = 15;

/** Normalises and checks one ID cell; `today` bounds the birth date. Reasons are Chinese and say what to do. */
export function normaliseIdNumber(cell: IdCell, today: string): IdOutcome {
  if (cell === null || cell === '') return { ok: false, reason: '身份证号码为空', text: null };
  if (typeof cell === 'number') {
    const digits = Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
    if (digits.length > EXCEL_DIGITS || !Number.isInteger(cell)) {
      return {
        ok: false,
        reason: `身份证号码存成了数字（${digits.length > 20 ? String(cell) : digits}），Excel 只保留 15 位有效数字，后几位已丢失：请在原表中把该列设为“文本”后重新录入`,
        text: digits,
      };
    }
    return fromText(digits, today);
  }
  if (typeof cell !== 'string') return { ok: false, reason: '身份证号码不是文字', text: null };
  return fromText(cell, today);
}

function fromText(raw: string, today: string): IdOutcome {
  const text = toHalfWidth(raw).replace(/[\s\u00a0'’‘-]+/g, '').toUpperCase();
  if (text === '') return { ok: false, reason: '身份证号码为空', text: null };
  if (/^\d(\.\d+)?E\+\d+$/.test(text)) {
    return { ok: false, reason: `身份证号码被 Excel 写成了科学计数法（${text}），后几位已丢失：请把该列设为“文本”后重新录入`, text };
  }
  const parsed = parseIdNumber(text, today);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, text };
  const { idNumber, birthDate, gender, converted } = parsed.value;
  return { ok: true, idNumber, birthDate, gender, convertedFrom: converted ? text : null };
}
