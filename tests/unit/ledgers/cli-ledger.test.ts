import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_KINDS } from '../../../shared/domain/ledgers/kinds';
import { cli, onlyJson } from '../support/cli-capture';
import { tempDir } from '../support/temp-runtime';

const dir = tempDir('desk-cli-ledger-');
const db = join(dir, 'demo.sqlite');
const TODAY = ['--today', '2026-11-20'];

beforeAll(async () => {
  const loaded = await cli('demo', '--size', 'small', '--db', db, ...TODAY);
  expect(loaded.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ledger --json', () => {
  it.each(LEDGER_KINDS)('%s: exactly { kind, title, asOf, columns, rows, total }, full 身份证号码', async (kind) => {
    const run = await cli('ledger', '--kind', kind, '--as-of', '2026-11-20', '--json', '--db', db, ...TODAY);
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout) as { kind: string; asOf: string; columns: { key: string; label: string }[]; rows: Record<string, unknown>[]; total: number };
    expect(Object.keys(doc)).toEqual(['kind', 'title', 'asOf', 'columns', 'rows', 'total']);
    expect(doc.kind).toBe(kind);
    expect(doc.asOf).toBe('2026-11-20');
    expect(doc.rows).toHaveLength(doc.total);
    for (const column of doc.columns) expect(Object.keys(column)).toEqual(['key', 'label']);
    for (const row of doc.rows) {
      expect(Object.keys(row)).toEqual(doc.columns.map((c) => c.key));
      for (const c of doc.columns) if (/IdNumber$|^idNumber$/.test(c.key) && row[c.key] !== null) expect(String(row[c.key])).toMatch(/^\d{17}[\dX]$/);
    }
  });

  it('one community by its code; the numbers add up to the street', async () => {
    const street = onlyJson((await cli('ledger', '--kind', 'labour-resources', '--as-of', '2026-11-20', '--json', '--db', db, ...TODAY)).stdout) as { rows: { community: string }[]; total: number };
    const codes = execFileSync('sqlite3', [db, 'SELECT code, name FROM communities ORDER BY code'], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split('|'));
    let sum = 0;
    for (const [code, name] of codes) {
      const one = onlyJson((await cli('ledger', '--kind', 'labour-resources', '--as-of', '2026-11-20', '--community', code ?? '', '--json', '--db', db, ...TODAY)).stdout) as { rows: { community: string }[]; total: number };
      expect(one.rows.every((r) => r.community === name)).toBe(true);
      sum += one.total;
    }
    expect(sum).toBe(street.total);
  });

  it('an unknown kind or a community not in the street: a Chinese error, exit non-zero', async () => {
    const kind = await cli('ledger', '--kind', 'everyone', '--as-of', '2026-11-20', '--json', '--db', db, ...TODAY);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('没有名为“everyone”的台账');
    const community = await cli('ledger', '--kind', 'unemployed', '--as-of', '2026-11-20', '--community', '321102001999', '--json', '--db', db, ...TODAY);
    expect(community.code).toBe(1);
    expect(onlyJson(community.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(community.stderr).toContain('不在本街道');
  });

  it('without --json: masked numbers', async () => {
    const run = await cli('ledger', '--kind', 'unemployed', '--as-of', '2026-11-20', '--db', db, ...TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\b\d{17}[\dX]\b/);
    expect(run.stdout).toMatch(/\d{6}\*{8}[\dX\d]{4}/);
  });
});

describe('export-ledger', () => {
  it('xlsx: the ledger laid out for print, IDs masked text', async () => {
    const out = join(dir, 'unemployed.xlsx');
    const run = await cli('export-ledger', '--kind', 'unemployed', '--as-of', '2026-11-20', '--format', 'xlsx', out, '--json', '--db', db, ...TODAY);
    expect(run.code).toBe(0);
    expect(onlyJson(run.stdout)).toMatchObject({ ok: true, format: 'xlsx', kind: 'unemployed' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('下岗失业人员台账');
  });

  it('pdf: the same print document, rendered by the system Chromium', async () => {
    const out = join(dir, 'training.pdf');
    const run = await cli('export-ledger', '--kind', 'training', '--as-of', '2026-11-20', '--format', 'pdf', out, '--db', db, ...TODAY);
    expect(run.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('就业再就业培训台账');
    expect(text).toContain('统计期间：2026年1月1日至2026年11月20日');
  });

  it('usage errors: no format, no file', async () => {
    expect((await cli('export-ledger', '--kind', 'training', '--as-of', '2026-11-20', join(dir, 'x.bin'), '--db', db)).code).toBe(2);
    expect((await cli('export-ledger', '--kind', 'training', '--as-of', '2026-11-20', '--format', 'pdf', '--db', db)).code).toBe(2);
  });
});
