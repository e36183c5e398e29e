/**
 * The one date module's day numbers (shared/domain/dates.ts), which replaced three copies (the calendar's, the
 * population's and the demo's): every date 1900–2200 converts both ways exactly as JavaScript's UTC calendar does,
 * clamping agrees between day numbers and text, weekdays are right, and the start of a period is 1 January.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  addMonthsToDay,
  addYears,
  addYearsToDay,
  dayNumber,
  dayOf,
  isoOf,
  weekdayOf,
  weekdayOfDay,
  yearOfDay,
  yearStart,
} from '../../../shared/domain/dates';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('convert every date from 1900 to 2200 both ways as Date.UTC does', () => {
    const bad: string[] = [];
    for (let day = Date.UTC(1900, 0, 1) / MS_PER_DAY; day <= Date.UTC(2200, 11, 31) / MS_PER_DAY; day += 1) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (isoOf(day) !== iso || dayOf(iso) !== day || dayNumber(iso) !== day || weekdayOfDay(day) !== new Date(day * MS_PER_DAY).getUTCDay()) {
        if (bad.length < 5) bad.push(iso);
      }
    }
    expect(bad).toEqual([]);
  });

  it('dayNumber refuses what is not a valid date; dayOf only needs the form', () => {
    expect(() => dayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => dayNumber('1899-12-31')).toThrow(RangeError);
    expect(dayOf('2025-02-30')).toBe(dayOf('2025-03-02'));
    expect(() => dayOf('2025-2-3')).toThrow(RangeError);
  });

  it.each([
    ['2025-10-31', 1],
    ['2024-02-29', 12],
    ['2000-02-29', -12],
    ['1965-03-31', 721],
    ['2025-01-15', -1],
  ])('adding months to %s (%i) clamps the same on day numbers and on text', (iso, months) => {
    expect(isoOf(addMonthsToDay(dayOf(iso), months))).toBe(addMonthsClamped(iso, months));
    expect(isoOf(addYearsToDay(dayOf(iso), months))).toBe(addYears(iso, months));
  });

  it('weekdays: 0 is Sunday', () => {
    expect(weekdayOf('2026-11-20')).toBe(5);
    expect(weekdayOfDay(dayOf('1970-01-01'))).toBe(4);
    expect(yearOfDay(dayOf('2026-12-31'))).toBe(2026);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('a period given only its end starts on 1 January of that year', () => {
    expect(yearStart('2026-06-30')).toBe('2026-01-01');
  });
});
