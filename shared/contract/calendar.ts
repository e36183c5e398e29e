/**
 * The working-day calendar (DOMAIN §4 deadlines, issue #6 item 1): a month as the 设置 grid shows it, editing one
 * day, importing a bureau's calendar file for later years, and "the n-th working day after D".
 */
import { z } from 'zod';
import { IsoDate } from './common';
import { FileRef } from './workbook';

/** How a day counts: a plain weekday or weekend, a holiday (any day of the week), or a make-up Saturday/Sunday (调休上班, 班). */
export const CalendarDayView = z.enum(['workday', 'weekend', 'holiday', 'makeup_workday']);
export type CalendarDayView = z.infer<typeof CalendarDayView>;

/** Where a day's arrangement comes from: built in (chinese-days, or the plain week), an imported file, an edit in 设置. */
export const CalendarSource = z.enum(['builtin', 'import', 'manual']);

export const CalendarCoverage = z.object({ firstYear: z.number().int(), lastYear: z.number().int() });
export type CalendarCoverage = z.infer<typeof CalendarCoverage>;

export const CalendarMonthDay = z.object({
  date: z.string(),
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  kind: CalendarDayView,
  /** The holiday's or make-up day's name (春节, 国庆节调休上班); null on a plain day. */
  name: z.string().nullable(),
  source: CalendarSource,
  /** Whether the day counts as a working day. */
  working: z.boolean(),
});
export type CalendarMonthDay = z.infer<typeof CalendarMonthDay>;

export const CalendarMonth = z.object({
  year: z.number().int(),
  month: z.number().int(),
  /** The service's today, for outlining it. */
  today: z.string(),
  days: z.array(CalendarMonthDay),
  coverage: CalendarCoverage,
  /** Set when the month lies outside the covered years: its days follow the plain week and may be wrong. */
  warning: z.string().nullable(),
});
export type CalendarMonth = z.infer<typeof CalendarMonth>;

export const CalendarMonthInput = z.strictObject({
  year: z.number({ message: '年份应为数字' }).int({ message: '年份应为整数' }).min(1949, { message: '年份不能早于 1949' }).max(2200, { message: '年份不能晚于 2200' }),
  month: z.number({ message: '月份应为数字' }).int({ message: '月份应为整数' }).min(1, { message: '月份应在 1–12 之间' }).max(12, { message: '月份应在 1–12 之间' }),
});

export const SetCalendarDayInput = z.strictObject({
  date: IsoDate,
  /** `default`: follow the Monday–Friday rule (cancels a holiday or make-up day). */
  kind: z.enum(['holiday', 'workday', 'default'], { message: '类型应为“放假”“调休上班”或“按周规则”' }),
  name: z.string().trim().max(40, { message: '名称不能超过 40 个字' }).nullish(),
});
export type SetCalendarDayInput = z.infer<typeof SetCalendarDayInput>;

export const CalendarFileProblem = z.object({
  /** 1-based line of the file; null for the whole file or a whole year. */
  line: z.number().int().nullable(),
  /** The field as the file names it (日期/类型/名称 in CSV; date/kind/name/year in JSON). */
  field: z.string().nullable(),
  message: z.string(),
});
export type CalendarFileProblem = z.infer<typeof CalendarFileProblem>;

export const CalendarImportResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    fileName: z.string(),
    sha256: z.string(),
    format: z.enum(['csv', 'json']),
    /** The whole years the file covers. */
    years: z.array(z.number().int()),
    holidays: z.number().int(),
    workdays: z.number().int(),
    /** Rows of those years that were there before (earlier imports, manual edits) and were replaced. */
    replaced: z.number().int(),
    coverage: CalendarCoverage,
  }),
  z.object({
    ok: z.literal(false),
    fileName: z.string(),
    /** Every problem, in line order; nothing was written. */
    problems: z.array(CalendarFileProblem),
  }),
]);
export type CalendarImportResult = z.infer<typeof CalendarImportResult>;

export const WorkingDayAfterInput = z.strictObject({
  date: IsoDate,
  n: z.number({ message: '工作日数应为数字' }).int({ message: '工作日数应为整数' }).min(0, { message: '工作日数不能为负' }).max(400, { message: '工作日数不能超过 400' }),
});

export const WorkingDayAfter = z.object({
  date: z.string(),
  /** False when a day it depended on lies in a year whose arrangements are not known. */
  certain: z.boolean(),
  warning: z.string().nullable(),
});
export type WorkingDayAfter = z.infer<typeof WorkingDayAfter>;

export const CalendarCoverageCheck = z.object({
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Years whose holidays are needed on the date (and today) and not known: shared/domain/calendar/coverage-rule.ts. */
  missingYears: z.array(z.number().int()),
  /** The banner's text; null when nothing is missing. */
  message: z.string().nullable(),
});
export type CalendarCoverageCheck = z.infer<typeof CalendarCoverageCheck>;

export const calendarContract = {
  'calendar.coverage': { input: z.strictObject({ asOf: IsoDate }), output: CalendarCoverageCheck, access: 'read' },
  'calendar.month': { input: CalendarMonthInput, output: CalendarMonth, access: 'read' },
  'calendar.setDay': { input: SetCalendarDayInput, output: CalendarMonthDay, access: 'admin' },
  'calendar.import': { input: z.strictObject({ file: FileRef }), output: CalendarImportResult, access: 'admin' },
  'calendar.workingDayAfter': { input: WorkingDayAfterInput, output: WorkingDayAfter, access: 'read' },
} as const;
