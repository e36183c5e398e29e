import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_A, validSheets, writeTestWorkbook } from '../fixtures/workbook-builder';
import { cli, onlyJson } from './support/cli-capture';
import { tempDir } from './support/temp-runtime';

describe('CLI: standard workbook and demo', () => {
  it('import-workbook --dry-run --json prints counts and writes nothing; without --dry-run it imports', async () => {
    const dir = tempDir('desk-cli-wb-');
    const db = join(dir, 'desk.sqlite');
    const file = join(dir, 'data.xlsx');
    await writeTestWorkbook(file, validSheets());

    const dry = await cli('import-workbook', file, '--dry-run', '--json', '--db', db);
    expect(dry.code).toBe(0);
    const doc = onlyJson(dry.stdout);
    expect(Object.keys(doc).sort()).toEqual(['counts', 'errors', 'ok']);
    expect(doc).toMatchObject({ ok: true, errors: [], counts: { 人员: { new: 3, changed: 0, unchanged: 0 } } });
    expect(onlyJson((await cli('info', '--json', '--db', db)).stdout)).toMatchObject({ counts: { persons: 0 } });

    const real = await cli('import-workbook', file, '--json', '--db', db);
    expect(real.code).toBe(0);
    expect(onlyJson((await cli('info', '--json', '--db', db)).stdout)).toMatchObject({ counts: { persons: 3, communities: 2 } });

    const again = onlyJson((await cli('import-workbook', file, '--dry-run', '--json', '--db', db)).stdout);
    expect(again).toMatchObject({ counts: { 人员: { new: 0, changed: 0, unchanged: 3 } } });
  });

  it('a rejected import exits 1 with the located errors', async () => {
    const dir = tempDir('desk-cli-wb-');
    const db = join(dir, 'desk.sqlite');
    const file = join(dir, 'bad.xlsx');
    const sheets = validSheets();
    (sheets['人员'] as unknown[][])[1] = [PERSON_A, '张伟', '女', 'H0001', '户主', '完全', '有', null, '否'];
    await writeTestWorkbook(file, sheets);
    const run = await cli('import-workbook', file, '--json', '--db', db);
    expect(run.code).toBe(1);
    const doc = onlyJson(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.errors).toContainEqual({ sheet: '人员', row: 2, column: '性别', value: '女', message: expect.stringContaining('与身份证号码不符') });
    expect(onlyJson((await cli('info', '--json', '--db', db)).stdout)).toMatchObject({ counts: { persons: 0 } });
  });

  it('a file that is not a workbook exits 1 with the same JSON shape', async () => {
    const dir = tempDir('desk-cli-wb-');
    const run = await cli('import-workbook', join(dir, 'missing.xlsx'), '--json', '--db', join(dir, 'desk.sqlite'));
    expect(run.code).toBe(1);
    expect(onlyJson(run.stdout)).toMatchObject({ ok: false, counts: {}, errors: [{ sheet: '', row: null, column: null, message: expect.stringContaining('找不到文件') }] });
  });

  it('import-workbook without a file is a usage error', async () => {
    expect((await cli('import-workbook', '--json')).code).toBe(2);
  });

  it('demo loads the small street once; demo-workbook writes it as a workbook that imports cleanly', async () => {
    const dir = tempDir('desk-cli-demo-');
    const db = join(dir, 'desk.sqlite');
    const loaded = await cli('demo', '--size', 'small', '--seed', '3', '--as-of', '2026-11-20', '--json', '--db', db);
    expect(loaded.code).toBe(0);
    const doc = onlyJson(loaded.stdout);
    expect(doc).toMatchObject({ ok: true, size: 'small', seed: 3, asOf: '2026-11-20' });
    expect((doc.counts as Record<string, number>)['人员']).toBeGreaterThan(300);
    expect((await cli('demo', '--size', 'small', '--db', db)).code).toBe(1);

    const file = join(dir, 'demo.xlsx');
    expect((await cli('demo-workbook', '--size', 'small', '--seed', '3', '--as-of', '2026-11-20', file, '--json')).code).toBe(0);
    const same = onlyJson((await cli('import-workbook', file, '--dry-run', '--json', '--db', db)).stdout);
    expect(same.ok).toBe(true);
    for (const counts of Object.values(same.counts as Record<string, { new: number; changed: number }>)) expect(counts).toMatchObject({ new: 0, changed: 0 });
  });

  it('demo refuses a bad size or seed', async () => {
    expect((await cli('demo', '--size', 'huge')).code).toBe(2);
    expect((await cli('demo', '--size', 'small', '--seed', '-1')).code).toBe(2);
  });
});
