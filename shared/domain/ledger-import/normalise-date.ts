/**
 * Dates as ledgers hold them: real Excel dates, Excel serial numbers, 2024-3-5, 2024/3/5, 2024.03.05, 2024年3月5日,
 * 20240305, and month-only 2024.03, 2024-03, 202403, 2024年3月 — kept as the first of the month and flagged.
 */
import { formatIsoDate, isValidIsoDate } from '../dates';
import { isoFromExcelSerial } from '../workbook/cell-values';
import type { CellValue } from '../workbook/cell-values';
import { toHalfWidth } from './normalise-text';

export type DateOutcome =
  | { ok: true; date: string; precision: 'day' | 'month' }
  | { ok: false; reason: string }
  | { ok: true; date: null; precision: null };

const EMPTY: DateOutcome = { ok: true, date: null, precision: null };

function day(y: number, m: number, d: number, text: string): DateOutcome {
  const iso = formatIsoDate(y, m, d);
  if (y < 1900 || !isValidIsoDate(iso)) return { ok: false, reason: `“${text}”不是有效的日期` };
  return { ok: true, date: iso, precision: 'day' };
}

function month(y: number, m: number, text: string): DateOutcome {
  if (y < 1900 || m < 1 || m > 12) return { ok: false, reason: `“${text}”不是有效的年月` };
  return { ok: true, date: formatIsoDate(y, m, 1), precision: 'month' };
}

/** Reads one date cell; an empty cell is `{ date: null }`. */
export function normaliseDate(cell: CellValue): DateOutcome {
  if (cell === null || cell === '') return EMPTY;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: '不是有效的日期' };
    return day(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'boolean') return { ok: false, reason: `“${cell ? 'TRUE' : 'FALSE'}”不是日期` };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 190001 && cell <= 210012 && cell % 100 >= 1 && cell % 100 <= 12) {
      return month(Math.floor(cell / 100), cell % 100, String(cell));
    }
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 21001231) {
      return day(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100, String(cell));
    }
    const iso = isoFromExcelSerial(cell);
    return iso === null ? { ok: false, reason: `“${cell}”不是有效的 Excel 日期` } : { ok: true, date: iso, precision: 'day' };
  }
  const text = toHalfWidth(cell).trim().replace(/\s+/g, '');
  if (text === '') return EMPTY;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), text);
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), text);
  if (/^\d+(\.\d+)?$/.test(text)) return normaliseDate(Number(text));
  return { ok: false, reason: `“${text}”不是能识别的日期（可写 2024-03-05、2024/3/5、2024.03.05、2024年3月5日 或 2024年3月）` };
}
