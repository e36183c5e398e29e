/**
 * A large workbook's worksheets are scanned in a helper thread while the import parses them
 * (xlsx-scanned-apart.ts): the same rows, the same parsed street and the same problems as the read in one thread,
 * the same refusals of a hostile file, and a sheet the reader stops early passed over without losing the next.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipLimitError } from '../../../electron/services/files/zip-limits';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/services/files/zip-limits';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { exportWorkbook } from '../../../electron/services/workbook/export-workbook';
import { readWorkbook } from '../../../electron/services/workbook/read-workbook';
import { openXlsxScannedApart } from '../../../electron/services/workbook/xlsx-scanned-apart';
import { MAX_BATCHES_IN_FLIGHT } from '../../../electron/services/workbook/xlsx-scan-protocol';
import { openXlsx } from '../../../electron/services/workbook/xlsx-stream-reader';
import type { XlsxRow, XlsxWorkbook } from '../../../electron/services/workbook/xlsx-stream-reader';
import { XlsxStreamWriter } from '../../../electron/services/workbook/xlsx-stream-writer';
import { writeXlsxParts } from '../../fixtures/zip-bombs';
import { tempDir, tempRuntime } from '../support/temp-runtime';

const dir = tempDir('desk-scanned-apart-');
const TODAY = '2026-11-23';

/** Every sheet's rows, in `order` (all sheets by default), the batches as they came. */
async function rowsOf(workbook: XlsxWorkbook, order = workbook.sheets.map((_s, i) => i)): Promise<{ batches: number; rows: Record<string, XlsxRow[]> }> {
  const rows: Record<string, XlsxRow[]> = {};
  let batches = 0;
  try {
    workbook.readAhead?.(order);
    for (const index of order) {
      const sheet = workbook.sheets[index];
      if (!sheet) throw new Error(`no sheet ${index}`);
      const out: XlsxRow[] = [];
      for await (const batch of sheet.batches()) {
        batches += 1;
        out.push(...batch);
      }
      rows[sheet.name] = out;
    }
  } finally {
    workbook.close();
  }
  return { batches, rows };
}

/** Three sheets, the middle one long enough for many more batches than may wait between the threads. */
async function writeLong(path: string): Promise<void> {
  const writer = new XlsxStreamWriter(path, [
    { name: '社区', columns: [{ header: '社区代码', width: 10 }, { header: '名称', width: 20 }] },
    { name: '人员', columns: [{ header: '编号', width: 10 }, { header: '姓名', width: 20 }, { header: '备注', width: 30 }] },
    { name: '家庭', columns: [{ header: '户编号', width: 10 }] },
  ]);
  await writer.writeSheet([['C01', '幸福社区'], ['C02', '和平社区']]);
  await writer.writeSheet(Array.from({ length: 30_000 }, (_v, i) => [i + 1, `居民${i + 1}`, i % 7 === 0 ? `备注 & <${i}>` : null]));
  await writer.writeSheet([['H0001'], ['H0002'], ['H0003']]);
  await writer.finish();
}

describe('rows scanned in a helper thread', () => {
  const long = join(dir, 'long.xlsx');
  beforeAll(() => writeLong(long));

  it('are the rows the reader gives in one thread, sheet by sheet, with its progress', async () => {
    const alone = await rowsOf(await openXlsx(long));
    const apart = await openXlsxScannedApart(long);
    const read = await rowsOf(apart);
    expect(read.rows).toEqual(alone.rows);
    expect(read.rows['人员']).toHaveLength(30_001);
    expect(read.batches).toBeGreaterThan(MAX_BATCHES_IN_FLIGHT * 3);
    const { readBytes, totalBytes } = apart.progress();
    expect(totalBytes).toBeGreaterThan(0);
    expect(readBytes).toBeGreaterThan(totalBytes * 0.5);
  });

  it('only the sheets asked for, in the order asked', async () => {
    const alone = await rowsOf(await openXlsx(long));
    const read = await rowsOf(await openXlsxScannedApart(long), [2, 0]);
    expect(read.rows).toEqual({ 家庭: alone.rows['家庭'], 社区: alone.rows['社区'] });
  });

  it('a sheet left after its first batch is passed over, and the next is read whole', async () => {
    const workbook = await openXlsxScannedApart(long);
    try {
      workbook.readAhead([1, 2]);
      const [people, households] = [workbook.sheets[1], workbook.sheets[2]];
      let first: XlsxRow[] = [];
      for await (const batch of people!.batches()) {
        first = batch;
        break;
      }
      expect(first[0]?.cells).toEqual([undefined, '编号', '姓名', '备注']);
      const rows: XlsxRow[] = [];
      for await (const batch of households!.batches()) rows.push(...batch);
      expect(rows.map((r) => r.cells[1])).toEqual(['户编号', 'H0001', 'H0002', 'H0003']);
    } finally {
      workbook.close();
    }
  });

  it('a sheet read out of the order given is refused, not misread', async () => {
    const workbook = await openXlsxScannedApart(long);
    try {
      workbook.readAhead([0, 1]);
      await expect(workbook.sheets[1]!.batches().next()).rejects.toThrow(/readAhead/);
    } finally {
      workbook.close();
    }
  });
});

describe('a hostile or damaged file, scanned in a helper thread', () => {
  it('past a limit: the same ZipLimitError, with the same message, as in one thread', async () => {
    const path = join(dir, 'long-for-limits.xlsx');
    await writeLong(path);
    const limits = { ...DEFAULT_ZIP_LIMITS, maxRows: 1000 };
    const failure = async (workbook: Promise<XlsxWorkbook>) => {
      try {
        await rowsOf(await workbook);
        return null;
      } catch (error) {
        return error;
      }
    };
    const alone = await failure(openXlsx(path, limits));
    const apart = await failure(openXlsxScannedApart(path, limits));
    expect(alone).toBeInstanceOf(ZipLimitError);
    expect(apart).toBeInstanceOf(ZipLimitError);
    expect((apart as Error).message).toBe((alone as Error).message);
  });

  it('not a zip: refused at the open, as in one thread', async () => {
    const path = join(dir, 'not-a-zip.xlsx');
    writeFileSync(path, '这不是工作簿'.repeat(100));
    const alone = await openXlsx(path).catch((error: unknown) => error);
    const apart = await openXlsxScannedApart(path).catch((error: unknown) => error);
    expect(apart).toBeInstanceOf(Error);
    expect((apart as Error).message).toBe((alone as Error).message);
  });

  it('XML broken half-way through a sheet: the rows before it, then the same error', async () => {
    const path = join(dir, 'broken.xlsx');
    const rows = Array.from({ length: 3000 }, (_v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第 ${i + 1} 行</t></is></c></row>`);
    rows.splice(2000, 0, '<row r="x"><c r="A1" t="inlineStr"><is><t>坏</t></is></c><!DOCTYPE x></row>');
    await writeXlsxParts(path, {
      sheet: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    });
    const read = async (workbook: XlsxWorkbook) => {
      let count = 0;
      try {
        workbook.readAhead?.([0]);
        for await (const batch of workbook.sheets[0]!.batches()) count += batch.length;
        return { count, message: null };
      } catch (error) {
        return { count, message: (error as Error).message };
      } finally {
        workbook.close();
      }
    };
    const alone = await read(await openXlsx(path));
    const apart = await read(await openXlsxScannedApart(path));
    expect(alone.message).toMatch(/DOCTYPE/);
    expect(apart).toEqual(alone);
  });
});

describe('the demo street’s workbook read for import, scanned apart or not', () => {
  const runtime = tempRuntime();
  const path = join(dir, 'demo.xlsx');
  afterAll(() => runtime.dispose());
  beforeAll(async () => {
    loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 11, asOf: '2026-11-20', today: TODAY });
    await exportWorkbook(runtime.db, runtime.caller(), path, 'demo.xlsx', TODAY, () => undefined);
  });

  it('gives the same records, row numbers, counts, sheets and columns', async () => {
    const alone = await readWorkbook(path, TODAY);
    const apart = await readWorkbook(path, TODAY, () => undefined, { scanApart: true });
    expect(alone.problems.count).toBe(0);
    expect(Object.values(alone.rowCounts).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(apart).toEqual(alone);
  }, 60_000);

  it('a file with errors gives the same problems, in the same order', async () => {
    // Tomorrow's "today" puts no date in the future; a day in 2020 makes many of them so.
    const alone = await readWorkbook(path, '2020-01-01');
    const apart = await readWorkbook(path, '2020-01-01', () => undefined, { scanApart: true });
    expect(alone.problems.count).toBeGreaterThan(10);
    expect(apart.problems.items).toEqual(alone.problems.items);
    expect(apart.problems.count).toBe(alone.problems.count);
  }, 60_000);
});
