/**
 * What importing a calendar file writes (pure): a file holds whole years, so for each of its years every earlier
 * row of that year (an older import, a manual edit) is replaced, and a built-in exception the file does not list
 * is cancelled by a reset row (the file is the year's whole arrangement). Also the checks that keep the covered
 * years contiguous, so that every year up to the last one is known.
 */
import type { CalendarFileProblem } from '../../../shared/contract/calendar';
import { BUILTIN_CALENDAR } from '../../../shared/domain/calendar/builtin-calendar';
import { isWeekend } from '../../../shared/domain/dates';
import { arrangementYear } from '../../../shared/domain/calendar/calendar-file-checks';
import type { CalendarFile } from '../../../shared/domain/calendar/calendar-file';
import type { CalendarRow } from '../../../db/repositories/calendar/calendar-repo';

export interface DateRange {
  from: string;
  to: string;
}

/**
 * The dates each year of the file decides: 1 January (or the file's first late-December date belonging to that
 * year's 元旦) to 31 December — or to 24 December when the next year is already covered and not in this file, so
 * that its 元旦 arrangement in late December is left alone.
 */
export function decidedRanges(file: CalendarFile, lastCoveredYear: number): DateRange[] {
  const years = new Set(file.years);
  return file.years.map((year) => {
    const own = file.days.filter((d) => arrangementYear(d.date, years) === year).map((d) => d.date);
    const earliest = own.reduce((min, d) => (d < min ? d : min), `${year}-01-01`);
    const nextKept = !years.has(year + 1) && year + 1 <= lastCoveredYear;
    return { from: earliest, to: nextKept ? `${year}-12-24` : `${year}-12-31` };
  });
}

export function inRanges(date: string, ranges: readonly DateRange[]): boolean {
  return ranges.some((r) => date >= r.from && date <= r.to);
}

export interface CalendarImportPlan {
  ranges: DateRange[];
  /** Existing rows the import replaces (in the ranges, or on a date the file lists). */
  replaced: CalendarRow[];
  /** The rows to write after the ranges are emptied: the file's days and the reset rows. */
  rows: CalendarRow[];
}

export function planCalendarImport(file: CalendarFile, existing: readonly CalendarRow[], lastCoveredYear: number, source: string): CalendarImportPlan {
  const ranges = decidedRanges(file, lastCoveredYear);
  const fileDates = new Set(file.days.map((d) => d.date));
  const replaced = existing.filter((row) => inRanges(row.date, ranges) || fileDates.has(row.date));
  const resets: CalendarRow[] = BUILTIN_CALENDAR.filter((d) => inRanges(d.date, ranges) && !fileDates.has(d.date)).map((d) => ({
    date: d.date,
    kind: isWeekend(d.date) ? 'holiday' : 'workday',
    name: null,
    source,
  }));
  const rows: CalendarRow[] = [...file.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source })), ...resets];
  return { ranges, replaced, rows: rows.sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

/** Years before the calendar's first year, or a gap between the covered years and the file's. */
export function coverageProblems(years: readonly number[], firstYear: number, lastYear: number): CalendarFileProblem[] {
  const problems: CalendarFileProblem[] = [];
  const early = years.filter((y) => y < firstYear);
  if (early.length > 0) {
    problems.push({ line: null, field: null, message: `文件含 ${early.join('、')} 年：日历只收录 ${firstYear} 年起的安排，不需要也不能导入更早的年份。` });
  }
  const covered = new Set(years);
  const last = Math.max(lastYear, ...years);
  const missing: number[] = [];
  for (let y = lastYear + 1; y <= last; y += 1) if (!covered.has(y)) missing.push(y);
  if (missing.length > 0) {
    problems.push({
      line: null,
      field: null,
      message: `文件覆盖 ${years.join('、')} 年，但 ${missing.join('、')} 年的节假日安排尚未导入（目前覆盖到 ${lastYear} 年）；请先导入 ${missing.join('、')} 年的日历文件，或把这几年放在同一个文件里。`,
    });
  }
  return problems;
}
