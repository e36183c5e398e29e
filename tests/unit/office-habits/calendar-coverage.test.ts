/** Calendar coverage (issue #14 item 12): which years' holidays 待办 and 考核 need on a date, and the API behind the banner. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarCoverageCheck } from '../../../shared/contract/calendar';
import { coverageMessage, missingCalendarYears, yearsNeededOn } from '../../../shared/domain/calendar/coverage-rule';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { rmSync } from 'node:fs';
import { tempDir } from '../support/temp-runtime';
import { csvOf, SAMPLE_2027_ROWS } from '../calendar/sample-files';

const covered = { firstYear: 2004, lastYear: 2026 };

describe('the coverage rule', () => {
  it.each([
    ['30 November needs its own year only', '2026-11-30', [2026]],
    ['1 December needs the next year too', '2026-12-01', [2026, 2027]],
    ['31 December', '2026-12-31', [2026, 2027]],
    ['1 January', '2027-01-01', [2027]],
  ])('%s', (_label, date, years) => {
    expect(yearsNeededOn(date)).toEqual(years);
  });

  it('today 30 November 2026: nothing missing; from 1 December: 2027 is missing', () => {
    expect(missingCalendarYears({ ...covered, asOf: '2026-11-30', today: '2026-11-30' })).toEqual([]);
    expect(missingCalendarYears({ ...covered, asOf: '2026-12-01', today: '2026-12-01' })).toEqual([2027]);
    // A past date chosen in December: today decides (the office works today), the date its own.
    expect(missingCalendarYears({ ...covered, asOf: '2026-06-30', today: '2026-12-01' })).toEqual([2027]);
    expect(missingCalendarYears({ ...covered, asOf: '2026-11-30', today: '2026-11-20' })).toEqual([]);
  });

  it('a chosen date beyond the covered years: every year up to it', () => {
    expect(missingCalendarYears({ ...covered, asOf: '2027-01-05', today: '2026-11-20' })).toEqual([2027]);
    expect(missingCalendarYears({ ...covered, asOf: '2028-03-01', today: '2026-11-20' })).toEqual([2027, 2028]);
    expect(missingCalendarYears({ ...covered, asOf: '2028-12-01', today: '2026-11-20' })).toEqual([2027, 2028, 2029]);
    expect(missingCalendarYears({ firstYear: 2004, lastYear: 2027, asOf: '2027-06-01', today: '2027-06-01' })).toEqual([]);
    expect(missingCalendarYears({ firstYear: 2004, lastYear: 2027, asOf: '2027-12-01', today: '2027-06-01' })).toEqual([2028]);
  });

  it('a date before the first built-in year is missing too', () => {
    expect(missingCalendarYears({ ...covered, asOf: '2003-05-01', today: '2026-11-20' })).toEqual([2003]);
  });

  it('says which years and why; nothing when none is missing', () => {
    expect(coverageMessage([])).toBeNull();
    expect(coverageMessage([2027, 2028])).toMatch(/^2027、2028 年的节假日安排尚未导入/);
  });
});

describe('calendar.coverage', () => {
  let dispose: () => void = () => undefined;
  afterEach(() => dispose());

  it('today 1 December 2026 names 2027 until its calendar is imported; a 2027 date warns too', async () => {
    const dataDir = tempDir('desk-coverage-');
    const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2026-12-01' });
    dispose = () => {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const check = async (asOf: string) => {
      const result = await runtime.call('calendar.coverage', { asOf });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as CalendarCoverageCheck;
    };
    expect(await check('2026-12-01')).toMatchObject({ lastYear: 2026, missingYears: [2027] });
    expect((await check('2027-03-01')).message).toMatch(/^2027 年的节假日安排尚未导入/);

    const path = join(dataDir, '2027.csv');
    writeFileSync(path, csvOf(SAMPLE_2027_ROWS));
    const imported = await runtime.call('calendar.import', { file: runtime.files.register({ path, name: '2027.csv', direction: 'input' }) });
    expect(imported.ok).toBe(true);
    expect(await check('2026-12-01')).toEqual({ firstYear: 2004, lastYear: 2027, missingYears: [], message: null });
    expect(await check('2027-12-01')).toMatchObject({ missingYears: [2028] });
  });

  it('refuses a date that is not one', async () => {
    const dataDir = tempDir('desk-coverage-');
    const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser' });
    dispose = () => {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const result = await runtime.call('calendar.coverage', { asOf: '2026-13-01' });
    expect(result.ok).toBe(false);
  });
});
