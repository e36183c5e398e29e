/**
 * Working age (法定劳动年龄, DOMAIN.md §3): from the 16th birthday (inclusive) to the day before the statutory
 * retirement date.
 */
import { addYears, completedYears } from '../dates';
import { retirementDate, type RetirementSubject } from './retirement';
import type { PopulationSettings } from './settings';
import type { IsoDate } from './types';

/** Not a choice: the Labour Law's minimum working age. */
export const WORKING_AGE_FROM_YEARS = 16;

/** The first day of working age: the 16th birthday. */
export function workingAgeStart(birthDate: IsoDate): IsoDate {
  return addYears(birthDate, WORKING_AGE_FROM_YEARS);
}

export function isWorkingAgeOn(person: RetirementSubject, date: IsoDate, settings: PopulationSettings): boolean {
  return date >= workingAgeStart(person.birthDate) && date < retirementDate(person, settings);
}

/** Age in completed years on a date. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  return completedYears(birthDate, date);
}
