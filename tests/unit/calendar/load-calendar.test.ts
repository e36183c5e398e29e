import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCalendarRows } from '../../../db/repositories/calendar/calendar-repo';
import { loadCalendar, loadWorkingCalendar } from '../../../electron/services/calendar/load-calendar';
import { tempRuntime } from '../support/temp-runtime';
import { SAMPLE_2027_ROWS } from './sample-files';

let runtime: ReturnType<typeof tempRuntime>;
beforeEach(() => {
  runtime = tempRuntime();
});
afterEach(() => runtime.dispose());

describe('loadWorkingCalendar (built-in years merged with calendar_days)', () => {
  it('with no rows it is the built-in calendar, 2004–2026', () => {
    const calendar = loadWorkingCalendar(runtime.db);
    expect([calendar.firstYear, calendar.lastYear]).toEqual([2004, 2026]);
    expect(calendar.exceptionOn('2025-02-08')).toEqual({ date: '2025-02-08', kind: 'workday', name: '春节调休上班' });
    expect(calendar.addWorkingDays('2025-02-06', 3)).toEqual({ certain: true, value: '2025-02-10' });
    expect(loadCalendar(runtime.db).sourceOn('2025-02-08')).toBe('builtin');
    expect(loadCalendar(runtime.db).sourceOn('2025-03-05')).toBeNull();
  });

  it('a row overrides a built-in day; a nameless weekly-rule row cancels a built-in exception', () => {
    writeCalendarRows(runtime.db, [
      { date: '2025-03-05', kind: 'holiday', name: '防汛停工', source: 'manual:admin' },
      { date: '2025-10-08', kind: 'workday', name: null, source: 'manual:admin' }, // a Wednesday of 国庆 2025
      { date: '2025-09-28', kind: 'holiday', name: null, source: 'manual:admin' }, // a 调休 Sunday
    ]);
    const loaded = loadCalendar(runtime.db);
    const calendar = loaded.calendar;
    expect(calendar.exceptionOn('2025-03-05')).toEqual({ date: '2025-03-05', kind: 'holiday', name: '防汛停工' });
    expect(calendar.isWorkingDay('2025-03-05').value).toBe(false);
    expect(calendar.exceptionOn('2025-10-08')).toBeUndefined();
    expect(calendar.isWorkingDay('2025-10-08').value).toBe(true);
    expect(calendar.isWorkingDay('2025-09-28').value).toBe(false);
    expect(loaded.sourceOn('2025-10-08')).toBe('manual');
    expect(calendar.lastYear).toBe(2026);
  });

  it('imported rows of 2027 extend the coverage, so 2027 answers are certain', () => {
    const before = loadWorkingCalendar(runtime.db).addWorkingDays('2027-02-04', 3);
    expect(before.certain).toBe(false);
    writeCalendarRows(
      runtime.db,
      SAMPLE_2027_ROWS.map(([date, kind, name]) => ({ date, kind: kind === '上班' ? 'workday' : 'holiday', name, source: 'import:abc' })),
    );
    const loaded = loadCalendar(runtime.db);
    expect([loaded.calendar.firstYear, loaded.calendar.lastYear]).toEqual([2004, 2027]);
    // Thursday 2027-02-04 → 春节 2-5…2-12 off → Mon 15, Tue 16, Wed 17.
    expect(loaded.calendar.addWorkingDays('2027-02-04', 3)).toEqual({ certain: true, value: '2027-02-17' });
    expect(loaded.calendar.isWorkingDay('2027-02-20')).toEqual({ certain: true, value: true });
    expect(loaded.sourceOn('2027-02-20')).toBe('import');
    expect(loaded.calendar.addWorkingDays('2027-12-30', 3).certain).toBe(false);
  });
});
