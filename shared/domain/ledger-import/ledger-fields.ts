/**
 * What a ledger's columns can mean, per kind of ledger, with the words offices put in their headers (a synonym
 * dictionary). Suggestions only: the clerk confirms or changes every column before anything is read as data.
 */
import { looseText } from './normalise-text';

export const LEDGER_KINDS = ['labour', 'unemployed', 'services', 'training'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_KIND_LABEL: Record<LedgerKind, string> = {
  labour: '劳动力资源台账',
  unemployed: '失业人员台账',
  services: '服务记录台账',
  training: '培训台账',
};

/** Kinds whose rows are records about persons already known (named by 身份证), not persons themselves. */
export function recordsPersons(kind: LedgerKind): boolean {
  return kind === 'services' || kind === 'training';
}

export const LEDGER_FIELDS = [
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
};

const PERSON_FIELDS: readonly LedgerField[] = [
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
];

/** The fields each kind of ledger can fill. */
export const KIND_FIELDS: Record<LedgerKind, readonly LedgerField[]> = {
  labour: PERSON_FIELDS,
  unemployed: [...PERSON_FIELDS, 'unemployedSince', 'unemploymentReason', 'registered'],
  services: ['idNumber', 'name', 'serviceDate', 'serviceKind', 'serviceContent', 'clerk', 'outcome'],
  training: ['idNumber', 'name', 'serviceDate', 'course', 'hours', 'certificate', 'clerk', 'outcome'],
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
};

const BY_WORD = new Map<string, LedgerField>();
for (const field of LEDGER_FIELDS) for (const word of SYNONYMS[field]) BY_WORD.set(looseText(word).toLowerCase(), field);

/** The field a header's words suggest (any kind), or null. Loose: spaces, full-width and a trailing colon ignored. */
export function fieldForHeader(header: string): LedgerField | null {
  const t = looseText(header).replace(/[:：*＊]+$/u, '').replace(/^[*＊]+/u, '').toLowerCase();
  return BY_WORD.get(t) ?? null;
}

/** Suggested field per column for this kind (each field at most once, the first column wins). */
export function suggestMapping(headers: readonly { key: string; match: string }[], kind: LedgerKind): Record<string, LedgerField | null> {
  const allowed = new Set(KIND_FIELDS[kind]);
  const taken = new Set<LedgerField>();
  const out: Record<string, LedgerField | null> = {};
  for (const { key, match } of headers) {
    const field = fieldForHeader(match);
    if (field && allowed.has(field) && !taken.has(field)) {
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
