import { describe, expect, it } from 'vitest';
import { builtinWorkingCalendar } from '../../../shared/domain/calendar/builtin-calendar';
import { createWorkingCalendar, uncoveredYearsWarning } from '../../../shared/domain/calendar/working-days';
import { chineseWeekday } from '../../../shared/domain/dates';

const calendar = builtinWorkingCalendar();

describe('the 3rd working day after a registration (registration day = day 0)', () => {
  it.each([
    // registration, deadline, why
    ['2024-03-04', '2024-03-07', 'a plain Monday → Thursday'],
    ['2024-03-08', '2024-03-13', 'a Friday → next Wednesday'],
    ['2025-03-07', '2025-03-12', 'a Friday in 2025 → next Wednesday'],
    ['2024-03-10', '2024-03-13', 'a Sunday → Wednesday'],
    ['2024-03-09', '2024-03-13', 'a Saturday → Wednesday'],
    ['2025-02-06', '2025-02-10', 'Thursday before the 2025-02-08 make-up Saturday: Fri, Sat, Mon'],
    ['2024-05-09', '2024-05-13', 'Thursday before the 2024-05-11 make-up Saturday: Fri, Sat, Mon'],
    ['2024-09-29', '2024-10-09', 'the last working day before 国庆 2024 (a make-up Sunday): 9-30, 10-8, 10-9'],
    ['2024-09-27', '2024-10-08', 'Friday before 国庆 2024: 9-29 (make-up Sunday), 9-30, 10-8'],
    ['2025-09-30', '2025-10-11', 'the last working day before 国庆 2025: 10-9, 10-10, 10-11 (make-up Saturday)'],
    ['2024-10-03', '2024-10-10', 'on a 国庆 holiday: 10-8, 10-9, 10-10'],
    ['2025-01-29', '2025-02-07', 'on 春节 itself: 2-5, 2-6, 2-7'],
    ['2025-01-27', '2025-02-07', 'the last working day before 春节 2025: 2-5, 2-6, 2-7'],
    ['2024-12-31', '2025-01-06', 'across the new year: 1-1 is a holiday, then Thu 2, Fri 3, Mon 6'],
  ])('%s → %s (%s)', (registration, deadline) => {
    expect(calendar.addWorkingDays(registration, 3)).toEqual({ certain: true, value: deadline });
  });

  it('the 0th working day is the day itself, whatever it is', () => {
    expect(calendar.addWorkingDays('2024-10-03', 0)).toEqual({ certain: true, value: '2024-10-03' });
  });

  it.each([
    ['2024-03-04', 1, '2024-03-05'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-03-04', 10, '2024-03-18'],
  ])('%s + %i working days → %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n).value).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])('refuses n = %s', (n) => {
    expect(() => calendar.addWorkingDays('2024-03-04', n)).toThrow(RangeError);
  });

  it('refuses an invalid date', () => {
    expect(() => calendar.addWorkingDays('2024-02-30', 3)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('20240301')).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-05-11', true, 'a 调休 Saturday'],
    ['2024-09-29', true, 'a 调休 Sunday'],
    ['2024-10-01', false, 'a holiday on a Tuesday'],
    ['2025-02-03', false, 'a day in lieu (Monday)'],
    ['2024-03-09', false, 'a normal Saturday'],
    ['2024-03-10', false, 'a normal Sunday'],
    ['2024-03-06', true, 'a normal Wednesday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toEqual({ certain: true, value: expected });
  });
});

describe('years without known arrangements are answered with a warning, never silently', () => {
  const warning2027 = uncoveredYearsWarning([2027]);

  it('says which year is unknown', () => {
    expect(warning2027).toContain('2027 年的节假日安排尚未导入，按普通周末推算');
  });

  it.each([
    ['2027-03-05', '2027-03-10'], // Friday → Wednesday by the plain week
    ['2026-12-30', '2027-01-04'], // the result falls in 2027
  ])('%s + 3 in 2027 → %s, uncertain', (date, expected) => {
    expect(calendar.addWorkingDays(date, 3)).toEqual({ certain: false, value: expected, warning: warning2027, uncoveredYears: [2027] });
  });

  it('a registration on the last day of a known year whose deadline is in an unknown one is uncertain', () => {
    expect(calendar.addWorkingDays('2026-12-31', 1)).toMatchObject({ certain: false, value: '2027-01-01', uncoveredYears: [2027] });
  });

  it('a deadline inside the known years is certain even when the day before was not', () => {
    expect(calendar.addWorkingDays('2026-12-28', 3)).toEqual({ certain: true, value: '2026-12-31' });
  });

  it('isWorkingDay in 2027 and in 2003 are uncertain', () => {
    expect(calendar.isWorkingDay('2027-01-01')).toEqual({ certain: false, value: true, warning: warning2027, uncoveredYears: [2027] });
    expect(calendar.isWorkingDay('2003-10-01')).toMatchObject({ certain: false, value: true, uncoveredYears: [2003] });
  });

  it('lists every unknown year a long span crosses', () => {
    const r = calendar.addWorkingDays('2026-12-31', 300);
    expect(r.certain).toBe(false);
    if (!r.certain) expect(r.uncoveredYears).toEqual([2027, 2028]);
  });

  it.each([
    ['2026-12-31', true],
    ['2027-01-01', false],
    ['2004-01-01', true],
    ['2003-12-31', false],
  ])('covers(%s) = %s', (date, expected) => {
    expect(calendar.covers(date)).toBe(expected);
  });
});

describe('createWorkingCalendar', () => {
  it('uses an imported year like a built-in one', () => {
    const cal = createWorkingCalendar({
      days: [
        { date: '2027-02-06', kind: 'workday', name: '春节调休上班' },
        { date: '2027-02-08', kind: 'holiday', name: '春节' },
      ],
      firstYear: 2027,
      lastYear: 2027,
    });
    expect(chineseWeekday('2027-02-05')).toBe('星期五');
    expect(cal.addWorkingDays('2027-02-05', 3)).toEqual({ certain: true, value: '2027-02-10' }); // Sat 6, Tue 9, Wed 10
  });

  it('refuses a date that is both a holiday and a workday, and a reversed year range', () => {
    expect(() =>
      createWorkingCalendar({
        days: [
          { date: '2027-02-06', kind: 'workday', name: 'a' },
          { date: '2027-02-06', kind: 'holiday', name: 'b' },
        ],
        firstYear: 2027,
        lastYear: 2027,
      }),
    ).toThrow(RangeError);
    expect(() => createWorkingCalendar({ days: [], firstYear: 2027, lastYear: 2026 })).toThrow(RangeError);
  });
});
