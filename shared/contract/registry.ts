/** Households and persons (DOMAIN.md §2): the registry's API, and person search across the street. */
import { z } from 'zod';
import { VoidableRecord } from './corrections';
import { Id, IdInput, IsoDate, NonEmptyName, OptionalText, Version, pageOf, storedRow } from './common';

export const Relation = z.enum(['head', 'spouse', 'child', 'parent', 'other'], {
  message: '与户主关系应为 户主、配偶、子女、父母 或 其他',
});
export const Gender = z.enum(['M', 'F'], { message: '性别应为“男”或“女”' });
export const Education = z.enum(['primary', 'junior', 'senior', 'secondary_vocational', 'college', 'bachelor', 'postgraduate'], {
  message: '文化程度应为 小学、初中、高中、中专、大专、本科 或 研究生',
});
export const WorkAbility = z.enum(['full', 'partial', 'none'], { message: '劳动能力应为 完全、部分 或 无' });
export const HouseholdFlagName = z.enum(['dibao', 'urban', 'business_income'], { message: '标志应为 低保户、城镇户籍 或 经营性投资性收入' });

/** A mobile number (1 and 10 digits) or a landline with its area code (0514-87654321, extension allowed). */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const Phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, { message: '联系电话应为 11 位手机号码，或带区号的固定电话（如 0514-87654321）' });

const RetirementBase = z.union([z.literal(50), z.literal(55)], { message: '退休年龄基准只能是 50 或 55' });
const GraduationYear = z.number().int({ message: '毕业年份应为整数' }).min(1950, { message: '毕业年份不能早于 1950 年' });
const HouseholdNumber = NonEmptyName('户编号', 30);
const Query = z.string().trim().max(30, { message: '查询内容不能超过 30 个字' });

// ---------------------------------------------------------------- households

export const HouseholdFlagsNow = z.object({ dibao: z.boolean(), urban: z.boolean(), businessIncome: z.boolean() });
export type HouseholdFlagsNow = z.infer<typeof HouseholdFlagsNow>;

/** A household as every list and page names it: its number and address in its community. */
const householdBase = { id: Id, number: z.string(), address: z.string().nullable(), communityId: Id };

export const HouseholdRow = z.object({
  ...householdBase,
  /** Members not archived. */
  memberCount: z.number().int(),
  headName: z.string().nullable(),
  flags: HouseholdFlagsNow,
  version: Version,
});
export type HouseholdRow = z.infer<typeof HouseholdRow>;

export const HouseholdPage = pageOf(HouseholdRow);
export type HouseholdPage = z.infer<typeof HouseholdPage>;

export const HouseholdMember = z.object({
  id: Id,
  name: z.string(),
  /** The relation during this membership period. */
  relation: Relation,
  gender: Gender,
  birthDate: z.string(),
  maskedIdNumber: z.string(),
  archived: z.boolean(),
  archivedOn: z.string().nullable(),
  /** The membership period in this household: first and last day; null = since always / still a member. */
  memberFrom: z.string().nullable(),
  memberTo: z.string().nullable(),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const FlagHistoryEntry = z.object({ flag: HouseholdFlagName, value: z.boolean(), effectiveFrom: z.string().nullable() });
export type FlagHistoryEntry = z.infer<typeof FlagHistoryEntry>;

export const HouseholdDetail = z.object({
  ...householdBase,
  communityName: z.string(),
  version: Version,
  /** The date `flags` describe. */
  asOf: z.string(),
  flags: HouseholdFlagsNow,
  /** Every recorded flag value, undated first, then by date. */
  flagHistory: z.array(FlagHistoryEntry),
  /** The members on `asOf` (dated membership): head first, then by relation and birth date. */
  members: z.array(HouseholdMember),
  /** Everyone else who belonged to the household at another time (left before `asOf`, or arrived after it). */
  otherMembers: z.array(HouseholdMember),
});
export type HouseholdDetail = z.infer<typeof HouseholdDetail>;

export const ListHouseholdsInput = z.strictObject({
  communityId: Id,
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1, { message: '每页至少 1 户' }).max(500, { message: '每页最多 500 户' }),
  /** Household number prefix, part of the address, or the head's name prefix. */
  query: Query.nullish(),
});
export type ListHouseholdsInput = z.infer<typeof ListHouseholdsInput>;

export const CreateHouseholdInput = z.strictObject({
  communityId: Id,
  number: HouseholdNumber,
  address: OptionalText('地址', 100),
  urban: z.boolean(),
  dibao: z.boolean(),
  businessIncome: z.boolean(),
});
export type CreateHouseholdInput = z.infer<typeof CreateHouseholdInput>;

export const UpdateHouseholdInput = z.strictObject({
  ...storedRow,
  fields: z.strictObject({ address: OptionalText('地址', 100), communityId: Id }),
});
export type UpdateHouseholdInput = z.infer<typeof UpdateHouseholdInput>;

export const SetHouseholdFlagInput = z.strictObject({ ...storedRow, flag: HouseholdFlagName, value: z.boolean(), effectiveFrom: IsoDate });
export type SetHouseholdFlagInput = z.infer<typeof SetHouseholdFlagInput>;

// ---------------------------------------------------------------- persons

/** What a clerk edits on the person page (the ID number, gender and birth date are fixed once created). */
const personShape = {
  name: NonEmptyName('姓名', 30),
  relation: Relation,
  phone: Phone.nullable(),
  education: Education.nullable(),
  workAbility: WorkAbility,
  isStudent: z.boolean(),
  isRetired: z.boolean(),
  retirementBase: RetirementBase.nullable(),
  migrantWorker: z.boolean(),
  veteran: z.boolean(),
  graduationYear: GraduationYear.nullable(),
  skills: OptionalText('技能特长', 100),
  skillLevel: OptionalText('技能等级', 30),
  socialInsurance: OptionalText('社保关系', 100),
  policiesEnjoyed: OptionalText('享受政策', 200),
};

export const PersonFields = z.strictObject(personShape);
export type PersonFields = z.infer<typeof PersonFields>;

export const CreatePersonInput = z.strictObject({
  householdId: Id,
  idNumber: z.string().trim().min(1, { message: '身份证号码不能为空' }),
  name: personShape.name,
  /** When typed, must agree with the ID number. */
  gender: Gender.nullish(),
  birthDate: IsoDate.nullish(),
  relation: Relation,
  phone: personShape.phone.optional(),
  education: personShape.education.optional(),
  workAbility: WorkAbility,
  isStudent: z.boolean(),
  isRetired: z.boolean(),
  retirementBase: personShape.retirementBase.optional(),
  migrantWorker: z.boolean(),
  veteran: z.boolean(),
  graduationYear: personShape.graduationYear.optional(),
  skills: personShape.skills.optional(),
  skillLevel: personShape.skillLevel.optional(),
  socialInsurance: personShape.socialInsurance.optional(),
  policiesEnjoyed: personShape.policiesEnjoyed.optional(),
  /**
   * 迁入日期: the first day in the household, for a person who joined an existing household; absent or null = a
   * member since before any record (entered with the household).
   */
  joinedOn: IsoDate.nullish(),
});
export type CreatePersonInput = z.infer<typeof CreatePersonInput>;

export const UpdatePersonInput = z.strictObject({ ...storedRow, fields: PersonFields });
export type UpdatePersonInput = z.infer<typeof UpdatePersonInput>;

export const MovePersonInput = z.strictObject({ ...storedRow, householdId: Id, relation: Relation, date: IsoDate });
export type MovePersonInput = z.infer<typeof MovePersonInput>;

export const ArchivePersonInput = z.strictObject({ ...storedRow, date: IsoDate, reason: NonEmptyName('迁出原因', 100) });
export type ArchivePersonInput = z.infer<typeof ArchivePersonInput>;

export const PersonDetail = PersonFields.extend({
  id: Id,
  /** Unmasked: this is the person page (masked for read-only inspectors). */
  idNumber: z.string(),
  gender: Gender,
  birthDate: z.string(),
  householdId: Id,
  householdNumber: z.string(),
  communityId: Id,
  communityName: z.string(),
  archivedOn: z.string().nullable(),
  archiveReason: z.string().nullable(),
  version: Version,
});
export type PersonDetail = z.infer<typeof PersonDetail>;

// ---------------------------------------------------------------- search

export const SearchPersonsInput = z.strictObject({
  q: Query.min(1, { message: '请输入要查找的姓名、拼音首字母、身份证号码或电话' }),
  limit: z.number().int().min(1, { message: '至少返回 1 条' }).max(50, { message: '最多返回 50 条' }).default(20),
});
export type SearchPersonsInput = z.infer<typeof SearchPersonsInput>;

export const PersonHit = z.object({
  id: Id,
  name: z.string(),
  gender: Gender,
  age: z.number().int(),
  maskedIdNumber: z.string(),
  /** Where the typed digits stand in the ID number (a partial-ID hit), to mark them in the masked number. */
  idMatch: z.object({ start: z.number().int().min(0), length: z.number().int().min(1) }).nullable().optional(),
  householdNumber: z.string(),
  communityName: z.string(),
  archived: z.boolean(),
});
export type PersonHit = z.infer<typeof PersonHit>;

// ---------------------------------------------------------------- ID numbers pasted as a list

/** One pasted line per entry (blank lines allowed and skipped, so line numbers match the pasted text). */
export const ResolveIdNumbersInput = z.strictObject({
  idNumbers: z
    .array(z.string().max(100, { message: '每行不能超过 100 个字' }), { message: '身份证号码应为文本列表' })
    .min(1, { message: '请粘贴至少一个身份证号码' })
    .max(2000, { message: '一次最多 2000 行' }),
});
export type ResolveIdNumbersInput = z.infer<typeof ResolveIdNumbersInput>;

/** A non-blank pasted line: the person it names, or why it names nobody who can be served. */
export const ResolvedIdLine = z.object({
  /** 1-based line number in the pasted text. */
  line: z.number().int(),
  /** The line as pasted (trimmed). */
  text: z.string(),
  /** The 18-digit number found on the line (a 15-digit number converted), or null when none is valid. */
  idNumber: z.string().nullable(),
  personId: Id.nullable(),
  name: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  communityName: z.string().nullable(),
  /** ok: a person who can be served; duplicate: the same person as an earlier line (harmless, skipped). */
  status: z.enum(['ok', 'duplicate', 'invalid', 'unknown', 'archived']),
  /** Null when ok; otherwise why the line is not taken, in Chinese. */
  reason: z.string().nullable(),
});
export type ResolvedIdLine = z.infer<typeof ResolvedIdLine>;

// ---------------------------------------------------------------- the person's timeline

export const TimelineKind = z.enum([
  'spell_start',
  'spell_end',
  'registered',
  'registration_cancelled',
  'wish',
  'recognition_applied',
  'recognition_reviewed',
  'recognition_exited',
  'service',
  /** A 一人一策 assistance agreement ended (its signing and follow-ups are service records). */
  'agreement_closed',
  /** Moved into another household (persons.move), possibly in another community. */
  'moved',
  'archived',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** One dated fact of a person's history, described in Chinese for the person page. */
export const TimelineEntry = z.object({
  /** Null only for an undated employment wish (it holds for every date). */
  date: z.string().nullable(),
  kind: TimelineKind,
  title: z.string(),
  detail: z.string().nullable(),
  /** The record the entry shows, when it can be corrected (修改/作废) from the timeline. */
  record: VoidableRecord.nullable().optional(),
  /** Set when the record was voided (作废): it counts nowhere and is shown struck through. */
  voided: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const registryContract = {
  'households.list': { input: ListHouseholdsInput, output: HouseholdPage, access: 'read' },
  'households.get': { input: z.strictObject({ id: Id, asOf: IsoDate.nullish() }), output: HouseholdDetail, access: 'read' },
  'households.create': { input: CreateHouseholdInput, output: HouseholdDetail, access: 'write' },
  'households.update': { input: UpdateHouseholdInput, output: HouseholdDetail, access: 'write' },
  'households.setFlag': { input: SetHouseholdFlagInput, output: HouseholdDetail, access: 'write' },
  'persons.get': { input: IdInput, output: PersonDetail, access: 'read' },
  'persons.create': { input: CreatePersonInput, output: PersonDetail, access: 'write' },
  'persons.update': { input: UpdatePersonInput, output: PersonDetail, access: 'write' },
  'persons.move': { input: MovePersonInput, output: PersonDetail, access: 'write' },
  'persons.archive': { input: ArchivePersonInput, output: PersonDetail, access: 'write' },
  'persons.timeline': { input: IdInput, output: z.array(TimelineEntry), access: 'read' },
  'search.persons': { input: SearchPersonsInput, output: z.array(PersonHit), access: 'read' },
  'persons.resolveIdNumbers': { input: ResolveIdNumbersInput, output: z.array(ResolvedIdLine), access: 'read' },
} as const;
