/**
 * What a ledger's columns can mean, per kind of ledger, with the words offices put in their headers (a synonym
 * dictionary). Suggestions only: the clerk confirms or changes every column before anything is read as data.
 */
import { looseText } from './normalise-text';

export const LEDGER_KINDS = ['labour', 'unemployed', 'services', 'training', 'difficult', 'vacancies'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_KIND_LABEL: Record<LedgerKind, string> = {
  labour: '劳动力资源台账',
  unemployed: '失业人员台账',
  services: '服务记录台账',
  training: '培训台账',
  difficult: '就业困难人员台账',
  vacancies: '岗位台账',
};

/** Kinds whose rows are records about persons already known (named by 身份证), not persons themselves. */
export function recordsPersons(kind: LedgerKind): boolean {
  return kind === 'services' || kind === 'training' || kind === 'difficult';
}

/** Kinds that place new persons into households of a community: only these ask for one. */
export function needsCommunity(kind: LedgerKind): boolean {
  return kind === 'labour' || kind === 'unemployed';
}

/** Kinds written through the services the pages use (row by row, each under the same rules as the page's form). */
export function appliedThroughServices(kind: LedgerKind): kind is 'difficult' | 'vacancies' {
  return kind === 'difficult' || kind === 'vacancies';
}

/** The fields of a person (劳动力资源台账). */
const PERSON_FIELD_NAMES = [
  'idNumber',
  'name',
  'gender',
  'phone',
  'address',
  'education',
  'relation',
  'workAbility',
  'isStudent',
  'isRetired',
  'migrantWorker',
  'veteran',
  'skills',
  'skillLevel',
] as const;

export const LEDGER_FIELDS = [
  ...PERSON_FIELD_NAMES,
  'unemployedSince',
  'unemploymentReason',
  'registered',
  'serviceDate',
  'serviceKind',
  'serviceContent',
  'clerk',
  'outcome',
  'course',
  'hours',
  'certificate',
  'category',
  'appliedOn',
  'decision',
  'reviewedOn',
  'reviewer',
  'reviewNote',
  'exitedOn',
  'exitReason',
  'especiallyDifficult',
  'employer',
  'employerContact',
  'employerPhone',
  'vacancyTitle',
  'posts',
  'wage',
  'vacancySkills',
  'openedOn',
  'filledOn',
  'publicWelfare',
  'developedByCommunity',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export const LEDGER_FIELD_LABEL: Record<LedgerField, string> = {
  idNumber: '身份证号码',
  name: '姓名',
  gender: '性别',
  phone: '联系电话',
  address: '住址',
  education: '文化程度',
  relation: '与户主关系',
  workAbility: '劳动能力',
  isStudent: '在校学生',
  isRetired: '已退休',
  migrantWorker: '农民工',
  veteran: '复转军人',
  skills: '技能特长',
  skillLevel: '技能等级',
  unemployedSince: '失业时间',
  unemploymentReason: '失业原因',
  registered: '是否登记',
  serviceDate: '服务日期',
  serviceKind: '服务类型',
  serviceContent: '服务内容',
  clerk: '经办人',
  outcome: '服务结果',
  course: '培训项目',
  hours: '学时',
  certificate: '证书',
  category: '认定类别',
  appliedOn: '申请日期',
  decision: '审核结论',
  reviewedOn: '审核（认定）日期',
  reviewer: '审核人',
  reviewNote: '审核意见',
  exitedOn: '退出日期',
  exitReason: '退出原因',
  especiallyDifficult: '特别困难',
  employer: '单位名称',
  employerContact: '联系人',
  employerPhone: '单位联系电话',
  vacancyTitle: '岗位名称',
  posts: '招聘人数',
  wage: '薪资（元/月）',
  vacancySkills: '岗位要求',
  openedOn: '发布日期',
  filledOn: '招满日期',
  publicWelfare: '公益性岗位',
  developedByCommunity: '社区开发岗位',
};

const PERSON_FIELDS: readonly LedgerField[] = PERSON_FIELD_NAMES;

/** The fields each kind of ledger can fill. */
export const KIND_FIELDS: Record<LedgerKind, readonly LedgerField[]> = {
  labour: PERSON_FIELDS,
  unemployed: [...PERSON_FIELDS, 'unemployedSince', 'unemploymentReason', 'registered'],
  services: ['idNumber', 'name', 'serviceDate', 'serviceKind', 'serviceContent', 'clerk', 'outcome'],
  training: ['idNumber', 'name', 'serviceDate', 'course', 'hours', 'certificate', 'clerk', 'outcome'],
  difficult: ['idNumber', 'name', 'category', 'appliedOn', 'decision', 'reviewedOn', 'reviewer', 'reviewNote', 'exitedOn', 'exitReason', 'especiallyDifficult'],
  vacancies: ['employer', 'employerContact', 'employerPhone', 'vacancyTitle', 'posts', 'wage', 'vacancySkills', 'openedOn', 'filledOn', 'publicWelfare', 'developedByCommunity'],
};

/** Header words (compared without spaces, half-width) → field. */
const SYNONYMS: Record<LedgerField, readonly string[]> = {
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '身份证', '证件号码', '身份证件号码', '居民身份证号码', '身份号码'],
  name: ['姓名', '名字', '人员姓名', '居民姓名', '失业人员姓名'],
  gender: ['性别'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '联系电话(手机)'],
  address: ['住址', '家庭住址', '现住址', '居住地址', '地址', '家庭地址', '现居住地址', '户籍地址', '详细地址'],
  education: ['文化程度', '学历', '文化', '最高学历'],
  relation: ['与户主关系', '户主关系', '关系', '与户主的关系'],
  workAbility: ['劳动能力', '劳动能力状况', '身体状况'],
  isStudent: ['在校学生', '是否在校', '在校生', '是否在校学生'],
  isRetired: ['已退休', '是否退休', '退休'],
  migrantWorker: ['农民工', '是否农民工'],
  veteran: ['复转军人', '退役军人', '是否退役军人', '是否复转军人'],
  skills: ['技能特长', '特长', '技能', '专业特长'],
  skillLevel: ['技能等级', '职业资格等级', '技术等级'],
  unemployedSince: ['失业时间', '失业日期', '登记时间', '登记日期', '失业登记时间', '失业登记日期'],
  unemploymentReason: ['失业原因', '失业类别', '原因'],
  registered: ['是否登记', '已登记', '是否失业登记', '失业登记'],
  serviceDate: ['服务日期', '服务时间', '日期', '时间', '办理日期', '办理时间', '培训时间', '培训日期', '结业时间', '结业日期', '参训时间'],
  serviceKind: ['服务类型', '服务类别', '服务项目', '服务方式', '服务种类'],
  serviceContent: ['服务内容', '内容', '具体内容', '服务情况', '服务事项'],
  clerk: ['经办人', '服务人', '工作人员', '经办', '服务人员', '经办人员'],
  outcome: ['服务结果', '结果', '服务效果', '办理结果', '成效', '培训结果', '结业情况'],
  course: ['培训项目', '培训专业', '培训工种', '培训名称', '培训课程', '课程', '培训班', '培训班名称', '培训内容'],
  hours: ['学时', '课时', '培训学时', '培训课时', '学时数'],
  certificate: ['证书', '取得证书', '证书名称', '获得证书', '结业证书', '获证情况', '职业资格证书'],
  category: ['认定类别', '困难类别', '人员类别', '困难类型', '认定类型', '就业困难类别', '类别', '困难人员类别'],
  appliedOn: ['申请日期', '申请时间', '申请认定日期', '申请认定时间'],
  decision: ['审核结论', '审核结果', '认定结果', '认定结论', '审核意见结论', '是否认定'],
  reviewedOn: ['认定日期', '认定时间', '审核日期', '审核时间'],
  reviewer: ['审核人', '认定人', '审批人', '审核经办人'],
  reviewNote: ['审核意见', '认定意见', '不予认定理由', '不予认定原因'],
  exitedOn: ['退出日期', '退出时间', '退出认定日期', '退出认定时间'],
  exitReason: ['退出原因', '退出理由', '退出认定原因'],
  especiallyDifficult: ['特别困难', '是否特别困难', '特困', '特别困难人员'],
  employer: ['单位名称', '用工单位', '用人单位', '招聘单位', '企业名称', '单位', '用工单位名称', '用人单位名称'],
  employerContact: ['联系人', '单位联系人', '招聘联系人'],
  employerPhone: ['单位电话', '单位联系电话', '联系人电话', '招聘电话', '电话', '联系电话', '联系方式', '手机', '手机号码', '电话号码'],
  vacancyTitle: ['岗位名称', '岗位', '招聘岗位', '职位', '职位名称', '工种', '招聘工种'],
  posts: ['招聘人数', '人数', '需求人数', '用工人数', '岗位数', '招聘名额', '需求数量'],
  wage: ['薪资', '工资', '月薪', '薪酬', '工资待遇', '薪资待遇', '待遇', '月工资', '薪资(元/月)', '工资(元/月)'],
  vacancySkills: ['要求', '岗位要求', '招聘要求', '任职要求', '技能要求', '条件', '招聘条件', '岗位条件'],
  openedOn: ['发布日期', '发布时间', '登记日期', '岗位发布日期', '信息发布日期'],
  filledOn: ['招满日期', '招满时间', '完成日期'],
  publicWelfare: ['公益性岗位', '是否公益性岗位', '公益岗', '是否公益岗'],
  developedByCommunity: ['社区开发岗位', '是否社区开发', '社区开发', '开发岗位'],
};

/** Header words → the fields they can mean, in the order above (电话 is a person's phone, else a 岗位台账's 单位电话). */
const BY_WORD = new Map<string, LedgerField[]>();
for (const field of LEDGER_FIELDS) {
  for (const word of SYNONYMS[field]) {
    const key = looseText(word).toLowerCase();
    BY_WORD.set(key, [...(BY_WORD.get(key) ?? []), field]);
  }
}

function headerWords(header: string): string {
  return looseText(header).replace(/[:：*＊]+$/u, '').replace(/^[*＊]+/u, '').toLowerCase();
}

/** The field a header's words suggest (any kind), or null. Loose: spaces, full-width and a trailing colon ignored. */
export function fieldForHeader(header: string): LedgerField | null {
  return BY_WORD.get(headerWords(header))?.[0] ?? null;
}

/** The field a header's words suggest among those of one kind of ledger, or null. */
function fieldOfKind(header: string, allowed: ReadonlySet<LedgerField>): LedgerField | null {
  return BY_WORD.get(headerWords(header))?.find((f) => allowed.has(f)) ?? null;
}

/** Suggested field per column for this kind (each field at most once, the first column wins). */
export function suggestMapping(headers: readonly { key: string; match: string }[], kind: LedgerKind): Record<string, LedgerField | null> {
  const allowed = new Set(KIND_FIELDS[kind]);
  const taken = new Set<LedgerField>();
  const out: Record<string, LedgerField | null> = {};
  for (const { key, match } of headers) {
    const field = fieldOfKind(match, allowed);
    if (field && !taken.has(field)) {
      out[key] = field;
      taken.add(field);
    } else out[key] = null;
  }
  return out;
}

/** A file's header as a key: templates are reapplied to files whose header reads the same. */
export function headerSignature(keys: readonly string[]): string {
  return keys.map((k) => looseText(k)).join('|');
}
