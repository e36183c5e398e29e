/**
 * Calendar dates as whole day numbers (days since 1970-01-01), for fast arithmetic over a large street, with
 * conversion to and from `YYYY-MM-DD`. Adding months or years clamps to the end of the month (DOMAIN §3).
 */
import { daysInMonth, formatIsoDate } from '../../../shared/domain/dates';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdOf(dayNumber: number): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

const isoCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (strings are shared, which keeps a large street's memory down). */
export function isoOf(dayNumber: number): string {
  let iso = isoCache.get(dayNumber);
  if (iso === undefined) {
    const { y, m, d } = ymdOf(dayNumber);
    iso = formatIsoDate(y, m, d);
    isoCache.set(dayNumber, iso);
  }
  return iso;
}

export function addMonths(dayNumber: number, months: number): number {
  const { y, m, d } = ymdOf(dayNumber);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayFromYmd(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(dayNumber: number, years: number): number {
  return addMonths(dayNumber, years * 12);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function yearOf(dayNumber: number): number {
  return ymdOf(dayNumber).y;
}

/** 1 January of the day's year. */
export function yearStart(dayNumber: number): number {
  return dayFromYmd(yearOf(dayNumber), 1, 1);
}
