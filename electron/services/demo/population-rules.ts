/**
 * The population rules the demo street is generated under — the shared ones (shared/domain/population) with the
 * default population settings (DOMAIN §3: men 60, women 55, 50-base women 50, each raised by the 2025 reform), so
 * the demo's ages agree with what the app computes — on the generator's day numbers.
 */
import { retirementDate } from '../../../shared/domain/population/retirement';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import { WORKING_AGE_FROM_YEARS } from '../../../shared/domain/population/working-age';
import { addYearsToDay, dayOf, isoOf } from '../../../shared/domain/dates';

/** Retirement days already computed, by birth day and category: a large street has far fewer birthdays than persons. */
const retirementDays = new Map<number, number>();

/** The statutory retirement date (the first day no longer of working age). A null base means the default, 55. */
export function retirementDay(gender: 'M' | 'F', base: 50 | 55 | null, birthDay: number): number {
  const key = birthDay * 4 + (gender === 'M' ? 0 : base === 50 ? 1 : base === 55 ? 2 : 3);
  let day = retirementDays.get(key);
  if (day === undefined) {
    day = dayOf(retirementDate({ gender, birthDate: isoOf(birthDay), retirementBase: base }, DEFAULT_POPULATION_SETTINGS));
    retirementDays.set(key, day);
  }
  return day;
}

/** The first day of working age: the 16th birthday (day numbers add years clamped, as the shared dates do). */
export function sixteenthBirthday(birthDay: number): number {
  return addYearsToDay(birthDay, WORKING_AGE_FROM_YEARS);
}
