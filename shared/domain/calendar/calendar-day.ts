/**
 * The exceptions to the Monday–Friday week: public holidays and official make-up workdays (调休上班). Their day
 * arithmetic is the date module's (shared/domain/dates.ts).
 */

/** `holiday`: no work that day (a public holiday or a day in lieu, 调休放假); `workday`: a make-up workday on a weekend. */
export type CalendarDayKind = 'holiday' | 'workday';

/** One row of `calendar_days` without its `source`. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** Chinese: 春节, 国庆节, 春节调休上班… */
  name: string;
}
