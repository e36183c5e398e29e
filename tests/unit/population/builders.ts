/** Small builders for population inputs: a person able and willing to work, with no history unless told. */
import type {
  EmploymentSpell,
  FamilyMember,
  HouseholdFlagEntry,
  PersonHistory,
  PopulationPerson,
} from '../../../shared/domain/population/types';

export function makePerson(overrides: Partial<PopulationPerson> = {}): PopulationPerson {
  return {
    idNumber: '110105198504100011',
    gender: 'M',
    birthDate: '1985-04-10',
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    retirementBase: null,
    archivedOn: null,
    householdId: 1,
    relation: 'head',
    migrantWorker: false,
    ...overrides,
  };
}

/** Default: no spells, no registrations, an undated wish to work. */
export function makeHistory(overrides: Partial<PersonHistory> = {}): PersonHistory {
  return { spells: [], registrations: [], wishes: [{ recordedOn: null, hasWish: true }], ...overrides };
}

export function member(person: Partial<PopulationPerson>, history: Partial<PersonHistory> = {}): FamilyMember {
  return { person: makePerson(person), history: makeHistory(history) };
}

export function spell(start: string, end: string | null = null): EmploymentSpell {
  return { start, end };
}

export function flag(
  name: HouseholdFlagEntry['flag'],
  value: boolean,
  effectiveFrom: string | null = null,
): HouseholdFlagEntry {
  return { flag: name, value, effectiveFrom };
}
