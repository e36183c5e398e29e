/**
 * The worklist's date rules (DOMAIN.md §6), pure: deadlines, milestones and windows. Adding months clamps to the end
 * of the month (shared/domain/dates.ts); windows are inclusive at both ends.
 */
import type { CalendarAnswer, WorkingCalendar } from '../calendar/working-days';
import { addDays, addMonthsClamped, addYears } from '../dates';
import type { WorklistStatus } from './kinds';

/** A deadline: due up to and including `dueOn`, overdue from the day after. */
export function deadlineStatus(dueOn: string, asOf: string): Extract<WorklistStatus, 'due' | 'overdue'> {
  return asOf > dueOn ? 'overdue' : 'due';
}

/** An event ahead: upcoming before its day, due on it. */
export function eventStatus(on: string, asOf: string): Extract<WorklistStatus, 'due' | 'upcoming'> {
  return on > asOf ? 'upcoming' : 'due';
}

/** The last day of "the next `days` days" from D: D + days − 1 (D itself is the first of them). */
export function lastOfNextDays(asOf: string, days: number): string {
  return addDays(asOf, days - 1);
}

/** "In the next `days` days": `asOf` ≤ `date` ≤ `asOf` + `days` − 1 (30 days: D … D + 29). */
export function withinNextDays(date: string, asOf: string, days: number): boolean {
  return date >= asOf && date <= lastOfNextDays(asOf, days);
}

/** Guidance is due by the n-th working day after the registration day (day 0). */
export function guidanceDeadline(calendar: WorkingCalendar, registeredOn: string, workingDays: number): CalendarAnswer<string> {
  return calendar.addWorkingDays(registeredOn, workingDays);
}

/**
 * The largest reminder month an open registration has reached on `asOf` (registeredOn + months ≤ asOf), or null
 * before the first one: with [9, 11], a registration of 2025-05-31 reaches 9 months on 2026-02-28.
 */
export function registrationMilestone(registeredOn: string, asOf: string, months: readonly number[]): number | null {
  let reached: number | null = null;
  for (const m of months) if (addMonthsClamped(registeredOn, m) <= asOf) reached = m;
  return reached;
}

/** The registration's first anniversary: long-term unemployed from the day after (DOMAIN §3). */
export function registrationAnniversary(registeredOn: string): string {
  return addYears(registeredOn, 1);
}

/** The next follow-up visit: `interval` months after the last one since `since`, else after `since` itself. */
export function followUpDueOn(since: string, lastVisit: string | null, intervalMonths: number): string {
  const base = lastVisit !== null && lastVisit >= since ? lastVisit : since;
  return addMonthsClamped(base, intervalMonths);
}

/** A dated item shows `leadDays` before its day and stays until done. */
export function showsFrom(dueOn: string, leadDays: number): string {
  return addDays(dueOn, -leadDays);
}
