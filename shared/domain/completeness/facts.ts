/**
 * What the records say about one person on a date D, as far as the completeness items need it (loaded set-based by
 * db/repositories/completeness-repo.ts). Dates are `YYYY-MM-DD`.
 */
import type { RegistrationReason, SpellKind } from '../workbook/records';

export interface RegistrationFact {
  registeredOn: string;
  reason: RegistrationReason;
  cancelledOn: string | null;
}

export interface WishFact {
  /** `null`: recorded without a date (holds for every date). */
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  trainingWanted: string | null;
  noWishReason: string | null;
}

export interface HouseholdFact {
  /** The flags (低保, 城镇户籍, 经营性投资性收入) with a value in force on D. */
  flagsRecorded: number;
  /** A member who is not archived on D has the relation 户主. */
  hasHead: boolean;
}

export interface PolicyBenefitFact {
  date: string;
  /** The benefit type, or the record's content when the type is not recorded (imported records). */
  what: string | null;
}

export interface DestinationFact {
  kind: SpellKind;
  startDate: string;
  employerName: string | null;
  post: string | null;
}

/** The person's own fields and history on D. */
export interface PersonFacts {
  skills: string | null;
  skillLevel: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  household: HouseholdFact;
  /** The wish in force on D (latest dated ≤ D, else the last undated), if any. */
  wish: WishFact | null;
  /** The earliest-starting registration open on D. */
  openRegistration: RegistrationFact | null;
  /** The latest registration dated on or before D (open or not). */
  latestRegistration: RegistrationFact | null;
  /** The last day of the latest employment spell that ended before D. */
  lastSpellEnd: string | null;
  /** The latest policy-benefit service dated on or before D. */
  latestPolicyBenefit: PolicyBenefitFact | null;
  employedOnDate: boolean;
}

/**
 * 十清 applies to a person in U on D ("unemployed"), and — for the employment destination only — to a person who
 * was registered unemployed when a spell that is open on D began within the period ("re-employed").
 */
export type TenClearRole = { kind: 'unemployed' } | { kind: 'reemployed'; destination: DestinationFact };

/** A recognised difficult person's recognition, for 五清. */
export interface RecognitionFact {
  recognisedOn: string;
  /** The 五清 marks recorded on the recognition (seed 003), when any were. */
  marks: Partial<Record<string, { clear: boolean; note?: string | null }>> | null;
}
