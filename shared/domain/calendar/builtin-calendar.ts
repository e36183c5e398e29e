/**
 * The built-in calendar: China's public holidays, days in lieu (调休放假) and official make-up workdays (调休上班) as
 * published by the State Council (国务院办公厅关于部分节假日安排的通知), taken at load time from the data file the
 * `chinese-days` package ships (`dist/chinese-days.json`, documented in its README; MIT). Later years come from a
 * calendar file the bureau issues (see calendar-file.ts).
 *
 * That file has three maps from `YYYY-MM-DD` to `"English,中文,法定天数"`: `holidays` (every day off of a holiday
 * break, sometimes including the weekend days inside it), `workdays` (make-up workdays, always a Saturday or
 * Sunday) and `inLieuDays` (the weekdays of a break that are paid back by a make-up workday; each is also in
 * `holidays`, so it is a holiday here).
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDay } from './calendar-day';
import { yearOf } from '../dates';
import { createWorkingCalendar, type WorkingCalendar } from './working-days';

interface ChineseDaysData {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
  inLieuDays: Readonly<Record<string, string>>;
}

/** Written into `calendar_days.source` for these rows. */
export const BUILTIN_CALENDAR_SOURCE = 'builtin:chinese-days@1.5.7';

/** The names the State Council notices use, where chinese-days abbreviates. */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
};

/** `"Spring Festival,春节,4"` → `春节`. The English part never contains a comma. */
function holidayName(description: string): string {
  const chinese = description.split(',')[1]?.trim() ?? '';
  if (chinese === '') throw new Error(`chinese-days 数据格式有变：${description}`);
  return OFFICIAL_NAMES[chinese] ?? chinese;
}

function fromChineseDays(data: ChineseDaysData): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const [date, description] of Object.entries(data.holidays)) {
    days.push({ date, kind: 'holiday', name: holidayName(description) });
  }
  for (const [date, description] of Object.entries(data.workdays)) {
    if (date in data.holidays) throw new Error(`chinese-days 数据自相矛盾：${date} 既放假又上班`);
    days.push({ date, kind: 'workday', name: `${holidayName(description)}调休上班` });
  }
  for (const [date, description] of Object.entries(data.inLieuDays)) {
    if (!(date in data.holidays)) days.push({ date, kind: 'holiday', name: holidayName(description) });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const SOURCE_DATA: ChineseDaysData = chineseDays;

/** Every exception day the package knows, sorted by date. */
export const BUILTIN_CALENDAR: readonly CalendarDay[] = Object.freeze(fromChineseDays(SOURCE_DATA));

function yearBounds(days: readonly CalendarDay[]): { first: number; last: number } {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error('chinese-days 没有节假日数据');
  return { first: yearOf(first.date), last: yearOf(last.date) };
}

const BOUNDS = yearBounds(BUILTIN_CALENDAR);

/** First year whose arrangements are built in (2004 with chinese-days 1.5.7). */
export const BUILTIN_CALENDAR_FIRST_YEAR: number = BOUNDS.first;
/** Last year whose arrangements are built in (2026 with chinese-days 1.5.7). */
export const BUILTIN_CALENDAR_LAST_YEAR: number = BOUNDS.last;

/** A working calendar over the built-in years only (no imported calendar files). */
export function builtinWorkingCalendar(): WorkingCalendar {
  return createWorkingCalendar({
    days: BUILTIN_CALENDAR,
    firstYear: BUILTIN_CALENDAR_FIRST_YEAR,
    lastYear: BUILTIN_CALENDAR_LAST_YEAR,
  });
}
