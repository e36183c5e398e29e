/**
 * Version 2's promise on the small demo street: export → import into an empty database → export gives the same
 * file (cell by cell, sheet by sheet), and the second database holds the same records as the first — the same
 * number of rows in every table of clerk data, and every row field by field (row ids, timestamps and versions
 * aside; references compared by what they name, not by id).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/domain/workbook/cell-values';
import { SHEET_NAMES } from '../../shared/domain/workbook/sheets';
import { loadDemoStreet } from '../../electron/services/demo/demo-service';
import { exportWorkbook } from '../../electron/services/workbook/export-workbook';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';
import { CLERK_TABLES, countOf as count, NOT_IN_WORKBOOK, rowsOf } from './support/clerk-tables';
import { tempDir, tempRuntime } from './support/temp-runtime';

const AS_OF = '2026-11-20';
const TODAY = '2026-11-23';
const noop = () => undefined;

/** Every cell of every sheet, dates as ISO text. */
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

describe('workbook version 2 on the small demo: export → import into an empty database → export', () => {
  const dir = tempDir('desk-rt2-');
  const a = tempRuntime();
  const b = tempRuntime();
  const first = join(dir, 'first.xlsx');
  const second = join(dir, 'second.xlsx');
  let firstCounts: Record<string, number> = {};

  beforeAll(async () => {
    loadDemoStreet(a.db, a.caller(), { size: 'small', seed: 11, asOf: AS_OF, today: TODAY });
    firstCounts = (await exportWorkbook(a.db, a.caller(), first, 'first.xlsx', TODAY, noop)).counts;
    const prepared = await prepareImport(b.db, first, 'first.xlsx', TODAY, noop);
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.warnings).toEqual([]);
    commitImport(b.db, b.caller(), prepared);
    await exportWorkbook(b.db, b.caller(), second, 'second.xlsx', TODAY, noop);
  }, 120_000);
  afterAll(() => {
    a.dispose();
    b.dispose();
  });

  it('the demo fills every sheet', () => {
    for (const name of SHEET_NAMES) expect(firstCounts[name], name).toBeGreaterThan(0);
  });

  it('gives the same file, cell by cell, sheet by sheet', async () => {
    const one = await cellsOf(first);
    const two = await cellsOf(second);
    expect(Object.keys(two)).toEqual(Object.keys(one));
    for (const name of Object.keys(one)) expect(two[name], name).toEqual(one[name]);
  });

  it('holds the same number of rows in every table of clerk data', () => {
    for (const table of CLERK_TABLES) expect(count(b, table), table).toBe(count(a, table));
    expect(count(a, 'difficulty_recognitions')).toBeGreaterThan(0);
    expect(count(a, 'service_records')).toBeGreaterThan(500);
  });

  it('holds the same records, field by field', () => {
    for (const table of CLERK_TABLES) expect(rowsOf(b, table), table).toEqual(rowsOf(a, table));
  });

  it('derives the same state from them (dates, family episodes)', () => {
    expect(rowsOf(b, 'family_episodes')).toEqual(rowsOf(a, 'family_episodes'));
  });

  it('leaves out only what belongs to backups and packages', () => {
    const tables = a.db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").pluck().all() as string[];
    expect(tables.filter((t) => !CLERK_TABLES.includes(t) && !NOT_IN_WORKBOOK.includes(t))).toEqual([]);
  });

  it('re-importing the second export changes nothing', async () => {
    const prepared = await prepareImport(b.db, second, 'second.xlsx', TODAY, noop);
    expect(prepared.preview.errors).toEqual([]);
    for (const [sheet, c] of Object.entries(prepared.preview.counts)) expect(c, sheet).toMatchObject({ new: 0, changed: 0 });
  });
});
