import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/domain/workbook/cell-values';
import type { StreetData } from '../../shared/domain/workbook/records';
import { loadDemoStreet } from '../../electron/services/demo/demo-service';
import { generateDemoStreet } from '../../electron/services/demo/generate-demo';
import { exportWorkbook } from '../../electron/services/workbook/export-workbook';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import { sourceFromStreetData, writeWorkbook } from '../../electron/services/workbook/write-workbook';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';
import { openZip } from '../../electron/services/workbook/zip-entries';
import { onePersonStreet } from '../fixtures/one-person-street';
import { tempDir, tempRuntime } from './support/temp-runtime';

const AS_OF = '2026-11-20';
/** Version 2's sheets, then the notes. */
const ALL_SHEETS = [
  '街道', '社区', '用工单位', '岗位', '家庭', '家庭状况变更', '人员', '移户记录', '就业愿望', '就业记录', '失业登记',
  '服务记录', '家庭服务记录', '困难认定', '援助协议', '援助措施', '投诉', '填表说明',
];
const TODAY = '2026-11-23';
const noop = () => undefined;

/** Every cell of every sheet, dates as ISO text, for exact comparison. */
async function cellsOf(path: string): Promise<Record<string, (CellValue | undefined)[][]>> {
  const workbook = await openXlsx(path);
  const out: Record<string, (CellValue | undefined)[][]> = {};
  try {
    for (const sheet of workbook.sheets) {
      const rows: (CellValue | undefined)[][] = [];
      for await (const row of sheet.rows()) rows.push(Array.from(row.cells, (c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
      out[sheet.name] = rows;
    }
  } finally {
    workbook.close();
  }
  return out;
}

describe('export → import into an empty database → export gives the same workbook', () => {
  const dir = tempDir('desk-rt-');
  const a = tempRuntime();
  const b = tempRuntime();
  const generated = join(dir, 'generated.xlsx');
  const first = join(dir, 'first.xlsx');
  const second = join(dir, 'second.xlsx');

  beforeAll(async () => {
    loadDemoStreet(a.db, a.caller(), { size: 'small', seed: 7, asOf: AS_OF, today: TODAY });
    // A name that looks like a formula must travel as text.
    a.db.sqlite.prepare('UPDATE persons SET name = ? WHERE id = 1').run('=HYPERLINK("http://x","点我")');
    await exportWorkbook(a.db, a.caller(), first, 'first.xlsx', TODAY, noop);
    const prepared = await prepareImport(b.db, first, 'first.xlsx', TODAY, noop);
    expect(prepared.preview.errors).toEqual([]);
    expect(Object.values(prepared.preview.counts).every((c) => c.changed === 0 && c.unchanged === 0)).toBe(true);
    commitImport(b.db, b.caller(), prepared);
    await exportWorkbook(b.db, b.caller(), second, 'second.xlsx', TODAY, noop);
  });
  afterAll(() => {
    a.dispose();
    b.dispose();
  });

  it('has the same sheets, rows and values', async () => {
    const one = await cellsOf(first);
    const two = await cellsOf(second);
    expect(Object.keys(one)).toEqual(ALL_SHEETS);
    expect(two).toEqual(one);
    expect((one['人员'] ?? []).length).toBeGreaterThan(300);
  });

  it('re-importing the export changes nothing', async () => {
    const prepared = await prepareImport(b.db, second, 'second.xlsx', TODAY, noop);
    expect(Object.values(prepared.preview.counts).every((c) => c.new === 0 && c.changed === 0)).toBe(true);
  });

  it('equals the demo written straight to a workbook (rows in key order)', async () => {
    const data: StreetData = generateDemoStreet({ size: 'small', seed: 7, asOf: AS_OF });
    const person = data.persons.find((p) => p.idNumber === (a.db.sqlite.prepare('SELECT id_number FROM persons WHERE id = 1').pluck().get() as string));
    if (person) person.name = '=HYPERLINK("http://x","点我")';
    await writeWorkbook(generated, sourceFromStreetData(data));
    expect(await cellsOf(generated)).toEqual(await cellsOf(first));
  });

  it('opens in another reader (exceljs) with the same sheets, real dates and a frozen bold header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(ALL_SHEETS);
    const spells = workbook.getWorksheet('就业记录');
    expect(spells?.getRow(1).getCell(1).value).toBe('身份证号码');
    expect(spells?.getRow(1).getCell(1).font?.bold).toBe(true);
    const start = spells?.getRow(2).getCell(2);
    expect(start?.value).toBeInstanceOf(Date);
    expect(start?.numFmt).toBe('yyyy-mm-dd');
    expect(spells?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const people = workbook.getWorksheet('人员');
    expect(people?.getRow(2).getCell(1).value).toMatch(/^\d{17}[\dX]$/);
  });

  it('writes formula-looking text as text, never as a formula, with Excel’s quote prefix', async () => {
    const zip = await openZip(first);
    try {
      const styles: string[] = [];
      for (const name of zip.entries.keys()) {
        if (!name.startsWith('xl/worksheets/')) continue;
        const xml = (await zip.text(name)) ?? '';
        expect(xml).not.toMatch(/<f>|<f /);
        for (const m of xml.matchAll(/<c r="[A-Z]+\d+" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK/g)) styles.push(m[1] ?? '');
      }
      expect(styles).toHaveLength(1);
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec((await zip.text('xl/styles.xml')) ?? '')?.[1]?.match(/<xf\b[^>]*>/g) ?? [];
      expect(xfs[Number(styles[0])]).toContain('quotePrefix="1"');
    } finally {
      zip.close();
    }
    const cells = await cellsOf(first);
    expect(JSON.stringify(cells['人员'])).toContain('=HYPERLINK(\\"http://x\\",\\"点我\\")');
  });
});

describe('a 200,000-row workbook', () => {
  it('is read as a stream and validated in full', async () => {
    const dir = tempDir('desk-big-');
    const path = join(dir, 'big.xlsx');
    const data = onePersonStreet(200_000);
    await writeWorkbook(path, sourceFromStreetData(data));
    const runtime = tempRuntime();
    try {
      const heapBefore = process.memoryUsage().heapUsed;
      let progressCalls = 0;
      const prepared = await prepareImport(runtime.db, path, 'big.xlsx', TODAY, () => (progressCalls += 1));
      expect(prepared.preview.errors).toEqual([]);
      expect(prepared.preview.counts['服务记录']).toEqual({ new: 200_000, changed: 0, unchanged: 0 });
      expect(progressCalls).toBeGreaterThan(10);
      // Bounded: the parsed records, not the file's XML, are what is held.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
    } finally {
      runtime.dispose();
    }
  }, 180_000);
});
