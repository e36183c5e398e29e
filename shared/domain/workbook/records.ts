/**
 * A street's data in the standard workbook's terms (docs/workbook-v2.md; versions 1 and 1.1 in ../shared/WORKBOOK.md),
 * normalised: codes and keys instead of database ids, ISO dates, booleans and enum codes instead of 是/否 and Chinese
 * words. The importer produces these from a workbook, the exporter writes them, and the demo generator emits them.
 * Records name each other by key (a 用工单位 by its name, a 援助协议 by its person and signing date …), never by id.
 */
import type { MeasureKind } from '../assistance';

export interface StreetRecord {
  code: string;
  name: string;
  complaintPhone: string | null;
  complaintMailbox: string | null;
}

/** 六到位 (DOMAIN §2): the community platform's six items. */
export const PLATFORM_ITEMS = ['organisation', 'staff', 'funding', 'premises', 'rules', 'results'] as const;
export type PlatformItem = (typeof PLATFORM_ITEMS)[number];

/** One 六到位 item: in place or not, with the evidence note. */
export interface PlatformMark {
  ok: boolean;
  note: string | null;
}

/** The 六到位 checklist as recorded (items not recorded are absent). */
export type PlatformChecklist = Partial<Record<PlatformItem, PlatformMark>>;

export interface CommunityRecord {
  code: string;
  name: string;
  kind: 'community' | 'village';
  /** 联系人及电话 (version 2). */
  contact: string | null;
  /** 六到位 (version 2); null = nothing recorded. */
  platform: PlatformChecklist | null;
}

export interface HouseholdRecord {
  number: string;
  communityCode: string;
  address: string | null;
  urban: boolean;
  dibao: boolean;
  businessIncome: boolean;
}

/**
 * 家庭状况变更 (version 2): the household's flags from a date on (household_flags with an effective date); a null
 * flag is not changed on that date. The 家庭 row holds the values without a date.
 */
export interface HouseholdFlagRecord {
  householdNumber: string;
  effectiveFrom: string;
  dibao: boolean | null;
  urban: boolean | null;
  businessIncome: boolean | null;
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
  /**
   * The 人员 sheet's 就业愿望 columns: a wish without a date (version 1). Null when not given there — the wishes are
   * then only in 就业愿望 (version 2 writes them there).
   */
  hasWish: boolean | null;
  noWishReason: string | null;
  skills: string | null;
  skillLevel: string | null;
  trainingWanted: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  archivedOn: string | null;
  /** 迁出原因 (version 2). */
  archiveReason: string | null;
  /** 迁入日期 (version 2): the first day in the street, when the person arrived later than their first record. */
  arrivedOn: string | null;
}

/** 就业愿望 (version 2): a person's employment wish from `recordedOn` on (null = without a date, holds for every date). */
export interface WishRecord {
  idNumber: string;
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  wishedWage: number | null;
  trainingWanted: string | null;
  noWishReason: string | null;
  /** Recorded as "no wish" after two refused referrals, confirmed by the clerk. */
  deemedByRefusals: boolean;
}

export type SpellKind = 'unit' | 'flexible' | 'self_employed' | 'public_welfare' | 'migrant';

export interface SpellRecord {
  idNumber: string;
  startDate: string;
  endDate: string | null;
  kind: SpellKind;
  employerName: string | null;
  /** 用工单位 (version 2): the employer's name in 用工单位, when the spell is with a registered employer. */
  employer: string | null;
  post: string | null;
  contractSigned: boolean | null;
  socialInsurancePaid: boolean | null;
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

export type ReferralResult = 'hired' | 'refused' | 'pending';

/** A vacancy as another sheet names it: its employer, title and opening day (岗位's key). */
export interface VacancyRef {
  employer: string;
  title: string;
  openedOn: string;
}

/** A person's service record as another sheet names it: its date, kind, content and 序号 (服务记录's key). */
export interface ServiceRef {
  date: string;
  kind: ServiceKind;
  content: string | null;
  seq: number;
}

/** Fields of a 政策落实 record (policy benefit), person or household. */
export interface BenefitFields {
  benefitType: string | null;
  amount: number | null;
  benefitPeriod: string | null;
  approvalNumber: string | null;
}

export interface ServiceRecord extends BenefitFields {
  idNumber: string;
  date: string;
  kind: ServiceKind;
  referralResult: ReferralResult | null;
  content: string | null;
  /** 序号 (version 2): 1, or 2, 3 … for further records of the same person, day, kind and content. */
  seq: number;
  clerk: string | null;
  /** 服务结果: what came of it, in words. */
  outcome: string | null;
  /** When a referral's result (录用/拒绝) became known. */
  referralResultOn: string | null;
  /** The vacancy a 职业介绍 referred to. */
  vacancy: VacancyRef | null;
  course: string | null;
  hours: number | null;
  certificate: string | null;
  /** The 一人一策 agreement (by its signing date) that a 援助协议 or 跟踪回访 record belongs to. */
  agreementSignedOn: string | null;
}

/** 家庭服务记录 (version 2): a service to a household as a whole. */
export interface HouseholdServiceRecord extends BenefitFields {
  householdNumber: string;
  date: string;
  kind: ServiceKind;
  content: string | null;
  seq: number;
  clerk: string | null;
  outcome: string | null;
}

export interface ComplaintRecord {
  communityCode: string;
  date: string;
  content: string;
  /** 是否有效; null = not judged yet. */
  valid: boolean | null;
  seq: number;
  /** 认定日期: the day validity was judged. */
  judgedOn: string | null;
  validityReason: string | null;
  resolution: string | null;
  resolvedOn: string | null;
}

/** 用工单位 (version 2): an employer, named by its name (unique in the street). */
export interface EmployerRecord {
  name: string;
  contact: string | null;
  /** 结对: the community paired with, and since when. */
  pairedCommunityCode: string | null;
  pairedOn: string | null;
}

/** 岗位 (version 2): a vacancy of an employer. */
export interface VacancyRecord extends VacancyRef {
  communityCode: string | null;
  posts: number;
  skills: string | null;
  wage: number | null;
  filledOn: string | null;
  publicWelfare: boolean;
  developedByCommunity: boolean;
}

export type RecognitionCategory = '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';
export const FIVE_CLEAR_KEYS = ['skills', 'jobWish', 'family', 'employment', 'policies'] as const;
export type FiveClearKey = (typeof FIVE_CLEAR_KEYS)[number];
export type FiveClearRecord = Record<FiveClearKey, { clear: boolean; note: string | null }>;

/** 困难认定 (version 2): a difficulty recognition, from application to review and exit. */
export interface RecognitionRecord {
  idNumber: string;
  appliedOn: string;
  category: RecognitionCategory;
  /** 审核结论: null while 已申请待审核. */
  decision: 'recognised' | 'refused' | null;
  reviewedOn: string | null;
  reviewer: string | null;
  reviewNote: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  especiallyDifficult: boolean;
  fiveClear: FiveClearRecord | null;
}

/** 援助协议 (version 2): a 一人一策 agreement, under the recognition applied for on `recognitionAppliedOn`. */
export interface AgreementRecord {
  idNumber: string;
  signedOn: string;
  recognitionAppliedOn: string;
  clerk: string;
  goal: string;
  notes: string | null;
  closedOn: string | null;
  closeReason: string | null;
}

/** 援助措施 (version 2): a planned measure of an agreement, done on a day, optionally by one of the person's services. */
export interface MeasureRecord {
  idNumber: string;
  agreementSignedOn: string;
  kind: MeasureKind;
  description: string;
  plannedOn: string;
  doneOn: string | null;
  service: ServiceRef | null;
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
  employers: EmployerRecord[];
  vacancies: VacancyRecord[];
  households: HouseholdRecord[];
  householdFlags: HouseholdFlagRecord[];
  persons: PersonRecord[];
  /** 移户记录 (optional sheet): a person's moves; a person without any belongs to their 人员 household on every date. */
  moves: MoveRecord[];
  wishes: WishRecord[];
  spells: SpellRecord[];
  registrations: RegistrationRecord[];
  services: ServiceRecord[];
  householdServices: HouseholdServiceRecord[];
  recognitions: RecognitionRecord[];
  agreements: AgreementRecord[];
  measures: MeasureRecord[];
  complaints: ComplaintRecord[];
}
