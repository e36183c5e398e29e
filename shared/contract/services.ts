/**
 * Services (DOMAIN.md §2): the service records the office gives a person or a household — one at a time or one
 * activity for many people — and the later result of a referral.
 */
import { z } from 'zod';
import { SERVICE_KINDS } from '../domain/workbook/records';
import { Clerk, Id, IsoDate, Money, NonEmptyName, OptionalText, PersonIdInput } from './common';

// ---------------------------------------------------------------- service records

export const SERVICE_KIND_CODES = SERVICE_KINDS;
export const ServiceKind = z.enum(SERVICE_KIND_CODES, { message: '服务类型无效' });

/** Kinds with fields of their own (the vacancy, the course, the benefit). */
type KindWithFields = 'referral' | 'training' | 'policy_benefit';
const KINDS_WITH_FIELDS: ReadonlySet<string> = new Set<KindWithFields>(['referral', 'training', 'policy_benefit']);
type PlainKind = Exclude<(typeof SERVICE_KINDS)[number], KindWithFields>;

/** Kinds without kind-specific fields, in SERVICE_KINDS' order: the ones a bulk entry may use. */
export const PLAIN_SERVICE_KINDS = SERVICE_KINDS.filter((k): k is PlainKind => !KINDS_WITH_FIELDS.has(k)) as [PlainKind, ...PlainKind[]];
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
  clerk: Clerk,
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
  clerk: Clerk,
  content: NonEmptyName('活动内容', 500),
  personIds: z
    .array(Id, { message: '参加人员应为人员编号列表' })
    .min(1, { message: '至少选择一名参加人员' })
    .max(2000, { message: '一次最多登记 2000 人' })
    .refine((ids) => new Set(ids).size === ids.length, { message: '参加人员有重复' }),
});
export type RecordBulkInput = z.infer<typeof RecordBulkInput>;

export const RecordBulkResult = z.object({ count: z.number().int(), recordIds: z.array(Id) });

/** The later result of a pending referral (待定 → 录用/拒绝); `resultOn` is the day it became known. */
export const SetReferralResultInput = z.strictObject({
  id: Id,
  result: z.enum(['hired', 'refused'], { message: '介绍结果应为录用或拒绝' }),
  resultOn: IsoDate,
});
export type SetReferralResultInput = z.infer<typeof SetReferralResultInput>;

// ---------------------------------------------------------------- the methods

export const servicesContract = {
  'services.record': { input: RecordServiceInput, output: RecordServiceResult, access: 'write' },
  'services.recordBulk': { input: RecordBulkInput, output: RecordBulkResult, access: 'write' },
  'services.listForPerson': { input: PersonIdInput, output: z.array(ServiceRecord), access: 'read' },
  'services.listForHousehold': { input: z.strictObject({ householdId: Id }), output: z.array(ServiceRecord), access: 'read' },
  'services.setReferralResult': { input: SetReferralResultInput, output: RecordServiceResult, access: 'write' },
} as const;
