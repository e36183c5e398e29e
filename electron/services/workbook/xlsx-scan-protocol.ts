/** What the import worker and its sheet-scanning helper say to each other (xlsx-scan-worker.ts, xlsx-scanned-apart.ts). */
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import type { ZipLimits } from '../files/zip-limits';
import type { XlsxReadOptions } from './xlsx-stream-reader';
import type { XlsxRow } from './sheet-rows-scanner';

export interface ScanStart {
  path: string;
  limits: ZipLimits;
  options: XlsxReadOptions;
}

/** Batches of rows the helper may post before the reader has taken them: what waits between the threads is bounded. */
export const MAX_BATCHES_IN_FLIGHT = 8;

export type ScanMessage =
  | { type: 'opened'; sheets: string[] }
  /** Rows of the sheet at `index`, in order (`packRows`); `readBytes` of `totalBytes` (compressed worksheet XML) read once they were. */
  | { type: 'rows'; index: number; rows: PackedRows; readBytes: number; totalBytes: number }
  | { type: 'end'; index: number }
  /** The file could not be read: past one of the zip's limits (`limit`), or damaged. */
  | { type: 'failed'; message: string; limit: boolean };

export type ScanRequest =
  /** The sheets to scan, in the order they will be read. Sent once. */
  | { type: 'scan'; indices: number[] }
  /** The reader took a batch. */
  | { type: 'taken' }
  /** The reader stopped reading this sheet (its header was wrong): the helper passes over the rest of it. */
  | { type: 'skip'; index: number };

/**
 * Rows as one dense array: for each row its number, its count of cells, then each cell's column and value. Rows as
 * objects with sparse cell arrays cost V8's structured clone several times as much (each object's keys are written
 * again, and a sparse array goes element by element with its index): measured on the large street, sending them
 * made the two threads together slower than one.
 */
export type PackedRows = (CellValue | number)[];

export function packRows(rows: readonly XlsxRow[]): PackedRows {
  const out: PackedRows = [];
  for (const row of rows) {
    const at = out.length;
    out.push(row.number, 0);
    let count = 0;
    const { cells } = row;
    for (let column = 0; column < cells.length; column += 1) {
      const value = cells[column];
      if (value === undefined) continue;
      out.push(column, value);
      count += 1;
    }
    out[at + 1] = count;
  }
  return out;
}

export function unpackRows(packed: PackedRows): XlsxRow[] {
  const rows: XlsxRow[] = [];
  let i = 0;
  while (i < packed.length) {
    const number = packed[i] as number;
    const count = packed[i + 1] as number;
    i += 2;
    const cells: CellValue[] = [];
    for (let k = 0; k < count; k += 1, i += 2) cells[packed[i] as number] = packed[i + 1] as CellValue;
    rows.push({ number, cells });
  }
  return rows;
}
