/** A cell as plain text: numbers without exponent, dates as ISO days, spaces squeezed; empty is null; cut at `max`. */
import type { CellValue } from '../workbook/cell-values';

export function plain(cell: CellValue, max: number): string | null {
  if (cell === null) return null;
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : typeof cell === 'number' && Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return null;
  return t.length > max ? t.slice(0, max) : t;
}
