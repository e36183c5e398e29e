/**
 * Prints, per year, how many holidays (days off, days in lieu included) and make-up workdays the built-in
 * calendar holds, to eyeball its coverage: `npx tsx scripts/calendar/print-builtin.ts`.
 */
import {
  BUILTIN_CALENDAR,
  BUILTIN_CALENDAR_FIRST_YEAR,
  BUILTIN_CALENDAR_LAST_YEAR,
  BUILTIN_CALENDAR_SOURCE,
} from '../../shared/domain/calendar/builtin-calendar';
import { isWeekend, yearOf } from '../../shared/domain/dates';

interface YearCounts {
  holidays: number;
  weekdayHolidays: number;
  workdays: number;
}

function countByYear(): Map<number, YearCounts> {
  const counts = new Map<number, YearCounts>();
  for (let y = BUILTIN_CALENDAR_FIRST_YEAR; y <= BUILTIN_CALENDAR_LAST_YEAR; y += 1) {
    counts.set(y, { holidays: 0, weekdayHolidays: 0, workdays: 0 });
  }
  for (const day of BUILTIN_CALENDAR) {
    const c = counts.get(yearOf(day.date));
    if (!c) continue;
    if (day.kind === 'workday') c.workdays += 1;
    else {
      c.holidays += 1;
      if (!isWeekend(day.date)) c.weekdayHolidays += 1;
    }
  }
  return counts;
}

const out: string[] = [
  `内置节假日（${BUILTIN_CALENDAR_SOURCE}）：${BUILTIN_CALENDAR_FIRST_YEAR}–${BUILTIN_CALENDAR_LAST_YEAR} 年，共 ${BUILTIN_CALENDAR.length} 天`,
  '年份  放假  其中工作日放假  调休上班',
];
for (const [year, c] of countByYear()) {
  const flag = c.holidays === 0 ? '  ← 无数据' : '';
  out.push(`${year}  ${String(c.holidays).padStart(4)}  ${String(c.weekdayHolidays).padStart(14)}  ${String(c.workdays).padStart(8)}${flag}`);
}
process.stdout.write(`${out.join('\n')}\n`);
