/**
 * Employers (DOMAIN.md §2): employers paired with communities, their vacancies, the referrals made to a vacancy and
 * the people suggested for it (matching).
 */
import { z } from 'zod';
import { Flag, Id, IdInput, IsoDate, Money, NonEmptyName, OptionalText, RowLimit, SearchWords, Version, listedPerson, storedRow } from './common';
import { Gender } from './registry';
import { ServiceRecord } from './services';

export const Employer = z.object({
  id: Id,
  name: z.string(),
  contact: z.string().nullable(),
  pairedCommunityId: Id.nullable(),
  pairedOn: z.string().nullable(),
  version: Version,
});
export type Employer = z.infer<typeof Employer>;

/** An employer's own fields: all of them on 修改 (null clears one), the name alone required on 新增. */
const employerFields = {
  name: NonEmptyName('单位名称', 100),
  contact: OptionalText('联系人及电话', 100),
  pairedCommunityId: Id.nullable(),
  pairedOn: IsoDate.nullable(),
};

export const CreateEmployerInput = z.strictObject(employerFields).partial({ contact: true, pairedCommunityId: true, pairedOn: true });
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

/** A vacancy's own fields: all of them on 修改, the community, skills and wage optional on 新增. */
const vacancyFields = {
  communityId: Id.nullable(),
  title: NonEmptyName('岗位名称', 60),
  posts: z.number({ message: '招聘人数应为数字' }).int({ message: '招聘人数应为整数' }).min(1, { message: '招聘人数至少为 1' }).max(10_000, { message: '招聘人数过大' }),
  skills: OptionalText('技能要求', 200),
  wage: Money('工资').nullable(),
  openedOn: IsoDate,
  publicWelfare: Flag('是否公益性岗位'),
  developedByCommunity: Flag('是否社区开发岗位'),
};

export const CreateVacancyInput = z.strictObject({ employerId: Id, ...vacancyFields }).partial({ communityId: true, skills: true, wage: true });
export type CreateVacancyInput = z.infer<typeof CreateVacancyInput>;

export const FillVacancyInput = z.strictObject({ ...storedRow, filledOn: IsoDate });
export type FillVacancyInput = z.infer<typeof FillVacancyInput>;

export const MatchesInput = z.strictObject({
  vacancyId: Id,
  limit: RowLimit(200).default(20),
});
export type MatchesInput = z.infer<typeof MatchesInput>;

export const VacancyMatch = z.object({
  ...listedPerson,
  gender: Gender,
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
  query: SearchWords.optional(),
  employerId: Id.optional(),
  limit: RowLimit(500).optional(),
});
export type ListVacanciesInput = z.infer<typeof ListVacanciesInput>;

export const VacancyListRow = Vacancy.extend({ employerName: z.string() });
export type VacancyListRow = z.infer<typeof VacancyListRow>;

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
  query: SearchWords.optional(),
  pairedCommunityId: Id.optional(),
  withOpenVacancies: z.boolean({ message: '“只看有在招岗位的单位”应为是或否' }).optional(),
  limit: RowLimit(1000).optional(),
});
export type ListEmployersInput = z.infer<typeof ListEmployersInput>;

/** Every field is given (null clears it): the form sends what it shows. */
export const UpdateEmployerInput = z.strictObject({ ...storedRow, ...employerFields });
export type UpdateEmployerInput = z.infer<typeof UpdateEmployerInput>;

/** The employer stays; a filled vacancy keeps its 招满日期 (the 发布日期 may not pass it). */
export const UpdateVacancyInput = z.strictObject({ ...storedRow, ...vacancyFields });
export type UpdateVacancyInput = z.infer<typeof UpdateVacancyInput>;

export const VacancyIdInput = z.strictObject({ vacancyId: Id });

/** A referral (职业介绍) to the vacancy: who, when, by whom, and how it ended. */
export const VacancyReferral = z.object({
  serviceId: Id,
  ...listedPerson,
  ...ServiceRecord.pick({ date: true, clerk: true, referralResult: true, outcome: true }).shape,
});
export type VacancyReferral = z.infer<typeof VacancyReferral>;

// ---------------------------------------------------------------- the methods

export const employersContract = {
  'employers.create': { input: CreateEmployerInput, output: Employer, access: 'write' },
  'employers.list': { input: ListEmployersInput, output: z.array(EmployerSummary), access: 'read' },
  'employers.get': { input: IdInput, output: EmployerSummary, access: 'read' },
  'employers.update': { input: UpdateEmployerInput, output: Employer, access: 'write' },
  'vacancies.create': { input: CreateVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.fill': { input: FillVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.matches': { input: MatchesInput, output: z.array(VacancyMatch), access: 'read' },
  'vacancies.list': { input: ListVacanciesInput, output: z.array(VacancyListRow), access: 'read' },
  'vacancies.get': { input: IdInput, output: Vacancy, access: 'read' },
  'vacancies.update': { input: UpdateVacancyInput, output: Vacancy, access: 'write' },
  'vacancies.referrals': { input: VacancyIdInput, output: z.array(VacancyReferral), access: 'read' },
} as const;
