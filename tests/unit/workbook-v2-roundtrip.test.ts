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
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { tempDir, tempRuntime } from './support/temp-runtime';

const AS_OF = '2026-11-20';
const TODAY = '2026-11-23';
const noop = () => undefined;

/** Every table a clerk's entries are kept in (the workbook's promise), and what it leaves to backups and packages. */
const CLERK_TABLES = [
  'street',
  'communities',
  'employers',
  'vacancies',
  'households',
  'household_flags',
  'persons',
  'household_memberships',
  'employment_wishes',
  'employment_spells',
  'unemployment_registrations',
  'service_records',
  'difficulty_recognitions',
  'assistance_agreements',
  'assistance_measures',
  'complaints',
];
const NOT_IN_WORKBOOK = ['assessments', 'manual_verdicts', 'standards', 'calendar_days', 'settings', 'users', 'audit_events', 'packages', 'family_episodes'];

/** A referenced row by what it is, not by its id (the ids of two databases differ). */
const REFERENCES: Record<string, string> = {
  person_id: "(SELECT id_number FROM persons WHERE id = t.person_id)",
  household_id: "(SELECT number FROM households WHERE id = t.household_id)",
  community_id: "(SELECT code FROM communities WHERE id = t.community_id)",
  paired_community_id: "(SELECT code FROM communities WHERE id = t.paired_community_id)",
  employer_id: "(SELECT name FROM employers WHERE id = t.employer_id)",
  vacancy_id: "(SELECT e.name || '|' || v.title || '|' || v.opened_on FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = t.vacancy_id)",
  recognition_id: "(SELECT p.id_number || '|' || r.applied_on FROM difficulty_recognitions r JOIN persons p ON p.id = r.person_id WHERE r.id = t.recognition_id)",
  agreement_id: "(SELECT p.id_number || '|' || a.signed_on FROM assistance_agreements a JOIN persons p ON p.id = a.person_id WHERE a.id = t.agreement_id)",
  service_record_id:
    "(SELECT p.id_number || '|' || s.date || '|' || s.kind || '|' || IFNULL(s.content, '') FROM service_records s JOIN persons p ON p.id = s.person_id WHERE s.id = t.service_record_id)",
};
const SKIPPED = new Set(['id', 'created_at', 'updated_at', 'version']);

/** Every row of the table, field by field, references by what they name, in a stable order. */
function rowsOf(runtime: DeskRuntime, table: string): string[] {
  const columns = (runtime.db.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !SKIPPED.has(c));
  const select = columns.map((c) => `${REFERENCES[c] ?? `t."${c}"`} AS "${c}"`).join(', ');
  return (runtime.db.sqlite.prepare(`SELECT ${select} FROM "${table}" t`).all() as object[]).map((r) => JSON.stringify(r)).sort();
}

function count(runtime: DeskRuntime, table: string): number {
  return Number(runtime.db.sqlite.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get());
}

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
