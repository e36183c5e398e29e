/**
 * "Re-employed in the period" (DOMAIN §5), one definition shared by the re-employment rate and the 十清 population:
 * unemployed on some day of the period — an unemployment registration open on some day of it (registered on or
 * before its last day, not cancelled on or before its first) — and employed on D, in LFW with a spell open on D.
 * So a person whose registration was cancelled on the period's first day is not re-employed in it, whenever their
 * job began.
 */
import type { PersonState } from './person-state';
import type { DateRange, UnemploymentRegistration } from './types';

/** A registration open on at least one day of the period (both ends inclusive). */
export function wasRegisteredDuring(registrations: readonly UnemploymentRegistration[], period: DateRange): boolean {
  return registrations.some((r) => r.registeredOn <= period.to && (r.cancelledOn === null || r.cancelledOn > period.from));
}

/** The re-employment rate's numerator, person by person: `state` is the person's state on D (= period.to). */
export function isReemployedInPeriod(state: PersonState, registrations: readonly UnemploymentRegistration[], period: DateRange): boolean {
  return state.lfw && state.employed && wasRegisteredDuring(registrations, period);
}
