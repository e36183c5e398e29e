/**
 * A street's data in the standard workbook's terms (../shared/WORKBOOK.md, version 1.1), normalised: codes and keys
 * instead of database ids, ISO dates, booleans and enum codes instead of 是/否 and Chinese words.
 * The importer produces these from a workbook, the exporter writes them, and the demo generator emits them.
 */

export interface StreetRecord {
  code: string;
  name: string;
  complaintPhone: string | null;
  complaintMailbox: string | null;
}

export interface CommunityRecord {
  code: string;
  name: string;
  kind: 'community' | 'village';
}

export interface HouseholdRecord {
  number: string;
  communityCode: string;
  address: string | null;
  urban: boolean;
  dibao: boolean;
  businessIncome: boolean;
}

export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'other';
export type Education = 'primary' | 'junior' | 'senior' | 'secondary_vocational' | 'college' | 'bachelor' | 'postgraduate';
export type WorkAbility = 'full' | 'partial' | 'none';

export interface PersonRecord {
  idNumber: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  householdNumber: string;
  relation: Relation;
  phone: string | null;
  education: Education | null;
  workAbility: WorkAbility;
  isStudent: boolean;
  isRetired: boolean;
  retirementBase: 50 | 55 | null;
  migrantWorker: boolean;
  veteran: boolean;
  graduationYear: number | null;
  hasWish: boolean;
  noWishReason: string | null;
  skills: string | null;
  skillLevel: string | null;
  trainingWanted: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  archivedOn: string | null;
}

export type SpellKind = 'unit' | 'flexible' | 'self_employed' | 'public_welfare' | 'migrant';

export interface SpellRecord {
  idNumber: string;
  startDate: string;
  endDate: string | null;
  kind: SpellKind;
  employerName: string | null;
}

export type RegistrationReason = 'laid_off' | 'unemployed' | 'graduate' | 'veteran' | 'returnee' | 'other';

export interface RegistrationRecord {
  idNumber: string;
  registeredOn: string;
  reason: RegistrationReason;
  cancelledOn: string | null;
  cancelReason: string | null;
}

/** The nine kinds of service (DOMAIN §2), the one list the schema, the contracts and the workbook use. */
export const SERVICE_KINDS = [
  'guidance',
  'referral',
  'training',
  'policy_benefit',
  'public_welfare_post',
  'follow_up',
  'assistance_agreement',
  'commitment',
  'job_preparation',
] as const;

export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface ServiceRecord {
  idNumber: string;
  date: string;
  kind: ServiceKind;
  referralResult: 'hired' | 'refused' | 'pending' | null;
  content: string | null;
}

export interface ComplaintRecord {
  communityCode: string;
  date: string;
  content: string;
  valid: boolean;
}

/** A move between households (移户记录, workbook version 1.1): the first day in the new household. */
export interface MoveRecord {
  idNumber: string;
  movedOn: string;
  fromHouseholdNumber: string;
  /** The relation in the old household, when recorded. */
  fromRelation: Relation | null;
  toHouseholdNumber: string;
  toRelation: Relation;
}

/** A whole street, sheet by sheet. */
export interface StreetData {
  street: StreetRecord | null;
  communities: CommunityRecord[];
  households: HouseholdRecord[];
  persons: PersonRecord[];
  spells: SpellRecord[];
  registrations: RegistrationRecord[];
  services: ServiceRecord[];
  complaints: ComplaintRecord[];
  /** 移户记录 (optional sheet): a person's moves; a person without any belongs to their 人员 household on every date. */
  moves: MoveRecord[];
}
