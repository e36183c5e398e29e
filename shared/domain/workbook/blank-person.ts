import type { PersonRecord } from './records';

/** What a new person's record cannot do without: who, born when, in which household as what. */
export type PersonIdentity = Pick<PersonRecord, 'idNumber' | 'name' | 'gender' | 'birthDate' | 'householdNumber' | 'relation'>;

/**
 * A new person's record with nothing known beyond `identity`: able to work, no student, retiree, migrant worker or
 * veteran, no wish given, every other field empty. The demo and the ledger import fill in what they know.
 */
export function blankPerson(identity: PersonIdentity): PersonRecord {
  return {
    ...identity,
    phone: null,
    education: null,
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    retirementBase: null,
    migrantWorker: false,
    veteran: false,
    graduationYear: null,
    hasWish: null,
    noWishReason: null,
    skills: null,
    skillLevel: null,
    trainingWanted: null,
    socialInsurance: null,
    policiesEnjoyed: null,
    archivedOn: null,
    archiveReason: null,
    arrivedOn: null,
  };
}
