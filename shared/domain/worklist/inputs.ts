/**
 * What the worklist rules read (loaded set-based by db/repositories/worklist-*.ts): plain records as of a date D.
 * A row draft is a worklist row before the service adds the community's name, the clerk and the link.
 */
import type { WorklistRow } from './kinds';

export interface PersonRef {
  id: number;
  idNumber: string;
  name: string;
  communityId: number;
}

export interface HouseholdRef {
  id: number;
  number: string;
  /** The head's name (户主), else the first member's; null for a household with no members. */
  headName: string | null;
  communityId: number;
}

export type RowDraft = Omit<WorklistRow, 'communityName' | 'communityCode' | 'clerk' | 'link'>;

/** A registration open on D, with the first guidance dated from its registration day to D. */
export interface OpenRegistration {
  registrationId: number;
  person: PersonRef;
  registeredOn: string;
  firstGuidanceOn: string | null;
}

export interface ZeroFamily {
  household: HouseholdRef;
  appeared: string;
  /** The latest follow-up visit to the household or any member, on or before D. */
  lastFollowUpOn: string | null;
}

/** A difficulty recognition in force on D. */
export interface RecognisedPerson {
  recognitionId: number;
  person: PersonRef;
  recognisedOn: string;
  especiallyDifficult: boolean;
  /** The first 即时就业承诺 record dated from the recognition to D. */
  commitmentOn: string | null;
  lastFollowUpOn: string | null;
  employed: boolean;
}

export interface AgeSubject {
  person: PersonRef;
  gender: 'M' | 'F';
  birthDate: string;
  /** The first day past working age (derived, under the population settings in force). */
  retirementOn: string;
}

export interface RefusalSubject {
  person: PersonRef;
  /** The wish in force on D (it says yes); null = recorded without a date. */
  wishRecordedOn: string | null;
  /** Refused referrals dated on or before D, any date, ascending. */
  refusalDates: readonly string[];
}

/** A community's latest saved assessment on or before D. */
export interface LatestAssessment {
  communityId: number;
  communityCode: string;
  communityName: string;
  assessmentId: number;
  asOf: string;
  verdict: 'pass' | 'fail' | 'incomplete';
  standardName: string;
}
