/**
 * A person's dated history and the services the office gives (DOMAIN.md §2, §6): employment spells, unemployment
 * registrations, employment wishes, difficulty recognitions, service records, complaints, employers and vacancies.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { SERVICE_KINDS } from '../domain/workbook/records';
import { NO_WISH_REASONS } from '../domain/workbook/vocabulary';
import { Id, IsoDate, NonEmptyName, OptionalText, Version } from './common';

const Flag = (label: string) => z.boolean({ message: `${label}应为“是”或“否”` });
const Money = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .nonnegative({ message: `${label}不能为负数` })
    .max(10_000_000, { message: `${label}过大` });

// ---------------------------------------------------------------- employment spells

export const SpellKind = z.enum(['unit', 'flexible', 'self_employed', 'public_welfare', 'migrant'], {
  message: '就业形式应为单位就业、灵活就业、自主创业、公益性岗位或外出务工',
});

export const Spell = z.object({
  id: Id,
  personId: Id,
  startDate: z.string(),
  endDate: z.string().nullable(),
  kind: SpellKind,
  employerName: z.string().nullable(),
  employerId: Id.nullable(),
  post: z.string().nullable(),
  contractSigned: z.boolean().nullable(),
  socialInsurancePaid: z.boolean().nullable(),
});
export type Spell = z.infer<typeof Spell>;

export const AddSpellInput = z.strictObject({
  personId: Id,
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  kind: SpellKind,
  employerName: OptionalText('工作单位', 100).optional(),
  employerId: Id.nullable().optional(),
  post: OptionalText('岗位', 60).optional(),
  contractSigned: Flag('是否签订劳动合同').nullable().optional(),
  socialInsurancePaid: Flag('是否缴纳社会保险').nullable().optional(),
});
export type AddSpellInput = z.infer<typeof AddSpellInput>;

export const CloseSpellInput = z.strictObject({ id: Id, endDate: IsoDate });
export type CloseSpellInput = z.infer<typeof CloseSpellInput>;

// ---------------------------------------------------------------- unemployment registrations

export const RegistrationReason = z.enum(['laid_off', 'unemployed', 'graduate', 'veteran', 'returnee', 'other'], {
  message: '登记原因应为下岗、失业、毕业未就业、退役、返乡或其他',
});

export const Registration = z.object({
  id: Id,
  personId: Id,
  registeredOn: z.string(),
  reason: RegistrationReason,
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type Registration = z.infer<typeof Registration>;

export const RegisterInput = z.strictObject({ personId: Id, registeredOn: IsoDate, reason: RegistrationReason });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const CancelRegistrationInput = z.strictObject({
  id: Id,
  cancelledOn: IsoDate,
  cancelReason: NonEmptyName('注销原因', 100),
});
export type CancelRegistrationInput = z.infer<typeof CancelRegistrationInput>;

// ---------------------------------------------------------------- employment wishes

export const DEEMED_NO_WISH_REASON = '两次拒绝介绍视为无意愿';

export const NoWishReason = z.enum(NO_WISH_REASONS, {
  message: `无就业意愿原因应为：${NO_WISH_REASONS.join('、')}`,
});

export const Wish = z.object({
  id: Id,
  personId: Id,
  recordedOn: z.string().nullable(),
  hasWish: z.boolean(),
  wishedJob: z.string().nullable(),
  wishedWage: z.number().nullable(),
  trainingWanted: z.string().nullable(),
  noWishReason: z.string().nullable(),
  deemedByRefusals: z.boolean(),
});
export type Wish = z.infer<typeof Wish>;

export const RecordWishInput = z
  .strictObject({
    personId: Id,
    recordedOn: IsoDate,
    hasWish: Flag('有无就业意愿'),
    wishedJob: OptionalText('意愿工种', 60).optional(),
    wishedWage: Money('期望工资').nullable().optional(),
    trainingWanted: OptionalText('培训意愿', 100).optional(),
    noWishReason: NoWishReason.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.hasWish && !value.noWishReason) {
      ctx.addIssue({ code: 'custom', path: ['noWishReason'], message: '无就业意愿时须选择原因' });
    }
    if (value.hasWish && value.noWishReason) {
      ctx.addIssue({ code: 'custom', path: ['noWishReason'], message: '有就业意愿时不填无意愿原因' });
    }
    if (!value.hasWish && (value.wishedJob || (value.wishedWage !== null && value.wishedWage !== undefined))) {
      ctx.addIssue({ code: 'custom', path: ['wishedJob'], message: '无就业意愿时不填意愿工种和期望工资' });
    }
  });
export type RecordWishInput = z.infer<typeof RecordWishInput>;

/** Street-wide by default; `communityId` for one community, `personId` for one person (the person page). */
export const DeemedCandidatesInput = z
  .strictObject({ communityId: Id.optional(), personId: Id.optional() })
  .refine((v) => v.communityId === undefined || v.personId === undefined, {
    path: ['personId'],
    message: '按社区或按人员查询，二者只能选一',
  });
export type DeemedCandidatesInput = z.infer<typeof DeemedCandidatesInput>;

export const RefusedReferral = z.object({
  serviceId: Id,
  date: z.string(),
  content: z.string().nullable(),
  clerk: z.string().nullable(),
  vacancyId: Id.nullable(),
  vacancyTitle: z.string().nullable(),
});

export const DeemedCandidate = z.object({
  personId: Id,
  name: z.string(),
  idNumberMasked: z.string(),
  communityName: z.string(),
  /** The wish record the refusals are counted from (null: an undated wish). */
  wishRecordedOn: z.string().nullable(),
  /** Refused referrals on or after that wish, oldest first (at least two). */
  refusals: z.array(RefusedReferral),
});
export type DeemedCandidate = z.infer<typeof DeemedCandidate>;

export const ConfirmDeemedInput = z.strictObject({ personId: Id, recordedOn: IsoDate });
export type ConfirmDeemedInput = z.infer<typeof ConfirmDeemedInput>;

// ---------------------------------------------------------------- a person's employment facts (the person page)

export const PersonEmployment = z.object({
  personId: Id,
  /** The day the facts describe (today). */
  asOf: z.string(),
  /** Every spell, newest start first; open ones have `endDate` null. */
  spells: z.array(Spell),
  /** Every registration, newest first; an open one has `cancelledOn` null. */
  registrations: z.array(Registration),
  /** The wish in force on `asOf` (the latest dated one on or before it, else an undated one). */
  wish: Wish.nullable(),
});
export type PersonEmployment = z.infer<typeof PersonEmployment>;

// ---------------------------------------------------------------- service records

export const SERVICE_KIND_CODES = SERVICE_KINDS;
export const ServiceKind = z.enum(SERVICE_KIND_CODES, { message: '服务类型无效' });

/** Kinds without kind-specific fields: the ones a bulk entry may use. */
export const PLAIN_SERVICE_KINDS = [
  'guidance',
  'public_welfare_post',
  'follow_up',
  'assistance_agreement',
  'commitment',
  'job_preparation',
] as const;
const PlainServiceKind = z.enum(PLAIN_SERVICE_KINDS, {
  message: '此处的服务类型应为职业指导、公益性岗位安置、跟踪回访、援助协议、即时就业承诺或就业准备活动',
});

export const ReferralResult = z.enum(['hired', 'refused', 'pending'], { message: '介绍结果应为录用、拒绝或待定' });

const ServiceSubject = z.union([z.strictObject({ personId: Id }), z.strictObject({ householdId: Id })], {
  message: '服务对象应为一名人员（personId）或一户（householdId）',
});

const serviceBase = {
  subject: ServiceSubject,
  date: IsoDate,
  clerk: NonEmptyName('经办人', 20),
  outcome: OptionalText('服务结果', 200).optional(),
  content: OptionalText('服务内容', 500).optional(),
};

export const RecordServiceInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...serviceBase,
      kind: z.literal('referral'),
      vacancyId: Id.nullable().optional(),
      referralResult: ReferralResult,
    }),
    z.strictObject({
      ...serviceBase,
      kind: z.literal('training'),
      course: NonEmptyName('培训项目', 60),
      hours: z.number({ message: '学时应为数字' }).positive({ message: '学时应大于 0' }).max(2000, { message: '学时过大' }),
      certificate: OptionalText('证书', 60).optional(),
    }),
    z.strictObject({
      ...serviceBase,
      kind: z.literal('policy_benefit'),
      benefitType: NonEmptyName('政策类型', 40),
      amount: Money('金额'),
      benefitPeriod: NonEmptyName('享受期限', 40),
      approvalNumber: NonEmptyName('审批编号', 60),
    }),
    z.strictObject({ ...serviceBase, kind: PlainServiceKind }),
  ],
  { message: '服务类型无效' },
);
export type RecordServiceInput = z.infer<typeof RecordServiceInput>;

export const ServiceRecord = z.object({
  id: Id,
  personId: Id.nullable(),
  householdId: Id.nullable(),
  date: z.string(),
  kind: ServiceKind,
  clerk: z.string().nullable(),
  outcome: z.string().nullable(),
  content: z.string().nullable(),
  vacancyId: Id.nullable(),
  vacancyTitle: z.string().nullable(),
  referralResult: ReferralResult.nullable(),
  /** When the referral's result (hired/refused) became known. */
  referralResultOn: z.string().nullable(),
  course: z.string().nullable(),
  hours: z.number().nullable(),
  certificate: z.string().nullable(),
  benefitType: z.string().nullable(),
  amount: z.number().nullable(),
  benefitPeriod: z.string().nullable(),
  approvalNumber: z.string().nullable(),
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

/** What a hired referral suggests; the clerk confirms it with `spells.add` (never opened automatically). */
export const SuggestedSpell = z.object({
  personId: Id,
  startDate: z.string(),
  kind: z.literal('unit'),
  employerName: z.string().nullable(),
});

export const RecordServiceResult = z.object({ record: ServiceRecord, suggestedSpell: SuggestedSpell.nullable() });
export type RecordServiceResult = z.infer<typeof RecordServiceResult>;

export const RecordBulkInput = z.strictObject({
  kind: PlainServiceKind,
  date: IsoDate,
  clerk: NonEmptyName('经办人', 20),
  content: NonEmptyName('活动内容', 500),
  personIds: z
    .array(Id, { message: '参加人员应为人员编号列表' })
    .min(1, { message: '至少选择一名参加人员' })
    .max(2000, { message: '一次最多登记 2000 人' })
    .refine((ids) => new Set(ids).size === ids.length, { message: '参加人员有重复' }),
});
export type RecordBulkInput = z.infer<typeof RecordBulkInput>;

export const RecordBulkResult = z.object({ count: z.number().int(), recordIds: z.array(Id) });

export const PersonIdInput = z.strictObject({ personId: Id });

/** The later result of a pending referral (待定 → 录用/拒绝); `resultOn` is the day it became known. */
export const SetReferralResultInput = z.strictObject({
  id: Id,
  result: z.enum(['hired', 'refused'], { message: '介绍结果应为录用或拒绝' }),
  resultOn: IsoDate,
});
export type SetReferralResultInput = z.infer<typeof SetReferralResultInput>;

// ---------------------------------------------------------------- difficulty recognitions

export const RecognitionCategory = z.enum(
  ['4050', 'dibao', 'zero_employment', 'disabled', 'long_term_unemployed', 'landless', 'other'],
  { message: '认定类别应为 4050、低保、零就业家庭成员、残疾、长期失业、失地农民或其他' },
);
export const RecognitionStatus = z.enum(['applied', 'recognised', 'refused', 'exited']);

const FiveClearItem = (label: string) =>
  z.strictObject({ clear: Flag(`${label}是否已清`), note: OptionalText(`${label}说明`, 200).optional() });

/** 五清 (seed 003): 职业技能、择业愿望、家庭情况、就业状况、享受政策情况. */
export const FiveClear = z.strictObject({
  skills: FiveClearItem('职业技能'),
  jobWish: FiveClearItem('择业愿望'),
  family: FiveClearItem('家庭情况'),
  employment: FiveClearItem('就业状况'),
  policies: FiveClearItem('享受政策情况'),
});
export type FiveClear = z.infer<typeof FiveClear>;

export const Recognition = z.object({
  id: Id,
  personId: Id,
  category: RecognitionCategory,
  status: RecognitionStatus,
  appliedOn: z.string(),
  reviewedOn: z.string().nullable(),
  reviewer: z.string().nullable(),
  /** 审核意见: the reason when refused, or a note. */
  reviewNote: z.string().nullable(),
  recognisedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.string().nullable(),
  especiallyDifficult: z.boolean(),
  fiveClear: FiveClear.nullable(),
  version: Version,
  /** Especially difficult and recognised: the 72-hour commitment falls due on this day (seed 003). */
  commitmentDueOn: z.string().nullable(),
});
export type Recognition = z.infer<typeof Recognition>;

export const ApplyRecognitionInput = z.strictObject({
  personId: Id,
  category: RecognitionCategory,
  appliedOn: IsoDate,
  especiallyDifficult: Flag('是否特别困难'),
  fiveClear: FiveClear,
});
export type ApplyRecognitionInput = z.infer<typeof ApplyRecognitionInput>;

export const ReviewRecognitionInput = z
  .strictObject({
    id: Id,
    version: Version,
    decision: z.enum(['recognised', 'refused'], { message: '审核结论应为“认定”或“不予认定”' }),
    reviewedOn: IsoDate,
    reviewer: NonEmptyName('审核人', 20),
    /** 审核意见: required when refused. */
    note: OptionalText('审核意见', 200).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'refused' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '不予认定时须填写理由（审核意见）' });
    }
  });
export type ReviewRecognitionInput = z.infer<typeof ReviewRecognitionInput>;

export const ExitRecognitionInput = z.strictObject({
  id: Id,
  version: Version,
  exitedOn: IsoDate,
  exitReason: NonEmptyName('退出原因', 100),
});
export type ExitRecognitionInput = z.infer<typeof ExitRecognitionInput>;

// ---------------------------------------------------------------- complaints

export const Complaint = z.object({
  id: Id,
  communityId: Id,
  communityName: z.string(),
  date: z.string(),
  content: z.string(),
  valid: z.boolean().nullable(),
  /** The day validity was judged (null while 未认定): the item "no valid complaint" on D counts it only from this day. */
  judgedOn: z.string().nullable(),
  validityReason: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  version: Version,
});
export type Complaint = z.infer<typeof Complaint>;

export const RecordComplaintInput = z.strictObject({
  communityId: Id,
  date: IsoDate,
  content: NonEmptyName('投诉内容', 1000),
});
export type RecordComplaintInput = z.infer<typeof RecordComplaintInput>;

const JudgedOn = z
  .string({ message: '请填写认定日期' })
  .refine(isValidIsoDate, { message: '认定日期应为有效的“年-月-日”（YYYY-MM-DD）' });

/** `judgedOn`: the day of the judgement, from the complaint's date to today (the service checks both). */
export const JudgeComplaintInput = z.strictObject({
  id: Id,
  version: Version,
  valid: Flag('是否有效'),
  reason: NonEmptyName('认定理由', 200),
  judgedOn: JudgedOn,
});
export type JudgeComplaintInput = z.infer<typeof JudgeComplaintInput>;

export const ResolveComplaintInput = z.strictObject({
  id: Id,
  version: Version,
  resolution: NonEmptyName('处理结果', 500),
  resolvedOn: IsoDate,
});
export type ResolveComplaintInput = z.infer<typeof ResolveComplaintInput>;

export const ListComplaintsInput = z
  .strictObject({
    communityId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** 有效 / 无效 / 未认定 (not judged yet). */
    validity: z.enum(['valid', 'invalid', 'unjudged'], { message: '有效性应为“有效”“无效”或“未认定”' }).optional(),
    /** 未办结 / 已办结. */
    status: z.enum(['open', 'resolved'], { message: '办理状态应为“未办结”或“已办结”' }).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type ListComplaintsInput = z.infer<typeof ListComplaintsInput>;

// ---------------------------------------------------------------- employers and vacancies

export const Employer = z.object({
  id: Id,
  name: z.string(),
  contact: z.string().nullable(),
  pairedCommunityId: Id.nullable(),
  pairedOn: z.string().nullable(),
  version: Version,
});
export type Employer = z.infer<typeof Employer>;

export const CreateEmployerInput = z.strictObject({
  name: NonEmptyName('单位名称', 100),
  contact: OptionalText('联系人及电话', 100).optional(),
  pairedCommunityId: Id.nullable().optional(),
  pairedOn: IsoDate.nullable().optional(),
});
export type CreateEmployerInput = z.infer<typeof CreateEmployerInput>;

export const Vacancy = z.object({
  id: Id,
  employerId: Id,
  employerName: z.string(),
  communityId: Id.nullable(),
  title: z.string(),
  posts: z.number().int(),
  skills: z.string().nullable(),
  wage: z.number().nullable(),
  openedOn: z.string(),
  filledOn: z.string().nullable(),
  publicWelfare: z.boolean(),
  developedByCommunity: z.boolean(),
  version: Version,
});
export type Vacancy = z.infer<typeof Vacancy>;

export const CreateVacancyInput = z.strictObject({
  employerId: Id,
  communityId: Id.nullable().optional(),
  title: NonEmptyName('岗位名称', 60),
  posts: z.number({ message: '招聘人数应为数字' }).int({ message: '招聘人数应为整数' }).min(1, { message: '招聘人数至少为 1' }).max(10_000, { message: '招聘人数过大' }),
  skills: OptionalText('技能要求', 200).optional(),
  wage: Money('工资').nullable().optional(),
  openedOn: IsoDate,
  publicWelfare: Flag('是否公益性岗位'),
  developedByCommunity: Flag('是否社区开发岗位'),
});
export type CreateVacancyInput = z.infer<typeof CreateVacancyInput>;

export const FillVacancyInput = z.strictObject({ id: Id, version: Version, filledOn: IsoDate });
export type FillVacancyInput = z.infer<typeof FillVacancyInput>;

export const MatchesInput = z.strictObject({
  vacancyId: Id,
  limit: z.number().int().min(1, { message: '条数至少为 1' }).max(200, { message: '条数最多 200' }).default(20),
});
export type MatchesInput = z.infer<typeof MatchesInput>;

export const VacancyMatch = z.object({
  personId: Id,
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']),
  communityName: z.string(),
  wishedJob: z.string().nullable(),
  skills: z.string().nullable(),
  registered: z.boolean(),
  score: z.number(),
  matchedWords: z.array(z.string()),
});
export type VacancyMatch = z.infer<typeof VacancyMatch>;

/** `status` defaults to open (not yet filled); `query` finds words of the title, skills or employer's name. */
export const ListVacanciesInput = z.strictObject({
  status: z.enum(['open', 'filled', 'all'], { message: '岗位状态应为“在招”“已招满”或“全部”' }).optional(),
  query: z.string().max(40, { message: '查询词不能超过 40 个字' }).optional(),
  employerId: Id.optional(),
  limit: z.number().int().min(1, { message: '条数至少为 1' }).max(500, { message: '条数最多 500' }).optional(),
});
export type ListVacanciesInput = z.infer<typeof ListVacanciesInput>;

export const VacancyListRow = Vacancy.extend({ employerName: z.string() });
export type VacancyListRow = z.infer<typeof VacancyListRow>;

export const IdInput = z.strictObject({ id: Id });

/** An employer with the name of its 结对 community and its vacancies counted. */
export const EmployerSummary = Employer.extend({
  pairedCommunityName: z.string().nullable(),
  /** Vacancies not yet filled, and their posts. */
  openVacancies: z.number().int(),
  openPosts: z.number().int(),
  totalVacancies: z.number().int(),
});
export type EmployerSummary = z.infer<typeof EmployerSummary>;

/** `query` finds a word of the name or the contact; `pairedCommunityId` the employers paired with that community. */
export const ListEmployersInput = z.strictObject({
  query: z.string().max(40, { message: '查询词不能超过 40 个字' }).optional(),
  pairedCommunityId: Id.optional(),
  withOpenVacancies: z.boolean({ message: '“只看有在招岗位的单位”应为是或否' }).optional(),
  limit: z.number().int().min(1, { message: '条数至少为 1' }).max(1000, { message: '条数最多 1000' }).optional(),
});
export type ListEmployersInput = z.infer<typeof ListEmployersInput>;

/** Every field is given (null clears it): the form sends what it shows. */
export const UpdateEmployerInput = z.strictObject({
  id: Id,
  version: Version,
  name: NonEmptyName('单位名称', 100),
  contact: OptionalText('联系人及电话', 100),
  pairedCommunityId: Id.nullable(),
  pairedOn: IsoDate.nullable(),
});
export type UpdateEmployerInput = z.infer<typeof UpdateEmployerInput>;

/** The employer stays; a filled vacancy keeps its 招满日期 (the 发布日期 may not pass it). */
export const UpdateVacancyInput = z.strictObject({
  id: Id,
  version: Version,
  communityId: Id.nullable(),
  title: NonEmptyName('岗位名称', 60),
  posts: CreateVacancyInput.shape.posts,
  skills: OptionalText('技能要求', 200),
  wage: Money('工资').nullable(),
  openedOn: IsoDate,
  publicWelfare: Flag('是否公益性岗位'),
  developedByCommunity: Flag('是否社区开发岗位'),
});
export type UpdateVacancyInput = z.infer<typeof UpdateVacancyInput>;

export const VacancyIdInput = z.strictObject({ vacancyId: Id });

/** A referral (职业介绍) to the vacancy: who, when, by whom, and how it ended. */
export const VacancyReferral = z.object({
  serviceId: Id,
  personId: Id,
  name: z.string(),
  idNumberMasked: z.string(),
  communityName: z.string(),
  date: z.string(),
  clerk: z.string().nullable(),
  referralResult: ReferralResult.nullable(),
  outcome: z.string().nullable(),
});
export type VacancyReferral = z.infer<typeof VacancyReferral>;

// ---------------------------------------------------------------- the methods

export const historyContract = {
  'spells.add': { input: AddSpellInput, output: Spell, access: 'write' },
  'spells.close': { input: CloseSpellInput, output: Spell, access: 'write' },
  'registrations.register': { input: RegisterInput, output: Registration, access: 'write' },
  'registrations.cancel': { input: CancelRegistrationInput, output: Registration, access: 'write' },
  'wishes.record': { input: RecordWishInput, output: Wish, access: 'write' },
  'wishes.deemedNoWishCandidates': { input: DeemedCandidatesInput, output: z.array(DeemedCandidate), access: 'read' },
  'wishes.confirmDeemedNoWish': { input: ConfirmDeemedInput, output: Wish, access: 'write' },
  'employment.ofPerson': { input: z.strictObject({ personId: Id }), output: PersonEmployment, access: 'read' },
  'services.record': { input: RecordServiceInput, output: RecordServiceResult, access: 'write' },
  'services.recordBulk': { input: RecordBulkInput, output: RecordBulkResult, access: 'write' },
  'services.listForPerson': { input: PersonIdInput, output: z.array(ServiceRecord), access: 'read' },
  'services.listForHousehold': { input: z.strictObject({ householdId: Id }), output: z.array(ServiceRecord), access: 'read' },
  'services.setReferralResult': { input: SetReferralResultInput, output: RecordServiceResult, access: 'write' },
  'recognitions.apply': { input: ApplyRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.review': { input: ReviewRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.exit': { input: ExitRecognitionInput, output: Recognition, access: 'write' },
  'recognitions.listForPerson': { input: PersonIdInput, output: z.array(Recognition), access: 'read' },
  'complaints.record': { input: RecordComplaintInput, output: Complaint, access: 'write' },
  'complaints.judge': { input: JudgeComplaintInput, output: Complaint, access: 'write' },
  'complaints.resolve': { input: ResolveComplaintInput, output: Complaint, access: 'write' },
  'complaints.list': { input: ListComplaintsInput, output: z.array(Complaint), access: 'read' },
  'employers.create': { input: CreateEmployerInput, output: Employer, access: 'write' },
  'vacancies.create': { input: CreateVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.fill': { input: FillVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.matches': { input: MatchesInput, output: z.array(VacancyMatch), access: 'read' },
  'vacancies.list': { input: ListVacanciesInput, output: z.array(VacancyListRow), access: 'read' },
  'vacancies.get': { input: IdInput, output: Vacancy, access: 'read' },
  'vacancies.update': { input: UpdateVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.referrals': { input: VacancyIdInput, output: z.array(VacancyReferral), access: 'read' },
  'employers.list': { input: ListEmployersInput, output: z.array(EmployerSummary), access: 'read' },
  'employers.get': { input: IdInput, output: EmployerSummary, access: 'read' },
  'employers.update': { input: UpdateEmployerInput, output: Employer, access: 'write' },
} as const;
