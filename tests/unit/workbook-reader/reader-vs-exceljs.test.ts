/**
 * The importer's reader and exceljs read the same files to the same cells: a workbook exceljs writes itself (shared
 * strings, rich text, formulas with cached results, errors, dates, booleans) and the small demo street as the app
 * exports it (inline strings).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { exportWorkbook } from '../../../electron/services/workbook/export-workbook';
import { openXlsx } from '../../../electron/services/workbook/xlsx-stream-reader';
import { XlsxStreamWriter } from '../../../electron/services/workbook/xlsx-stream-writer';
import { tempDir, tempRuntime } from '../support/temp-runtime';

type Sheets = Record<string, [number, (CellValue | undefined)[]][]>;

async function ours(path: string, cachedFormulaValues: boolean): Promise<Sheets> {
  const workbook = await openXlsx(path, undefined, { cachedFormulaValues });
  const out: Sheets = {};
  try {
    for (const sheet of workbook.sheets) {
      const rows: Sheets[string] = [];
      for await (const row of sheet.rows()) if (row.cells.length > 0) rows.push([row.number, Array.from(row.cells)]);
      out[sheet.name] = rows;
    }
  } finally {
    workbook.close();
  }
  return out;
}

/** exceljs's cell values in the reader's terms: formulas as `=text` (or their result), rich text joined, errors as their code. */
function fromExceljs(value: ExcelJS.CellValue, cachedFormulaValues: boolean): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value && typeof value.formula === 'string') {
    const result = value.result;
    if (!cachedFormulaValues || result === undefined) return `=${value.formula}`;
    return typeof result === 'object' && result !== null && 'error' in result ? result.error : (result as CellValue);
  }
  throw new Error(`unexpected exceljs value ${JSON.stringify(value)}`);
}

async function theirs(path: string, cachedFormulaValues: boolean): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out: Sheets = {};
  for (const sheet of workbook.worksheets) {
    const rows: Sheets[string] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: (CellValue | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = fromExceljs(cell.value, cachedFormulaValues);
        if (v !== undefined) cells[col] = v;
      });
      if (cells.length > 0) rows.push([number, cells]);
    });
    out[sheet.name] = rows;
  }
  return out;
}

const dir = tempDir('desk-reader-vs-exceljs-');

describe('a workbook exceljs wrote (shared strings)', () => {
  const path = join(dir, 'exceljs.xlsx');

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(['身份证号码', '姓名', '出生日期', '人数', '在岗', '备注']);
    sheet.addRow(['320102198001011234', '王秀英', new Date(Date.UTC(1980, 0, 1)), 3, true, ' 前后有空格 ']);
    sheet.addRow(['320102198002021234', '李 & <强>', new Date(Date.UTC(2024, 1, 29)), 2.5, false, '第一行\n第二行']);
    sheet.addRow(['320102198002021235', { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] }, null, { formula: 'D2+D3', result: 5.5 }, { error: '#N/A' }, '"引号" \'单引号\'']);
    sheet.addRow([]);
    sheet.getCell('B7').value = '隔一行';
    sheet.getCell('F7').value = { formula: 'B7&"!"', result: '隔一行!' };
    sheet.getCell('C7').value = new Date(Date.UTC(2026, 10, 23));
    sheet.getCell('C7').numFmt = 'yyyy"年"m"月"d"日"';
    const other = workbook.addWorksheet('家庭');
    other.addRow(['户编号', '地址']);
    other.addRow(['H0001', '幸福路 1 号']);
    await workbook.xlsx.writeFile(path);
  });

  it('every cell is the same, formulas as text', async () => {
    expect(await ours(path, false)).toEqual(await theirs(path, false));
  });

  it('every cell is the same with formulas’ cached values', async () => {
    expect(await ours(path, true)).toEqual(await theirs(path, true));
  });
});

describe('the small demo street as the app exports it (inline strings)', () => {
  const runtime = tempRuntime();
  const path = join(dir, 'demo.xlsx');
  afterAll(() => runtime.dispose());

  beforeAll(async () => {
    loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 11, asOf: '2026-11-20', today: '2026-11-23' });
    await exportWorkbook(runtime.db, runtime.caller(), path, 'demo.xlsx', '2026-11-23', () => undefined);
  });

  it('every cell of every sheet is the same', async () => {
    const read = await ours(path, false);
    expect(Object.values(read).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(1000);
    expect(read).toEqual(await theirs(path, false));
  }, 60_000);
});

describe('Excel’s _xHHHH_ escapes through the app’s own writer', () => {
  it('a text that holds a literal _x0041_ is written escaped and read back as it was', async () => {
    const path = join(dir, 'escaped.xlsx');
    const writer = new XlsxStreamWriter(path, [{ name: '人员', columns: [{ header: '备注', width: 20 }] }]);
    await writer.writeSheet([['编号_x0041_'], ['_x005F_']]);
    await writer.finish();
    expect((await ours(path, false))['人员']).toEqual([
      [1, [undefined, '备注']],
      [2, [undefined, '编号_x0041_']],
      [3, [undefined, '_x005F_']],
    ]);
  });
});
