/**
 * One schema per data file of each package kind (docs/packages.md): every line of a data file is one JSON object
 * that must pass its entity's schema. The transfer's records are the standard workbook's (shared/domain/workbook/
 * records.ts) with codes instead of Chinese words; their checks across records are the workbook's own.
 */
import { z } from 'zod';
import type { EntityName, PackageKind } from '../domain/packages/kinds';
import { MEASURE_KINDS } from '../domain/assistance';
import type {
  AgreementRecord,
  ComplaintRecord,
  HouseholdFlagRecord,
  HouseholdRecord,
  HouseholdServiceRecord,
  MeasureRecord,
  PersonRecord,
  RecognitionRecord,
  RegistrationRecord,
  ServiceRecord,
  SpellRecord,
  WishRecord,
} from '../domain/workbook/records';
import { FIVE_CLEAR_KEYS, PLATFORM_ITEMS, SERVICE_KINDS } from '../domain/workbook/records';
import { AssessmentRun, UnitResult } from './assessment';
import { CommunityCode, IsoDate, StreetCode } from './common';
import { PopulationSettings, SnapshotCounts } from './population';
import { StandardDefinition } from './standards';
import { WorklistSettings } from './worklist';
import { PrintSettings } from './street';

const Text = (max: number) => z.string().max(max);
const Name = (max: number) => z.string().trim().min(1, { message: '不能为空' }).max(max);
const Year = z.number().int().min(1949).max(2200);

// ------------------------------------------------------------------ standard, calendar, parameters, code list

export const StandardRecord = StandardDefinition;

export const CalendarYearRecord = z.strictObject({ year: Year, source: Text(200).nullable() });
export type CalendarYearRecord = z.infer<typeof CalendarYearRecord>;

export const CalendarDayRecord = z.strictObject({ date: IsoDate, kind: z.enum(['holiday', 'workday']), name: Name(40) });
export type CalendarDayRecord = z.infer<typeof CalendarDayRecord>;

export const ParameterRecord = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('population'), value: PopulationSettings }),
  z.strictObject({ key: z.literal('worklist'), value: WorklistSettings }),
  z.strictObject({ key: z.literal('masking'), value: PrintSettings.shape.masking }),
]);
export type ParameterRecord = z.infer<typeof ParameterRecord>;

const CommunityKind = z.enum(['community', 'village']);

export const CodeListCommunityRecord = z.strictObject({ code: CommunityCode, name: Name(40), kind: CommunityKind });
export type CodeListCommunityRecord = z.infer<typeof CodeListCommunityRecord>;

// ------------------------------------------------------------------ bureau verdicts, annual submission

export const VERDICT_RESULTS = ['pass', 'fail', 'excellent'] as const;
export const VerdictResult = z.enum(VERDICT_RESULTS);
export type VerdictResult = z.infer<typeof VerdictResult>;
export const VERDICT_RESULT_LABEL: Readonly<Record<VerdictResult, string>> = { pass: '达标', fail: '不达标', excellent: '达标（优秀）' };

export const VerdictRecord = z.strictObject({
  year: Year,
  communityCode: CommunityCode,
  communityName: Name(40),
  result: VerdictResult,
  /** The star level awarded (0–5), if the bureau rates stars. */
  stars: z.number().int().min(0).max(5).nullable(),
  decidedOn: IsoDate,
  /** The bureau that decided (its name). */
  decidedBy: Name(60),
  note: Text(500).nullable(),
});
export type VerdictRecord = z.infer<typeof VerdictRecord>;

/** The one line of `submission`: the frozen run's header, the street's own result and totals. */
export const SubmissionRecord = z.strictObject({
  year: Year,
  street: z.strictObject({ code: StreetCode, name: Name(40) }),
  standard: z.strictObject({ id: z.string().max(64), version: z.string().max(30), name: z.string().max(100), source: z.string().max(300), example: z.boolean() }),
  asOf: IsoDate,
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  computedAt: z.string().max(40),
  frozenAt: z.string().max(40),
  frozenBy: Name(60),
  note: Text(500).nullable(),
  warnings: AssessmentRun.shape.warnings,
  calendar: AssessmentRun.shape.calendar,
  streetResult: UnitResult,
  totals: SnapshotCounts,
  /** Community codes recommended as excellent (each passed). */
  recommended: z.array(CommunityCode),
});
export type SubmissionRecord = z.infer<typeof SubmissionRecord>;

/** One community of the submission: its whole assessment result (every item) and its population counts. */
export const CommunityResultRecord = z.strictObject({
  code: CommunityCode,
  name: Name(40),
  recommendedExcellent: z.boolean(),
  result: UnitResult,
  counts: SnapshotCounts.nullable(),
});
export type CommunityResultRecord = z.infer<typeof CommunityResultRecord>;

// ------------------------------------------------------------------ community transfer

const PlatformMark = z.strictObject({ ok: z.boolean(), note: z.string().max(200).nullable() });

/** A community handed to the recipient street, with the code it will have there (and its contact and 六到位). */
export const TransferCommunityRecord = z.strictObject({
  code: CommunityCode,
  newCode: CommunityCode,
  name: Name(40),
  kind: CommunityKind,
  contact: z.string().max(100).nullable(),
  platform: z.partialRecord(z.enum(PLATFORM_ITEMS), PlatformMark).nullable(),
});
export type TransferCommunityRecord = z.infer<typeof TransferCommunityRecord>;

const Relation = z.enum(['head', 'spouse', 'child', 'parent', 'other']);
const NullableText = (max: number) => Text(max).nullable();

export const HouseholdRecordSchema: z.ZodType<HouseholdRecord> = z.strictObject({
  number: Name(30),
  communityCode: CommunityCode,
  address: NullableText(100),
  urban: z.boolean(),
  dibao: z.boolean(),
  businessIncome: z.boolean(),
});

const Flag = z.boolean().nullable();
export const HouseholdFlagRecordSchema: z.ZodType<HouseholdFlagRecord> = z.strictObject({
  householdNumber: Name(30),
  effectiveFrom: IsoDate,
  dibao: Flag,
  urban: Flag,
  businessIncome: Flag,
});

export const PersonRecordSchema: z.ZodType<PersonRecord> = z.strictObject({
  idNumber: z.string().regex(/^\d{17}[\dX]$/, { message: '身份证号码应为 18 位' }),
  name: Name(30),
  gender: z.enum(['M', 'F']),
  birthDate: IsoDate,
  householdNumber: Name(30),
  relation: Relation,
  phone: NullableText(30),
  education: z.enum(['primary', 'junior', 'senior', 'secondary_vocational', 'college', 'bachelor', 'postgraduate']).nullable(),
  workAbility: z.enum(['full', 'partial', 'none']),
  isStudent: z.boolean(),
  isRetired: z.boolean(),
  retirementBase: z.union([z.literal(50), z.literal(55)]).nullable(),
  migrantWorker: z.boolean(),
  veteran: z.boolean(),
  graduationYear: z.number().int().nullable(),
  hasWish: z.boolean().nullable(),
  noWishReason: NullableText(30),
  skills: NullableText(100),
  skillLevel: NullableText(30),
  trainingWanted: NullableText(100),
  socialInsurance: NullableText(100),
  policiesEnjoyed: NullableText(200),
  archivedOn: IsoDate.nullable(),
  archiveReason: NullableText(100),
  arrivedOn: IsoDate.nullable(),
});

export const WishRecordSchema: z.ZodType<WishRecord> = z.strictObject({
  idNumber: z.string(),
  recordedOn: IsoDate.nullable(),
  hasWish: z.boolean(),
  wishedJob: NullableText(100),
  wishedWage: z.number().nonnegative().nullable(),
  trainingWanted: NullableText(100),
  noWishReason: NullableText(30),
  deemedByRefusals: z.boolean(),
});

/** One period of a person in a household of the package (the first day, the last day; null = open). */
export const MembershipRecord = z.strictObject({
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  householdNumber: Name(30),
  relation: Relation,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});
export type MembershipRecord = z.infer<typeof MembershipRecord>;

export const SpellRecordSchema: z.ZodType<SpellRecord> = z.strictObject({
  idNumber: z.string(),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  kind: z.enum(['unit', 'flexible', 'self_employed', 'public_welfare', 'migrant']),
  employerName: NullableText(100),
  /** Always null in a transfer: the street's 用工单位 do not travel (the name is in employerName). */
  employer: z.null(),
  post: NullableText(100),
  contractSigned: Flag,
  socialInsurancePaid: Flag,
});

export const RegistrationRecordSchema: z.ZodType<RegistrationRecord> = z.strictObject({
  idNumber: z.string(),
  registeredOn: IsoDate,
  reason: z.enum(['laid_off', 'unemployed', 'graduate', 'veteran', 'returnee', 'other']),
  cancelledOn: IsoDate.nullable(),
  cancelReason: NullableText(100),
});

const Benefit = {
  benefitType: NullableText(100),
  amount: z.number().nonnegative().nullable(),
  benefitPeriod: NullableText(100),
  approvalNumber: NullableText(100),
};
const Seq = z.number().int().min(1).max(10_000);

export const ServiceRecordSchema: z.ZodType<ServiceRecord> = z.strictObject({
  idNumber: z.string(),
  date: IsoDate,
  kind: z.enum(SERVICE_KINDS),
  referralResult: z.enum(['hired', 'refused', 'pending']).nullable(),
  content: NullableText(500),
  seq: Seq,
  clerk: NullableText(30),
  outcome: NullableText(500),
  referralResultOn: IsoDate.nullable(),
  /** Always null in a transfer: the street's 岗位 do not travel. */
  vacancy: z.null(),
  course: NullableText(100),
  hours: z.number().nonnegative().nullable(),
  certificate: NullableText(100),
  agreementSignedOn: IsoDate.nullable(),
  ...Benefit,
});

export const HouseholdServiceRecordSchema: z.ZodType<HouseholdServiceRecord> = z.strictObject({
  householdNumber: Name(30),
  date: IsoDate,
  kind: z.enum(SERVICE_KINDS),
  content: NullableText(500),
  seq: Seq,
  clerk: NullableText(30),
  outcome: NullableText(500),
  ...Benefit,
});

const FiveClearMark = z.strictObject({ clear: z.boolean(), note: z.string().max(200).nullable() });

export const RecognitionRecordSchema: z.ZodType<RecognitionRecord> = z.strictObject({
  idNumber: z.string(),
  appliedOn: IsoDate,
  category: z.enum(['4050', 'dibao', 'zero_employment', 'disabled', 'long_term_unemployed', 'landless', 'other']),
  decision: z.enum(['recognised', 'refused']).nullable(),
  reviewedOn: IsoDate.nullable(),
  reviewer: NullableText(30),
  reviewNote: NullableText(500),
  exitedOn: IsoDate.nullable(),
  exitReason: NullableText(200),
  especiallyDifficult: z.boolean(),
  fiveClear: z.record(z.enum(FIVE_CLEAR_KEYS), FiveClearMark).nullable(),
});

export const AgreementRecordSchema: z.ZodType<AgreementRecord> = z.strictObject({
  idNumber: z.string(),
  signedOn: IsoDate,
  recognitionAppliedOn: IsoDate,
  clerk: Name(30),
  goal: Name(500),
  notes: NullableText(1000),
  closedOn: IsoDate.nullable(),
  closeReason: NullableText(200),
});

export const MeasureRecordSchema: z.ZodType<MeasureRecord> = z.strictObject({
  idNumber: z.string(),
  agreementSignedOn: IsoDate,
  kind: z.enum(MEASURE_KINDS),
  description: Name(500),
  plannedOn: IsoDate,
  doneOn: IsoDate.nullable(),
  service: z.strictObject({ date: IsoDate, kind: z.enum(SERVICE_KINDS), content: NullableText(500), seq: Seq }).nullable(),
});

export const ComplaintRecordSchema: z.ZodType<ComplaintRecord> = z.strictObject({
  communityCode: CommunityCode,
  date: IsoDate,
  content: Name(500),
  valid: z.boolean().nullable(),
  seq: Seq,
  judgedOn: IsoDate.nullable(),
  validityReason: NullableText(200),
  resolution: NullableText(500),
  resolvedOn: IsoDate.nullable(),
});

// ------------------------------------------------------------------ per kind

/** The schema of each data file, by kind and entity. */
export const RECORD_SCHEMAS: { readonly [K in PackageKind]: Partial<Record<EntityName, z.ZodType>> } = {
  standard: { standards: StandardRecord },
  calendar: { calendarYears: CalendarYearRecord, calendarDays: CalendarDayRecord },
  parameters: { parameters: ParameterRecord },
  'code-list': { communities: CodeListCommunityRecord },
  'bureau-verdicts': { verdicts: VerdictRecord },
  'annual-submission': { submission: SubmissionRecord, communityResults: CommunityResultRecord },
  'community-transfer': {
    communities: TransferCommunityRecord,
    households: HouseholdRecordSchema,
    householdFlags: HouseholdFlagRecordSchema,
    persons: PersonRecordSchema,
    memberships: MembershipRecord,
    wishes: WishRecordSchema,
    spells: SpellRecordSchema,
    registrations: RegistrationRecordSchema,
    services: ServiceRecordSchema,
    householdServices: HouseholdServiceRecordSchema,
    recognitions: RecognitionRecordSchema,
    agreements: AgreementRecordSchema,
    measures: MeasureRecordSchema,
    complaints: ComplaintRecordSchema,
  },
};
