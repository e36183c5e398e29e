/** A month of the working calendar as 设置 shows it, and one day of it. */
import type { CalendarMonth, CalendarMonthDay, CalendarDayView } from '../../../shared/contract/calendar';
import { isoOf, dayNumber, weekdayOf, isWeekend } from '../../../shared/domain/dates';
import type { LoadedCalendar } from './load-calendar';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dayView(loaded: LoadedCalendar, date: string): CalendarMonthDay {
  const exception = loaded.calendar.exceptionOn(date);
  const weekend = isWeekend(date);
  let kind: CalendarDayView;
  if (exception?.kind === 'holiday') kind = 'holiday';
  else if (exception?.kind === 'workday') kind = weekend ? 'makeup_workday' : 'workday';
  else kind = weekend ? 'weekend' : 'workday';
  return {
    date,
    weekday: weekdayOf(date) === 0 ? 7 : weekdayOf(date),
    kind,
    name: exception?.name ?? null,
    source: loaded.sourceOn(date) ?? 'builtin',
    working: kind === 'workday' || kind === 'makeup_workday',
  };
}

/** Why a year's days are only a guess, or null when its arrangements are known. */
export function coverageWarning(loaded: LoadedCalendar, year: number): string | null {
  const { firstYear, lastYear } = loaded.calendar;
  if (year >= firstYear && year <= lastYear) return null;
  if (year < firstYear) return `日历只收录 ${firstYear} 年起的节假日安排，${year} 年按普通周末显示（周一至周五上班），可能不准。`;
  return `${year} 年的节假日安排尚未导入，本月按普通周末显示（周一至周五上班），可能不准；请导入市人社局下发的 ${year} 年日历文件。`;
}

export function monthView(loaded: LoadedCalendar, year: number, month: number, today: string): CalendarMonth {
  const first = dayNumber(`${year}-${pad(month)}-01`);
  const next = month === 12 ? dayNumber(`${year + 1}-01-01`) : dayNumber(`${year}-${pad(month + 1)}-01`);
  const days: CalendarMonthDay[] = [];
  for (let day = first; day < next; day += 1) days.push(dayView(loaded, isoOf(day)));
  return {
    year,
    month,
    today,
    days,
    coverage: { firstYear: loaded.calendar.firstYear, lastYear: loaded.calendar.lastYear },
    warning: coverageWarning(loaded, year),
  };
}
