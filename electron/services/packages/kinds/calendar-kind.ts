/**
 * 节假日安排: the holidays and make-up workdays of one year as the install's calendar has them; on import the
 * year's whole arrangement replaces what the install had for it, exactly as a bureau calendar file does
 * (electron/services/calendar/import-plan.ts), and the covered years must stay contiguous.
 */
import { AppError } from '../../../../shared/app-error';
import type { CalendarDayRecord, CalendarYearRecord } from '../../../../shared/contract/package-records';
import type { CalendarFile } from '../../../../shared/domain/calendar/calendar-file';
import { addDays as addCalendarDays } from '../../../../shared/domain/dates';
import { arrangementYear } from '../../../../shared/domain/calendar/calendar-file-checks';
import { entityPath } from '../../../../shared/domain/packages/kinds';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { deleteCalendarRowsBetween, listCalendarRows, writeCalendarRows } from '../../../../db/repositories/calendar/calendar-repo';
import { coverageProblems, planCalendarImport } from '../../calendar/import-plan';
import { IMPORT_SOURCE_PREFIX, loadCalendar, mergeCalendar } from '../../calendar/load-calendar';
import type { KindModule } from './kind-module';
import { conflict, counts, recordsOf, yearPeriod } from './kind-module';

export const calendarKind: KindModule = {
  export({ db, year, today }) {
    const { calendar } = loadCalendar(db);
    const y = year ?? Math.max(calendar.firstYear, Math.min(calendar.lastYear, Number(today.slice(0, 4)) + 1));
    if (y < calendar.firstYear || y > calendar.lastYear) {
      throw new AppError('REJECTED', `本机日历没有 ${y} 年的节假日安排（覆盖 ${calendar.firstYear}–${calendar.lastYear} 年），不能导出；请先导入该年的日历`);
    }
    const days: CalendarDayRecord[] = [];
    // The year's arrangement: its own days, and late-December days of the year before that belong to its 元旦.
    for (let date = `${y - 1}-12-25`; date <= `${y}-12-31`; date = addCalendarDays(date, 1)) {
      const day = calendar.exceptionOn(date);
      if (day) days.push({ date, kind: day.kind, name: day.name });
    }
    const years: CalendarYearRecord[] = [{ year: y, source: null }];
    return { entities: [{ entity: 'calendarYears', records: years }, { entity: 'calendarDays', records: days }], period: yearPeriod(y), notes: [] };
  },
  plan({ db, fileName, contentSha256 }, records) {
    const years = recordsOf<CalendarYearRecord>(records, 'calendarYears');
    const days = recordsOf<CalendarDayRecord>(records, 'calendarDays');
    const yearList = years.items.map((y) => y.year).sort((a, b) => a - b);
    const file: CalendarFile = {
      format: 'json',
      years: yearList,
      source: years.items.find((y) => y.source)?.source ?? null,
      days: [...days.items].sort((a, b) => (a.date < b.date ? -1 : 1)),
    };
    const existing = listCalendarRows(db);
    const before = mergeCalendar(existing).calendar;
    const conflicts = coverageProblems(yearList, before.firstYear, before.lastYear).map((p) =>
      conflict('calendarYears', entityPath('calendarYears'), undefined, yearList.join('、'), p.message),
    );
    const plan = planCalendarImport(file, existing, before.lastYear, `${IMPORT_SOURCE_PREFIX}${contentSha256}`);
    const dayCounts = counts();
    const touchedYears = new Set<number>();
    const yearSet = new Set(yearList);
    for (const day of file.days) {
      const was = before.exceptionOn(day.date);
      if (!was) dayCounts.new += 1;
      else if (was.kind === day.kind && was.name === day.name) {
        dayCounts.unchanged += 1;
        continue;
      } else dayCounts.changed += 1;
      touchedYears.add(arrangementYear(day.date, yearSet));
    }
    // A day the year had as an exception that the file does not list goes back to the weekly rule.
    const listed = new Set(file.days.map((d) => d.date));
    for (const row of plan.rows) {
      if (listed.has(row.date) || !before.exceptionOn(row.date)) continue;
      dayCounts.changed += 1;
      touchedYears.add(arrangementYear(row.date, yearSet));
    }
    const yearCounts = counts();
    for (const y of yearList) {
      if (y > before.lastYear) yearCounts.new += 1;
      else if (touchedYears.has(y)) yearCounts.changed += 1;
      else yearCounts.unchanged += 1;
    }
    yearCounts.conflicts = conflicts.length;
    const notes = plan.replaced.some((r) => r.source.startsWith('manual:'))
      ? [`本机在这些年份有人工修改过的日期（${plan.replaced.filter((r) => r.source.startsWith('manual:')).length} 天），导入后以本包为准。`]
      : [];
    return {
      summary: { calendarYears: yearCounts, calendarDays: dayCounts },
      conflicts,
      notes,
      apply(ctx) {
        for (const range of plan.ranges) deleteCalendarRowsBetween(db, range.from, range.to);
        writeCalendarRows(db, plan.rows);
        recordAudit(db, {
          username: ctx.username,
          action: 'import',
          entity: 'calendar',
          entityKey: yearList.join(','),
          before: plan.replaced,
          after: { fileName, sha256: contentSha256, years: yearList, days: file.days.length },
        });
      },
    };
  },
};
