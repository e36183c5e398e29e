/**
 * Durations in calendar months (DOMAIN.md §3–§4), clamped to the end of the month: a zero-employment family present
 * at D longer than N months (D after its appearance date + N months) fails the clearance item, one within its
 * months is pending; an open registration is long-term when D is after its registration date + N months.
 */
import { addMonthsClamped } from '../dates';

/** The last day a family appeared on `appeared` may still be present without failing. */
export function clearanceDeadline(appeared: string, months: number): string {
  return addMonthsClamped(appeared, months);
}

export function isOverdueFamily(appeared: string, asOf: string, months: number): boolean {
  return asOf > clearanceDeadline(appeared, months);
}

/** The last day a registration dated `registeredOn` is not yet long-term. */
export function longTermFrom(registeredOn: string, months: number): string {
  return addMonthsClamped(registeredOn, months);
}

export function isLongTermOn(registeredOn: string, asOf: string, months: number): boolean {
  return asOf > longTermFrom(registeredOn, months);
}
