/** A person's place in the derived populations on a date D (DOMAIN.md §3). */
import { hasWishOn, isEmployedOn, isLongTermRegisteredOn, openRegistrationOn } from './history-facts';
import type { PopulationSettings } from './settings';
import { membershipOn } from './membership';
import type { IsoDate, PersonHistory, PopulationPerson } from './types';
import { ageOn, isWorkingAgeOn } from './working-age';

export interface PersonState {
  /** Completed years on D. */
  age: number;
  /** Archived on or before D. */
  archived: boolean;
  /** Belongs to a household of the street on D (PopulationPerson.presence). */
  inStreet: boolean;
  workingAge: boolean;
  /** LF: in the street, working age, able to work, not a student, not retired, not archived. */
  labourResource: boolean;
  wish: boolean;
  /** LF with a wish. */
  lfw: boolean;
  /** Has an open employment spell of any kind. */
  employed: boolean;
  /** LFW and not employed. */
  unemployed: boolean;
  /** Has an open unemployment registration. */
  registered: boolean;
  /** Registered, and D is after the open registration's first anniversary. */
  longTermUnemployed: boolean;
  /** Within working age, women from `age4050.women`, men from `age4050.men`. */
  is4050: boolean;
}

export function isArchivedOn(person: Pick<PopulationPerson, 'archivedOn'>, date: IsoDate): boolean {
  return person.archivedOn !== null && person.archivedOn <= date;
}

/** In a household of the street on D: within one of the presence periods (none recorded = always). */
export function isInStreetOn(person: Pick<PopulationPerson, 'presence'>, date: IsoDate): boolean {
  return person.presence === undefined || membershipOn(person.presence, date) !== null;
}

export function personStateOn(
  person: PopulationPerson,
  history: PersonHistory,
  date: IsoDate,
  settings: PopulationSettings,
): PersonState {
  const age = ageOn(person.birthDate, date);
  const archived = isArchivedOn(person, date);
  const inStreet = isInStreetOn(person, date);
  const workingAge = isWorkingAgeOn(person, date, settings);
  const labourResource =
    workingAge && person.workAbility !== 'none' && !person.isStudent && !person.isRetired && !archived && inStreet;
  const wish = hasWishOn(history.wishes, date);
  const lfw = labourResource && wish;
  const employed = isEmployedOn(history.spells, date);
  const registered = openRegistrationOn(history.registrations, date) !== null;
  const age4050 = person.gender === 'F' ? settings.age4050.women : settings.age4050.men;
  return {
    age,
    archived,
    inStreet,
    workingAge,
    labourResource,
    wish,
    lfw,
    employed,
    unemployed: lfw && !employed,
    registered,
    longTermUnemployed: registered && isLongTermRegisteredOn(history.registrations, date),
    is4050: workingAge && age >= age4050,
  };
}
