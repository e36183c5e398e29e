/**
 * Working days (工作日) for deadlines such as "guidance within 3 working days of registration" (DOMAIN.md §4 item 4,
 * §6): Monday–Friday unless a public holiday, and a Saturday or Sunday only when it is an official make-up workday.
 *
 * The calendar knows the arrangements of the years [firstYear, lastYear] (built in, or imported from a bureau's
 * calendar file). Outside them it still answers, by the plain Monday–Friday week, but the answer says so: every
 * result is a `CalendarAnswer`, and `certain: false` carries a Chinese warning and the years that were guessed.
 * Callers show the warning next to the value (a deadline, a verdict) and must not present it as settled.
 */
import type { CalendarDay } from './calendar-day';
import { dayNumber, isoOf, weekdayOfDay, yearOf } from '../dates';

export type CalendarAnswer<T> =
  | { certain: true; value: T }
  | {
      certain: false;
      value: T;
      /** Chinese, e.g. `2027 年的节假日安排尚未导入，按普通周末推算…`. */
      warning: string;
      /** Years the answer depended on whose arrangements are unknown, ascending. */
      uncoveredYears: readonly number[];
    };

export interface WorkingCalendarInput {
  /** Exception days: holidays (any day of the week) and make-up workdays (weekends). Dates must be unique. */
  days: readonly CalendarDay[];
  /** The years whose arrangements `days` hold completely (a year with no exceptions at all is still covered). */
  firstYear: number;
  lastYear: number;
}

export interface WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Whether `date`'s year has known arrangements. */
  covers(date: string): boolean;
  /** The holiday or make-up workday on `date`, if any (for showing its name). */
  exceptionOn(date: string): CalendarDay | undefined;
  isWorkingDay(date: string): CalendarAnswer<boolean>;
  /**
   * The n-th working day after `date`, with `date` as day 0: `date` itself never counts, even when it is a working
   * day, and may be any day (a weekend, a holiday). n = 0 gives `date`. Uncertain when any day after `date` up to
   * the result lies in an uncovered year.
   */
  addWorkingDays(date: string, n: number): CalendarAnswer<string>;
}

export function uncoveredYearsWarning(years: readonly number[]): string {
  return `${years.join('、')} 年的节假日安排尚未导入，按普通周末推算（周一至周五上班），结果可能不准；请导入市人社局下发的日历文件。`;
}

function answer<T>(value: T, uncoveredYears: readonly number[]): CalendarAnswer<T> {
  if (uncoveredYears.length === 0) return { certain: true, value };
  return { certain: false, value, warning: uncoveredYearsWarning(uncoveredYears), uncoveredYears };
}

function indexDays(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  const byDate = new Map<string, CalendarDay>();
  for (const day of days) {
    dayNumber(day.date); // throws on an invalid date
    const earlier = byDate.get(day.date);
    if (earlier && earlier.kind !== day.kind) throw new RangeError(`日历中 ${day.date} 既放假又上班`);
    byDate.set(day.date, day);
  }
  return byDate;
}

export function createWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  const { firstYear, lastYear } = input;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new RangeError(`日历年份范围无效：${firstYear}–${lastYear}`);
  }
  const byDate = indexDays(input.days);
  const yearCovered = (year: number) => year >= firstYear && year <= lastYear;

  const worksOn = (iso: string, day: number): boolean => {
    const exception = byDate.get(iso);
    if (exception) return exception.kind === 'workday';
    const weekday = weekdayOfDay(day);
    return weekday !== 0 && weekday !== 6;
  };

  const uncoveredBetween = (fromYear: number, toYear: number): number[] => {
    const years: number[] = [];
    for (let y = fromYear; y <= toYear; y += 1) if (!yearCovered(y)) years.push(y);
    return years;
  };

  return {
    firstYear,
    lastYear,
    covers: (date) => {
      dayNumber(date);
      return yearCovered(yearOf(date));
    },
    exceptionOn: (date) => byDate.get(date),
    isWorkingDay: (date) => answer(worksOn(date, dayNumber(date)), uncoveredBetween(yearOf(date), yearOf(date))),
    addWorkingDays: (date, n) => {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`);
      let day = dayNumber(date);
      let iso = date;
      for (let counted = 0; counted < n; ) {
        day += 1;
        iso = isoOf(day);
        if (worksOn(iso, day)) counted += 1;
      }
      // The days that decided the answer are date + 1 … iso.
      return answer(iso, n === 0 ? [] : uncoveredBetween(yearOf(isoOf(dayNumber(date) + 1)), yearOf(iso)));
    },
  };
}
