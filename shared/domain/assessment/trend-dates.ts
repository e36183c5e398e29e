/**
 * The dates of a monthly trend (issue #6 item 6): one point per month for the `months` months ending with the
 * as-of date's month — each month's last day, and the as-of date itself for its own month (the days after it have
 * not happened yet). Oldest first.
 */
import { daysInMonth, formatIsoDate } from '../dates';

export interface TrendDate {
  /** `YYYY-MM`. */
  month: string;
  /** The date the point is counted on: the month's last day, or the as-of date in its month. */
  date: string;
}

export function trendDates(asOf: string, months = 12): TrendDate[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const out: TrendDate[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const label = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push({ month: label, date: back === 0 ? asOf : formatIsoDate(y, m, daysInMonth(y, m)) });
  }
  return out;
}
