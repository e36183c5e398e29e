import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateDemoStreet } from '../../../electron/services/demo/generate-demo';
import { sourceFromStreetData } from '../../../electron/services/workbook/write-workbook';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { SheetDef } from '../../../shared/domain/workbook/sheets';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, LARGE_SEED } from '../large-street';

/**
 * The baseline for the export: exceljs's streaming writer writing the same rows (same sheets, columns, values, date
 * format, bold frozen header) from memory, with no other work. Only the write is timed; the RSS includes the rows
 * held in memory.
 */
export const exceljsWriteBaseline: BenchCase = {
  name: 'exceljs-write-baseline',
  description: 'Baseline: exceljs stream.xlsx.WorkbookWriter writing the same rows, prepared in memory beforehand (untimed)',
  async run(ctx) {
    const source = sourceFromStreetData(generateDemoStreet({ size: 'large', seed: LARGE_SEED, asOf: LARGE_AS_OF }));
    const sheets = SHEET_ORDER.map((field) => {
      const def = SHEET_DEFS[field] as SheetDef<unknown>;
      return { def, rows: [...(source[field] as () => Iterable<unknown>)()].map((r) => def.toRow(r)) as CellValue[][] };
    });
    const rssBefore = process.memoryUsage().rss / 1048576;
    const started = performance.now();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(ctx.workDir, 'baseline.xlsx'), useStyles: true, useSharedStrings: false });
    let rows = 0;
    for (const { def, rows: data } of sheets) {
      const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = def.columns.map((c) => ({ header: c.header, key: c.header, width: c.width, ...(c.date ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for (const row of data) {
        sheet.addRow(row).commit();
        rows += 1;
        if ((rows & 1023) === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      sheet.commit();
    }
    await workbook.commit();
    const wallMs = performance.now() - started;
    ctx.note(`${rows.toLocaleString('en')} rows; write only; RSS before writing ${Math.round(rssBefore)} MB (rows in memory)`);
    return { wallMs };
  },
};
