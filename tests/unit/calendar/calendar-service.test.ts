/** The calendar API: the month grid, editing a day, importing a calendar file, the n-th working day after D. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarImportResult, CalendarMonth, CalendarMonthDay, WorkingDayAfter } from '../../../shared/contract/calendar';
import { dispatch } from '../../../electron/services/dispatch';
import { dbFingerprint } from '../support/db-fingerprint';
import { rowCount, tempDir, tempRuntime } from '../support/temp-runtime';
import { csvOf, jsonOf, SAMPLE_2027_ROWS } from './sample-files';

let runtime: ReturnType<typeof tempRuntime>;
let files: string;
beforeEach(() => {
  runtime = tempRuntime();
  files = tempDir('desk-calendar-files-');
});
afterEach(() => runtime.dispose());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function refusedWith(method: string, input: unknown, code: string): Promise<{ message: string; fields: Record<string, string> }> {
  const result = await runtime.call(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  expect(result.error.code).toBe(code);
  const fields = Object.fromEntries((result.error.details?.fields ?? []).map((f) => [f.path, f.message]));
  return { message: result.error.message, fields };
}

const month = (year: number, m: number) => ok<CalendarMonth>('calendar.month', { year, month: m });
const dayOf = (view: CalendarMonth, date: string) => view.days.find((d) => d.date === date);

/** Registers `text` as an uploaded file and imports it. */
function importText(name: string, text: string | Buffer): Promise<CalendarImportResult> {
  const path = join(files, name);
  writeFileSync(path, text);
  return ok<CalendarImportResult>('calendar.import', { file: runtime.files.register({ path, name, direction: 'input' }) });
}

describe('calendar.month', () => {
  it('February 2026: the 调休 Saturday 2-14 is a make-up workday, 春节 are holidays, plain weekends are weekends', async () => {
    const view = await month(2026, 2);
    expect(view.days).toHaveLength(28);
    expect(view.coverage).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(view.warning).toBeNull();
    expect(dayOf(view, '2026-02-14')).toEqual({ date: '2026-02-14', weekday: 6, kind: 'makeup_workday', name: '春节调休上班', source: 'builtin', working: true });
    expect(dayOf(view, '2026-02-17')).toMatchObject({ weekday: 2, kind: 'holiday', name: '春节', working: false });
    expect(dayOf(view, '2026-02-07')).toMatchObject({ weekday: 6, kind: 'weekend', name: null, working: false });
    expect(dayOf(view, '2026-02-01')).toMatchObject({ weekday: 7, kind: 'weekend' });
    expect(dayOf(view, '2026-02-02')).toMatchObject({ weekday: 1, kind: 'workday', name: null, source: 'builtin', working: true });
  });

  it('a month beyond the covered years is shown by the plain week, with a warning', async () => {
    const view = await month(2027, 2);
    expect(view.warning).toContain('2027 年的节假日安排尚未导入');
    expect(dayOf(view, '2027-02-08')).toMatchObject({ kind: 'workday', name: null });
  });

  it('refuses month 13 on the field', async () => {
    const refused = await refusedWith('calendar.month', { year: 2026, month: 13 }, 'INVALID_INPUT');
    expect(refused.fields.month).toContain('1–12');
  });
});

describe('calendar.workingDayAfter', () => {
  it('counts across 春节 2026 and its 调休 Saturday, registration day = day 0', async () => {
    // Thu 2-12 → Fri 2-13, Sat 2-14 (调休上班), then 2-15…2-23 off → Tue 2-24.
    expect(await ok<WorkingDayAfter>('calendar.workingDayAfter', { date: '2026-02-12', n: 3 })).toEqual({ date: '2026-02-24', certain: true, warning: null });
  });

  it('a date beyond the calendar warns instead of guessing silently', async () => {
    const answer = await ok<WorkingDayAfter>('calendar.workingDayAfter', { date: '2026-12-30', n: 3 });
    // Thu 12-31, then by the plain week: Fri 2027-01-01, Mon 01-04.
    expect(answer).toMatchObject({ date: '2027-01-04', certain: false });
    expect(answer.warning).toContain('2027 年的节假日安排尚未导入');
  });
});

describe('calendar.setDay', () => {
  it('marks a weekday as a holiday, then back to the weekly rule (audited)', async () => {
    const holiday = await ok<CalendarMonthDay>('calendar.setDay', { date: '2026-03-04', kind: 'holiday', name: '防汛停工' });
    expect(holiday).toMatchObject({ kind: 'holiday', name: '防汛停工', source: 'manual', working: false });
    expect(dayOf(await month(2026, 3), '2026-03-04')).toEqual(holiday);
    expect(await ok<WorkingDayAfter>('calendar.workingDayAfter', { date: '2026-03-03', n: 1 })).toMatchObject({ date: '2026-03-05' });

    const back = await ok<CalendarMonthDay>('calendar.setDay', { date: '2026-03-04', kind: 'default' });
    expect(back).toMatchObject({ kind: 'workday', name: null, source: 'builtin', working: true });
    expect(rowCount(runtime, 'calendar_days')).toBe(0);
    const audits = runtime.db.sqlite.prepare("SELECT entity_key AS key, before, after FROM audit_events WHERE entity = 'calendar_day' ORDER BY id").all() as { key: string; before: string; after: string }[];
    expect(audits.map((a) => a.key)).toEqual(['2026-03-04', '2026-03-04']);
    expect(JSON.parse(audits[0]?.after ?? '{}')).toMatchObject({ kind: 'holiday', name: '防汛停工' });
  });

  it('cancels a built-in holiday and adds a 调休 Saturday', async () => {
    expect(await ok<CalendarMonthDay>('calendar.setDay', { date: '2026-02-16', kind: 'default' })).toMatchObject({ kind: 'workday', source: 'manual', working: true });
    expect(await ok<CalendarMonthDay>('calendar.setDay', { date: '2026-03-07', kind: 'workday', name: null })).toMatchObject({ kind: 'makeup_workday', name: '调休上班', working: true });
    const view = await month(2026, 2);
    expect(dayOf(view, '2026-02-16')).toMatchObject({ kind: 'workday', name: null, source: 'manual' });
    expect(dayOf(view, '2026-02-17')).toMatchObject({ kind: 'holiday', source: 'builtin' });
  });

  it('refuses, naming the field, and writes nothing', async () => {
    const before = dbFingerprint(runtime);
    expect((await refusedWith('calendar.setDay', { date: '2026-03-04', kind: 'workday' }, 'INVALID_INPUT')).fields.kind).toContain('星期三，本来就上班');
    expect((await refusedWith('calendar.setDay', { date: '2026-03-04', kind: 'holiday', name: ' ' }, 'INVALID_INPUT')).fields.name).toContain('请填写');
    expect((await refusedWith('calendar.setDay', { date: '2027-05-03', kind: 'holiday', name: '劳动节' }, 'INVALID_INPUT')).fields.date).toContain('2027 年的节假日安排尚未导入');
    expect((await refusedWith('calendar.setDay', { date: '2026-02-30', kind: 'default' }, 'INVALID_INPUT')).fields.date).toContain('日期');
    expect((await refusedWith('calendar.setDay', { date: '2026-03-04', kind: 'off' }, 'INVALID_INPUT')).fields.kind).toContain('按周规则');
    const clerk = { username: 'clerk', displayName: '办事员', role: 'street_clerk' as const, communityId: null };
    const forbidden = await dispatch(runtime.handlers, 'calendar.setDay', { date: '2026-03-04', kind: 'holiday', name: '防汛' }, clerk);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dbFingerprint(runtime)).toBe(before);
  });
});

describe('calendar.import', () => {
  it('a 2027 CSV extends the coverage to 2027, logged with its hash and audited', async () => {
    const result = await importText('2027年节假日.csv', csvOf(SAMPLE_2027_ROWS));
    expect(result).toMatchObject({ ok: true, fileName: '2027年节假日.csv', format: 'csv', years: [2027], holidays: 14, workdays: 3, replaced: 0, coverage: { firstYear: 2004, lastYear: 2027 } });
    const sha256 = result.ok ? result.sha256 : '';
    expect(sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(runtime.db.sqlite.prepare("SELECT kind, file_name AS fileName, sha256 FROM packages WHERE kind = 'calendar'").all()).toEqual([{ kind: 'calendar', fileName: '2027年节假日.csv', sha256 }]);
    expect(rowCount(runtime, 'calendar_days')).toBe(SAMPLE_2027_ROWS.length);
    expect(runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'calendar' AND action = 'import'").pluck().get()).toBe(1);

    const view = await month(2027, 2);
    expect(view.warning).toBeNull();
    expect(view.coverage.lastYear).toBe(2027);
    expect(dayOf(view, '2027-02-20')).toMatchObject({ kind: 'makeup_workday', name: '春节调休上班', source: 'import' });
    expect(dayOf(view, '2027-02-08')).toMatchObject({ kind: 'holiday', name: '春节', source: 'import' });
    expect(await ok<WorkingDayAfter>('calendar.workingDayAfter', { date: '2027-02-04', n: 3 })).toEqual({ date: '2027-02-17', certain: true, warning: null });

    // Now 2027 can be edited day by day; importing the file again replaces the year, the edit included.
    await ok('calendar.setDay', { date: '2027-03-03', kind: 'holiday', name: '防汛停工' });
    const again = await importText('2027年节假日.csv', csvOf(SAMPLE_2027_ROWS));
    expect(again).toMatchObject({ ok: true, replaced: SAMPLE_2027_ROWS.length + 1 });
    expect(dayOf(await month(2027, 3), '2027-03-03')).toMatchObject({ kind: 'workday' });
  });

  it('a bad file is refused with line and field, and nothing is written', async () => {
    const before = dbFingerprint(runtime);
    const rows = SAMPLE_2027_ROWS.map((r, i): [string, string, string] => (i === 3 ? ['2027-02-31', '放假', '春节'] : i === 8 ? ['2027-03-03', '上班', '春节调休上班'] : r));
    const result = await importText('坏文件.csv', csvOf(rows));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [5, '日期'],
      [10, '类型'],
    ]);
    expect(result.problems[0]?.message).toContain('第 5 行“日期”');
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it.each([
    ['GBK bytes', Buffer.from([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xc0, 0xe0, 0xd0, 0xcd, 0x0a]), 'UTF-8'],
    ['an empty file', '', '文件是空的'],
    ['a year that skips 2027', csvOf([['2028-01-01', '放假', '元旦'], ['2028-10-01', '放假', '国庆节']]), '2027 年的节假日安排尚未导入'],
    ['a year before 2004', jsonOf([['2003-01-01', '放假', '元旦'], ['2003-10-01', '放假', '国庆节']], '"year": 2003,'), '2004 年起'],
  ])('%s is refused as a whole, nothing written', async (_what, text, fragment) => {
    const before = dbFingerprint(runtime);
    const result = await importText('日历.csv', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain(fragment);
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('a JSON file for a built-in year replaces that whole year, leaving the next year’s 元旦 alone', async () => {
    const days = [
      ['2025-01-01', '放假', '元旦'],
      ['2025-10-01', '放假', '国庆节'],
    ];
    const result = await importText('2025.json', jsonOf(days, '"year": 2025,'));
    expect(result).toMatchObject({ ok: true, format: 'json', years: [2025], coverage: { lastYear: 2026 } });
    expect(dayOf(await month(2025, 1), '2025-01-28')).toMatchObject({ kind: 'workday', source: 'import' }); // 春节 2025 no longer in force
    expect(dayOf(await month(2025, 10), '2025-10-02')).toMatchObject({ kind: 'workday' });
    expect(dayOf(await month(2026, 1), '2026-01-04')).toMatchObject({ kind: 'makeup_workday', source: 'builtin' });
  });

  it('only an admin may import', async () => {
    const clerk = { username: 'clerk', displayName: '办事员', role: 'inspector' as const, communityId: null };
    const path = join(files, 'x.csv');
    writeFileSync(path, csvOf(SAMPLE_2027_ROWS));
    const ref = runtime.files.register({ path, name: 'x.csv', direction: 'input' });
    expect(await dispatch(runtime.handlers, 'calendar.import', { file: ref }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
