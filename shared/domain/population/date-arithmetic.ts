/**
 * Calendar arithmetic on `YYYY-MM-DD` strings that shared/domain/dates.ts lacks (DOMAIN.md §3): adding months or
 * years clamps to the end of the month (10-31 + 1 month = 11-30; 02-29 + 1 year = 02-28).
 * ISO dates compare correctly as strings, so `a <= b` is date order.
 */
import { daysInMonth, formatIsoDate } from '../dates';
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Parsed dates, kept: a street's recomputation parses the same birth and spell dates millions of times
 * (bounded, so a long session cannot grow it without limit). The parts are frozen because they are shared.
 */
const PARSED = new Map<IsoDate, Readonly<DateParts>>();
const PARSED_LIMIT = 100_000;

export function parseIsoDate(iso: IsoDate): Readonly<DateParts> {
  const known = PARSED.get(iso);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`不是 YYYY-MM-DD 日期：${iso}`);
  const parts = Object.freeze({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(iso, parts);
  return parts;
}

function toDayNumber(iso: IsoDate): number {
  const { year, month, day } = parseIsoDate(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier): daysBetween('2025-01-01', '2025-01-02') = 1. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds whole months, clamping the day to the target month's length. */
export function addMonthsClamped(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonthsClamped(iso, years * 12);
}

/** Months from the month of `from` to the month of `to`, ignoring days: 1965-01 → 1965-03 = 2. */
export function monthsBetweenMonths(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Completed years from `birthDate` to `on` (a 29 February birthday falls on 28 February in other years). */
export function completedYears(birthDate: IsoDate, on: IsoDate): number {
  const years = parseIsoDate(on).year - parseIsoDate(birthDate).year;
  return addYears(birthDate, years) > on ? years - 1 : years;
}
