/**
 * The one date module: calendar dates as `YYYY-MM-DD` text and as day numbers (whole days since 1970-01-01), no time
 * zones involved. Day arithmetic, month clamping (adding months or years clamps to the end of the month, DOMAIN §3:
 * 10-31 + 1 month = 11-30; 02-29 + 1 year = 02-28), weekdays, and the default start of a period. Working days are
 * built on it (shared/domain/calendar/working-days.ts). ISO dates compare correctly as strings: `a <= b` is date order.
 */

// ---------------------------------------------------------------- YYYY-MM-DD text

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** 1 January of the year of `iso` (`YYYY-MM-DD`): where a period starts when only its end is given. */
export function yearStart(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Local date of a JS Date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return formatIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** `YYYY年M月D日`, the form printed on Chinese documents. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Parsed dates, kept: a street's recomputation parses the same birth and spell dates millions of times
 * (bounded, so a long session cannot grow it without limit). The parts are frozen because they are shared.
 */
const PARSED = new Map<string, Readonly<DateParts>>();
const CACHE_LIMIT = 100_000;

/** The parts of a `YYYY-MM-DD` (not checked against the calendar); throws RangeError on any other text. */
export function parseIsoDate(iso: string): Readonly<DateParts> {
  const known = PARSED.get(iso);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`不是 YYYY-MM-DD 日期：${iso}`);
  const parts = Object.freeze({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  if (PARSED.size >= CACHE_LIMIT) PARSED.clear();
  PARSED.set(iso, parts);
  return parts;
}

// ---------------------------------------------------------------- day numbers

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil; a day past the month's end runs on). */
export function dayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function ymdOf(dayNumber: number): { y: number; m: number; d: number } {
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

/** The day number of a `YYYY-MM-DD` (parsed as parseIsoDate does). */
export function dayOf(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return dayFromYmd(year, month, day);
}

/** The day number of a valid date (1900–2200); throws RangeError on anything else (a programming error). */
export function dayNumber(iso: string): number {
  if (!isValidIsoDate(iso)) throw new RangeError(`不是有效日期：${iso}`);
  return dayOf(iso);
}

const ISO_OF = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (strings are shared, which keeps a large street's memory down). */
export function isoOf(dayNumber: number): string {
  let iso = ISO_OF.get(dayNumber);
  if (iso === undefined) {
    const { y, m, d } = ymdOf(dayNumber);
    iso = formatIsoDate(y, m, d);
    if (ISO_OF.size >= CACHE_LIMIT) ISO_OF.clear();
    ISO_OF.set(dayNumber, iso);
  }
  return iso;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function yearOfDay(dayNumber: number): number {
  return ymdOf(dayNumber).y;
}

/** The date whole `months` after the given one, the day clamped to the target month's length. */
function shiftMonths({ year, month, day }: Readonly<DateParts>, months: number): DateParts {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return { year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) };
}

/** Adds whole months to a day number, clamping the day to the target month's length. */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const { y, m, d } = ymdOf(dayNumber);
  const target = shiftMonths({ year: y, month: m, day: d }, months);
  return dayFromYmd(target.year, target.month, target.day);
}

export function addYearsToDay(dayNumber: number, years: number): number {
  return addMonthsToDay(dayNumber, years * 12);
}

// ---------------------------------------------------------------- arithmetic on YYYY-MM-DD

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier): daysBetween('2025-01-01', '2025-01-02') = 1. */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

/** Adds whole months, clamping the day to the target month's length. */
export function addMonthsClamped(iso: string, months: number): string {
  const target = shiftMonths(parseIsoDate(iso), months);
  return formatIsoDate(target.year, target.month, target.day);
}

export function addYears(iso: string, years: number): string {
  return addMonthsClamped(iso, years * 12);
}

/** Months from the month of `from` to the month of `to`, ignoring days: 1965-01 → 1965-03 = 2. */
export function monthsBetweenMonths(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Completed years from `birthDate` to `on` (a 29 February birthday falls on 28 February in other years). */
export function completedYears(birthDate: string, on: string): number {
  const years = parseIsoDate(on).year - parseIsoDate(birthDate).year;
  return addYears(birthDate, years) > on ? years - 1 : years;
}

/** 0 = Sunday … 6 = Saturday, of a valid date. */
export function weekdayOf(iso: string): number {
  return weekdayOfDay(dayNumber(iso));
}

export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function chineseWeekday(iso: string): string {
  return WEEKDAY_NAMES[weekdayOf(iso)] ?? '';
}
