/**
 * The dates of a monthly trend (issue #6 item 6): one point per month for the `months` months ending with the
 * as-of date's month — each month's last day, and the as-of date itself for its own month (the days after it have
 * not happened yet). Oldest first.
 */
import { addMonthsClamped, daysInMonth, formatIsoDate, parseIsoDate } from '../dates';

export interface TrendDate {
  /** `YYYY-MM`. */
  month: string;
  /** The date the point is counted on: the month's last day, or the as-of date in its month. */
  date: string;
}

export function trendDates(asOf: string, months = 12): TrendDate[] {
  const out: TrendDate[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const first = addMonthsClamped(`${asOf.slice(0, 7)}-01`, -back);
    const { year, month } = parseIsoDate(first);
    out.push({ month: first.slice(0, 7), date: back === 0 ? asOf : formatIsoDate(year, month, daysInMonth(year, month)) });
  }
  return out;
}
