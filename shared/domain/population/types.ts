/**
 * Plain inputs for the derived populations (DOMAIN.md §3), close to the database columns (db/schema.ts).
 * Dates are `YYYY-MM-DD` strings; `null` on a date means "recorded without a date", which counts for every date.
 */

export type IsoDate = string;

export type Gender = 'M' | 'F';
export type WorkAbility = 'full' | 'partial' | 'none';
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'other';
/** Women only: a "50-base" (e.g. manual worker) or "55-base" retirement category. */
export type RetirementBase = 50 | 55;

/** A person's undated facts (the `persons` row). */
export interface PopulationPerson {
  idNumber: string;
  gender: Gender;
  birthDate: IsoDate;
  workAbility: WorkAbility;
  isStudent: boolean;
  isRetired: boolean;
  /** Women only; `null` = the settings' default base. Ignored for men. */
  retirementBase: RetirementBase | null;
  /** Archived (moved away etc.) from this date on; `null` = not archived. */
  archivedOn: IsoDate | null;
  /**
   * The periods in which the person belongs to a household of the street (household_memberships); absent = on
   * every date. On a date outside them the person is not in the street: in no community, not in labour resources.
   */
  presence?: readonly { from: IsoDate | null; to: IsoDate | null }[];
  householdId: number;
  relation: Relation;
  migrantWorker: boolean;
}

/** An employment spell; `end` is the last day employed, `null` = still employed. */
export interface EmploymentSpell {
  start: IsoDate;
  end: IsoDate | null;
}

/** An unemployment registration; it is no longer open on `cancelledOn`. */
export interface UnemploymentRegistration {
  registeredOn: IsoDate;
  cancelledOn: IsoDate | null;
}

/** An employment wish; `recordedOn: null` holds for every date. */
export interface EmploymentWish {
  recordedOn: IsoDate | null;
  hasWish: boolean;
}

/** A person's dated history. */
export interface PersonHistory {
  spells: readonly EmploymentSpell[];
  registrations: readonly UnemploymentRegistration[];
  wishes: readonly EmploymentWish[];
}

export type HouseholdFlagName = 'dibao' | 'urban' | 'business_income';

/** A dated household flag (the `household_flags` row); `effectiveFrom: null` holds for every date. */
export interface HouseholdFlagEntry {
  flag: HouseholdFlagName;
  value: boolean;
  effectiveFrom: IsoDate | null;
}

export interface FamilyMember {
  person: PopulationPerson;
  history: PersonHistory;
  /**
   * The period this entry is a member of the household, with the relation then (a person who left and came back
   * is two entries). Absent = a member on every date with `person.relation`.
   */
  membership?: { relation: Relation; from: IsoDate | null; to: IsoDate | null };
  /**
   * The person's working age as stored with the person (persons.working_age_from, retirement_on: from `from`
   * inclusive to `until` exclusive), given only when it is current under the settings the family is evaluated with;
   * computed from the person when absent.
   */
  workingAge?: { from: IsoDate; until: IsoDate };
}

/**
 * One household with its flags and all its members over time: one entry per membership period (archived members
 * included: archiving takes effect on its date).
 */
export interface FamilyInput {
  flags: readonly HouseholdFlagEntry[];
  members: readonly FamilyMember[];
}

/** Inclusive at both ends. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}
