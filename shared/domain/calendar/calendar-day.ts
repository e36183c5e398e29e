/**
 * The exceptions to the Monday–Friday week (public holidays and official make-up workdays, 调休上班) and the
 * day arithmetic the calendar needs, on `YYYY-MM-DD` strings in UTC day numbers (no time zones involved).
 */
import { isValidIsoDate } from '../dates';

/** `holiday`: no work that day (a public holiday or a day in lieu, 调休放假); `workday`: a make-up workday on a weekend. */
export type CalendarDayKind = 'holiday' | 'workday';

/** One row of `calendar_days` without its `source`. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** Chinese: 春节, 国庆节, 春节调休上班… */
  name: string;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`; throws RangeError on anything else (a programming error). */
export function dayNumber(iso: string): number {
  if (!isValidIsoDate(iso)) throw new RangeError(`不是有效日期：${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addCalendarDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return weekdayOfDayNumber(dayNumber(iso));
}

export function weekdayOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function chineseWeekday(iso: string): string {
  return WEEKDAY_NAMES[weekdayOf(iso)] ?? '';
}
