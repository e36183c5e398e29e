/** The calendar methods (shared/contract/calendar.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { HandlersOf } from '../handlers';
import { setCalendarDay } from './calendar-edit';
import { importCalendarFile } from './calendar-import';
import { calendarCoverage } from './calendar-coverage';
import { monthView } from './calendar-month';
import { loadCalendar, loadWorkingCalendar } from './load-calendar';

export interface CalendarDeps {
  db: DeskDatabase;
  files: FileRegistry;
  today(): string;
}

export function calendarHandlers(deps: CalendarDeps): HandlersOf<'calendar'> {
  const { db } = deps;
  return {
    'calendar.coverage': (_ctx, input) => calendarCoverage(loadWorkingCalendar(db), input.asOf, deps.today()),
    'calendar.month': (_ctx, input) => monthView(loadCalendar(db), input.year, input.month, deps.today()),
    'calendar.setDay': (ctx, input) => setCalendarDay(db, ctx, input),
    'calendar.import': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      return importCalendarFile(db, ctx, file.path, file.name);
    },
    'calendar.workingDayAfter': (_ctx, input) => {
      const answer = loadWorkingCalendar(db).addWorkingDays(input.date, input.n);
      return { date: answer.value, certain: answer.certain, warning: answer.certain ? null : answer.warning };
    },
  };
}
