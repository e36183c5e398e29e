/**
 * The working calendar in force: the built-in years (2004–2026, chinese-days) merged with the rows of
 * `calendar_days`, which override them (a manual edit, an imported year) and extend them (imported later years).
 *
 * A row with a name is an exception (a holiday, or a make-up workday on a weekend). A row without a name whose
 * kind is what the weekly rule gives anyway (a working weekday, a weekend day off) cancels a built-in exception:
 * the day follows the Monday–Friday rule again.
 *
 * Coverage: from the first built-in year to the last year present in `calendar_days` or built in, whichever is
 * later. Imports keep the covered years contiguous and manual edits are refused beyond coverage
 * (calendar-import.ts, calendar-edit.ts), so every year in the range is known.
 */
import { BUILTIN_CALENDAR, BUILTIN_CALENDAR_FIRST_YEAR, BUILTIN_CALENDAR_LAST_YEAR } from '../../../shared/domain/calendar/builtin-calendar';
import type { CalendarDay } from '../../../shared/domain/calendar/calendar-day';
import { isWeekend, yearOf } from '../../../shared/domain/dates';
import { createWorkingCalendar, type WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import type { DeskDatabase } from '../../../db/open-database';
import { listCalendarRows, type CalendarRow } from '../../../db/repositories/calendar/calendar-repo';

/** Where the arrangement of a day comes from. */
export type CalendarSource = 'builtin' | 'import' | 'manual';

export const MANUAL_SOURCE_PREFIX = 'manual:';
export const IMPORT_SOURCE_PREFIX = 'import:';

export function sourceKindOf(source: string): CalendarSource {
  if (source.startsWith(MANUAL_SOURCE_PREFIX)) return 'manual';
  if (source.startsWith('builtin')) return 'builtin';
  return 'import';
}

/** Whether the weekly rule alone gives this kind (a weekday works, a weekend day is off). */
export function isWeeklyRuleKind(date: string, kind: CalendarRow['kind']): boolean {
  return isWeekend(date) ? kind === 'holiday' : kind === 'workday';
}

/** A row that cancels a built-in exception rather than adding one. */
export function isResetRow(row: CalendarRow): boolean {
  return (row.name === null || row.name.trim() === '') && isWeeklyRuleKind(row.date, row.kind);
}

export interface LoadedCalendar {
  calendar: WorkingCalendar;
  /** Where each date with a `calendar_days` row got its arrangement; a built-in exception without a row is 'builtin'. */
  sourceOn(date: string): CalendarSource | null;
}

/** The merge, on rows already read (pure apart from the built-in data). */
export function mergeCalendar(rows: readonly CalendarRow[]): LoadedCalendar {
  const days = new Map<string, CalendarDay>();
  for (const day of BUILTIN_CALENDAR) days.set(day.date, day);
  const sources = new Map<string, CalendarSource>();
  let lastYear = BUILTIN_CALENDAR_LAST_YEAR;
  for (const row of rows) {
    sources.set(row.date, sourceKindOf(row.source));
    lastYear = Math.max(lastYear, yearOf(row.date));
    if (isResetRow(row)) days.delete(row.date);
    else days.set(row.date, { date: row.date, kind: row.kind, name: row.name?.trim() || (row.kind === 'holiday' ? '节假日' : '调休上班') });
  }
  const calendar = createWorkingCalendar({ days: [...days.values()], firstYear: BUILTIN_CALENDAR_FIRST_YEAR, lastYear });
  return {
    calendar,
    sourceOn: (date) => sources.get(date) ?? (calendar.exceptionOn(date) ? 'builtin' : null),
  };
}

/** The calendar with each day's source, for 设置 and the import checks. */
export function loadCalendar(db: DeskDatabase): LoadedCalendar {
  return mergeCalendar(listCalendarRows(db));
}

/** The working calendar in force: what every deadline and assessment uses. */
export function loadWorkingCalendar(db: DeskDatabase): WorkingCalendar {
  return loadCalendar(db).calendar;
}
