/**
 * Editing one day of the calendar in 设置 (admin): make it a holiday, a make-up workday (weekends only), or let it
 * follow the weekly rule again. Only inside the covered years: a later year must first come from a calendar file,
 * which would replace such edits anyway. Transactional and audited (entity `calendar_day`, key the date).
 */
import type { CalendarMonthDay, SetCalendarDayInput } from '../../../shared/contract/calendar';
import { BUILTIN_CALENDAR, BUILTIN_CALENDAR_LAST_YEAR } from '../../../shared/domain/calendar/builtin-calendar';
import { chineseWeekday, isWeekend, yearOf } from '../../../shared/domain/dates';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { deleteCalendarRow, upsertCalendarRow } from '../../../db/repositories/calendar/calendar-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { throwIfProblems } from '../registry/registry-errors';
import type { FieldProblem } from '../../../shared/result';
import { dayView } from './calendar-month';
import { loadCalendar, MANUAL_SOURCE_PREFIX } from './load-calendar';

const BUILTIN_DATES: ReadonlySet<string> = new Set(BUILTIN_CALENDAR.map((d) => d.date));

function problemsOf(input: SetCalendarDayInput, firstYear: number, lastYear: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const year = yearOf(input.date);
  if (year > lastYear) {
    problems.push({ path: 'date', message: `${year} 年的节假日安排尚未导入，不能逐日修改；请先用“导入日历文件”导入该年的日历文件，再修改个别日期` });
  } else if (year < firstYear) {
    problems.push({ path: 'date', message: `日历只收录 ${firstYear} 年起的安排，不能修改 ${year} 年的日期` });
  }
  const name = input.name?.trim() ?? '';
  if (input.kind === 'holiday' && name === '') problems.push({ path: 'name', message: '请填写放假的节日或原因（如 春节、国庆节）' });
  if (input.kind === 'workday' && !isWeekend(input.date)) {
    problems.push({ path: 'kind', message: `${input.date} 是${chineseWeekday(input.date)}，本来就上班，只有周六、周日才能设为调休上班；如要取消放假，请选“按周规则”` });
  }
  return problems;
}

export function setCalendarDay(db: DeskDatabase, ctx: CallerContext, input: SetCalendarDayInput): CalendarMonthDay {
  return inTransaction(db, () => {
    const loaded = loadCalendar(db);
    throwIfProblems(problemsOf(input, loaded.calendar.firstYear, loaded.calendar.lastYear));
    const before = dayView(loaded, input.date);
    const source = `${MANUAL_SOURCE_PREFIX}${ctx.username}`;
    if (input.kind === 'default') {
      // A built-in exception needs a row cancelling it; after the built-in years a row keeps the year's coverage.
      if (BUILTIN_DATES.has(input.date) || yearOf(input.date) > BUILTIN_CALENDAR_LAST_YEAR) {
        upsertCalendarRow(db, { date: input.date, kind: isWeekend(input.date) ? 'holiday' : 'workday', name: null, source });
      } else {
        deleteCalendarRow(db, input.date);
      }
    } else {
      const name = input.name?.trim() || '调休上班';
      upsertCalendarRow(db, { date: input.date, kind: input.kind, name, source });
    }
    const after = dayView(loadCalendar(db), input.date);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'calendar_day', entityKey: input.date, before, after });
    return after;
  });
}
