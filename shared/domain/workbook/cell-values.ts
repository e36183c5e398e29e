/**
 * Reading one workbook cell: text, dates (Excel dates, Excel serial numbers, and text in the common formats),
 * 是/否, choices from a fixed list, whole numbers. Every problem is a Chinese reason; the caller adds where.
 */
import { dayFromYmd, formatIsoDate, isoOf, isValidIsoDate } from '../dates';

/** A cell as the reader hands it over: formulas arrive as their text `=…`, rich text as plain text. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Text of a cell, trimmed; empty → null. Numbers become their plain decimal text (e.g. phone numbers). */
export function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') {
    const t = value.trim();
    return t.length === 0 ? null : t;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return isoFromUtcDate(value);
}

/** The date's UTC day, one string per day (dates.ts isoOf): a workbook repeats its dates many times. */
function isoFromUtcDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return isoOf(Math.floor(time / 86_400_000));
}

/** Excel's serial day number (1900 date system) → ISO date. 1 = 1900-01-01; 60 is Excel's phantom 1900-02-29. */
export function isoFromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const days = whole > 60 ? whole - 1 : whole;
  return isoOf(dayFromYmd(1899, 12, 31) + days);
}

const TEXT_DATE_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

export const DATE_FORMAT_HINT = '应为日期，如 2024-03-15、2024/3/15、2024.3.15、2024年3月15日 或 Excel 日期';

/** A date cell or text as an ISO date: the one string of its day (dates.ts isoOf), however often it is read. */
export function parseDate(value: CellValue): Parsed<string | null> {
  if (value === null) return ok(null);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad(DATE_FORMAT_HINT);
    return ok(isoFromUtcDate(value));
  }
  if (typeof value === 'number') {
    const iso = isoFromExcelSerial(value);
    return iso && iso >= '1900-01-01' ? ok(iso) : bad(`数字 ${value} 不是有效的 Excel 日期`);
  }
  if (typeof value === 'boolean') return bad(DATE_FORMAT_HINT);
  const text = value.trim();
  if (text.length === 0) return ok(null);
  for (const pattern of TEXT_DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidIsoDate(formatIsoDate(year, month, day)) ? ok(isoOf(dayFromYmd(year, month, day))) : bad(`“${text}”不是存在的日期`);
  }
  return bad(`“${text}”${DATE_FORMAT_HINT}`);
}

export function parseYesNo(value: CellValue): Parsed<boolean | null> {
  const text = cellText(value);
  if (text === null) return ok(null);
  if (text === '是') return ok(true);
  if (text === '否') return ok(false);
  return bad(`“${text}”应填“是”或“否”`);
}

export function parseChoice<T extends string>(value: CellValue, byLabel: Record<string, T>): Parsed<T | null> {
  const text = cellText(value);
  if (text === null) return ok(null);
  const code = byLabel[text];
  if (code !== undefined) return ok(code);
  return bad(`“${text}”不是可选值（${Object.keys(byLabel).join('、')}）`);
}

export function parseWholeNumber(value: CellValue, min: number, max: number): Parsed<number | null> {
  const text = cellText(value);
  if (text === null) return ok(null);
  if (!/^\d+$/.test(text)) return bad(`“${text}”应为整数`);
  const n = Number(text);
  if (n < min || n > max) return bad(`${n} 超出范围（${min}–${max}）`);
  return ok(n);
}

/** A decimal number (amounts, wages, hours): digits with at most two decimals, within [min, max]. */
export function parseDecimal(value: CellValue, min: number, max: number): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return bad(`“${value}”应为数字`);
    if (value < min || value > max) return bad(`${value} 超出范围（${min}–${max}）`);
    return ok(Math.round(value * 100) / 100);
  }
  const text = cellText(value);
  if (text === null) return ok(null);
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return bad(`“${text}”应为数字（最多两位小数）`);
  const n = Number(text);
  if (n < min || n > max) return bad(`${n} 超出范围（${min}–${max}）`);
  return ok(n);
}
