/** A person's dated history read on one date: employment, registration, wish (DOMAIN.md §3). */
import { addYears } from '../dates';
import { entryInForceOn } from './dated-values';
import type { EmploymentSpell, EmploymentWish, IsoDate, UnemploymentRegistration } from './types';

/** Open spell on D: start ≤ D and (no end or end ≥ D); the end is the last day employed. */
export function isEmployedOn(spells: readonly EmploymentSpell[], date: IsoDate): boolean {
  return spells.some((s) => s.start <= date && (s.end === null || s.end >= date));
}

/** Open registration on D: registeredOn ≤ D and (not cancelled or cancelled after D). */
export function isRegistrationOpenOn(registration: UnemploymentRegistration, date: IsoDate): boolean {
  return registration.registeredOn <= date && (registration.cancelledOn === null || registration.cancelledOn > date);
}

/** The earliest-starting registration open on D, or null. */
export function openRegistrationOn(
  registrations: readonly UnemploymentRegistration[],
  date: IsoDate,
): UnemploymentRegistration | null {
  let found: UnemploymentRegistration | null = null;
  for (const r of registrations) {
    if (isRegistrationOpenOn(r, date) && (found === null || r.registeredOn < found.registeredOn)) found = r;
  }
  return found;
}

/** Long-term: D is after the open registration's first anniversary (D > registeredOn + 1 year). */
export function isLongTermRegisteredOn(registrations: readonly UnemploymentRegistration[], date: IsoDate): boolean {
  const open = openRegistrationOn(registrations, date);
  return open !== null && date > addYears(open.registeredOn, 1);
}

/** The wish in force on D (latest dated ≤ D, else undated); no wish row at all means no wish. */
export function hasWishOn(wishes: readonly EmploymentWish[], date: IsoDate): boolean {
  return entryInForceOn(wishes, (w) => w.recordedOn, date)?.hasWish ?? false;
}
