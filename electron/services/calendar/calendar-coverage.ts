/** calendar.coverage: the covered years and those the date (and today) need but lack — the 待办 and 考核 banner. */
import type { CalendarCoverageCheck } from '../../../shared/contract/calendar';
import { coverageMessage, missingCalendarYears } from '../../../shared/domain/calendar/coverage-rule';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';

export function calendarCoverage(calendar: WorkingCalendar, asOf: string, today: string): CalendarCoverageCheck {
  const { firstYear, lastYear } = calendar;
  const missingYears = missingCalendarYears({ asOf, today, firstYear, lastYear });
  return { firstYear, lastYear, missingYears, message: coverageMessage(missingYears) };
}
