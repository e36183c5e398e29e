import ExcelJS from 'exceljs';
import type { BenchCase } from '../bench-case';
import { ensureLargeStreet, largeWorkbookPath } from '../large-street';

/** The baseline for the import: exceljs's streaming reader over the same file, counting rows, no other work. */
export const exceljsReadBaseline: BenchCase = {
  name: 'exceljs-read-baseline',
  description: 'Baseline: exceljs stream.xlsx.WorkbookReader over the same workbook, touching every row, no other work',
  async setup() {
    await ensureLargeStreet();
  },
  async run(ctx) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(largeWorkbookPath, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    // exceljs 4.4.0 reads model.sheets before workbook.xml is parsed when the worksheets come first; give it one.
    (reader as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
    let rows = 0;
    let cells = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows += 1;
        cells += (row as unknown as { cellCount: number }).cellCount;
      }
    }
    ctx.note(`${rows.toLocaleString('en')} rows (incl. headers), ${cells.toLocaleString('en')} cells`);
  },
};
