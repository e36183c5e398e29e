import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvOf, SAMPLE_2027_ROWS } from './calendar/sample-files';
import { cli, onlyJson } from './support/cli-capture';
import { tempDir } from './support/temp-runtime';

describe('CLI: calendar import', () => {
  it('imports a 2027 calendar file: exit 0, one JSON document, coverage to 2027', async () => {
    const dir = tempDir('desk-cli-cal-');
    const db = join(dir, 'desk.sqlite');
    const file = join(dir, '2027.csv');
    writeFileSync(file, csvOf(SAMPLE_2027_ROWS));
    const run = await cli('calendar', 'import', file, '--json', '--db', db);
    expect(run.code).toBe(0);
    const doc = onlyJson(run.stdout);
    expect(doc).toMatchObject({ ok: true, fileName: '2027.csv', format: 'csv', years: [2027], holidays: 14, workdays: 3, replaced: 0, coverage: { firstYear: 2004, lastYear: 2027 } });
    expect(Object.keys(doc).sort()).toEqual(['coverage', 'fileName', 'format', 'holidays', 'ok', 'replaced', 'sha256', 'workdays', 'years']);
    expect(onlyJson((await cli('info', '--json', '--db', db)).stdout)).toMatchObject({ counts: { calendar_days: 17, packages: 1 } });

    const human = await cli('calendar', 'import', file, '--db', db);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('已导入“2027.csv”：2027 年，放假 14 天、调休上班 3 天，替换原有 17 条。');
    expect(human.stdout).toContain('日历覆盖 2004–2027 年。');
  });

  it('a bad file exits 1 with every problem located, nothing written', async () => {
    const dir = tempDir('desk-cli-cal-');
    const db = join(dir, 'desk.sqlite');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csvOf(SAMPLE_2027_ROWS.map((r, i): [string, string, string] => (i === 0 ? ['2027/1/1', '放假', '元旦'] : r))));
    const run = await cli('calendar', 'import', file, '--json', '--db', db);
    expect(run.code).toBe(1);
    const doc = onlyJson(run.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems).toContainEqual({ line: 2, field: '日期', message: expect.stringContaining('第 2 行“日期”：“2027/1/1”不是 YYYY-MM-DD 格式') });
    expect(onlyJson((await cli('info', '--json', '--db', db)).stdout)).toMatchObject({ counts: { calendar_days: 0, packages: 0 } });

    const missing = await cli('calendar', 'import', join(dir, 'none.csv'), '--json', '--db', db);
    expect(missing.code).toBe(1);
    expect(onlyJson(missing.stdout)).toMatchObject({ ok: false, problems: [{ line: null, message: expect.stringContaining('找不到文件') }] });
  });

  it('usage errors exit 2', async () => {
    expect((await cli('calendar', '--json')).code).toBe(2);
    expect((await cli('calendar', 'export', 'x.csv')).code).toBe(2);
    expect((await cli('calendar', 'import')).code).toBe(2);
  });
});
