import type { BenchCase } from '../bench-case';
import { openXlsx } from '../../../electron/services/workbook/xlsx-stream-reader';
import { ensureLargeStreet, largeWorkbookPath } from '../large-street';

/** The importer's own streaming reader alone (no validation), for comparison with the exceljs baseline. */
export const workbookReadLarge: BenchCase = {
  name: 'workbook-read-large',
  description: "The importer's streaming reader alone over the same workbook, touching every row",
  async setup() {
    await ensureLargeStreet();
  },
  async run(ctx) {
    const workbook = await openXlsx(largeWorkbookPath);
    let rows = 0;
    let cells = 0;
    try {
      for (const sheet of workbook.sheets) {
        for await (const row of sheet.rows()) {
          rows += 1;
          for (const cell of row.cells) if (cell !== undefined) cells += 1;
        }
      }
    } finally {
      workbook.close();
    }
    ctx.note(`${rows.toLocaleString('en')} rows (incl. headers), ${cells.toLocaleString('en')} cells`);
  },
};
