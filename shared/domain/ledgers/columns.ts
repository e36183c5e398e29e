/**
 * The columns of each ledger, after what the seeds' ledgers record (序号, 姓名, 性别, 身份证号码, 出生年月, 文化程度,
 * 家庭住址, 联系电话, 失业时间, 失业原因, 就业愿望, 培训需求, 享受政策, 就业去向 …; seed 001's "十清", seed 003's "五清").
 * Keys are the CLI's JSON keys; labels are printed as they are.
 */
import type { LedgerKind } from './kinds';

export interface LedgerColumn {
  key: string;
  label: string;
  /** Relative width on paper and in Excel (about characters at 9 pt). */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** 身份证号码: printed in a code face, written to Excel as text, masked on screen and in prints. */
  idNumber?: boolean;
  /** Offered as a filter with its distinct values. */
  facet?: boolean;
  /** Summed in the totals row. */
  sum?: boolean;
}

const c = (key: string, label: string, width: number, extra: Partial<LedgerColumn> = {}): LedgerColumn => ({ key, label, width, ...extra });

const SEQ = c('seq', '序号', 4, { align: 'right' });
const COMMUNITY = c('community', '社区', 9);
const NAME = c('name', '姓名', 6);
const GENDER = c('gender', '性别', 3, { align: 'center', facet: true });
const ID_NUMBER = c('idNumber', '身份证号码', 15, { idNumber: true });
const BIRTH = c('birthMonth', '出生年月', 6.5, { align: 'center' });
const EDUCATION = c('education', '文化程度', 5, { align: 'center', facet: true });
const ADDRESS = c('address', '家庭住址', 13);
const PHONE = c('phone', '联系电话', 10);
const HOUSEHOLD = c('householdNumber', '户编号', 8);
const RELATION = c('relation', '与户主关系', 4, { align: 'center' });
const STATE = c('state', '就业状态', 5, { align: 'center', facet: true });
const DESTINATION = c('destination', '就业去向', 12);
const SKILLS = c('skills', '技能特长', 8);
const SKILL_LEVEL = c('skillLevel', '技能水平', 6);
const REGISTERED_ON = c('registeredOn', '失业登记日期', 9, { align: 'center' });
const REASON = c('reason', '失业原因', 5, { align: 'center', facet: true });
const SINCE = c('unemployedSince', '失业时间', 9, { align: 'center' });
const WISH = c('wish', '就业愿望', 9);
const TRAINING_WANTED = c('trainingWanted', '培训需求', 7);
const POLICIES = c('policiesEnjoyed', '享受政策', 8);
const INSURANCE = c('socialInsurance', '社会保险关系', 7);
const CLERK = c('clerk', '经办人', 5, { align: 'center' });
/** A person ledger's first columns: 序号, 社区 and who the person is. */
const PERSON_HEAD: readonly LedgerColumn[] = [SEQ, COMMUNITY, NAME, GENDER, ID_NUMBER, BIRTH];
/** A record ledger's first columns: 序号, 社区 and the record's date under its own name. */
const recordHead = (dateLabel: string): LedgerColumn[] => [SEQ, COMMUNITY, c('date', dateLabel, 9, { align: 'center' })];
/** A service-record ledger's first columns (服务记录, 政策落实): the record head, the service's kind, who was served. */
const serviceHead = (dateLabel: string, kindLabel: string, kindWidth: number): LedgerColumn[] => [
  ...recordHead(dateLabel),
  c('serviceKind', kindLabel, kindWidth, { align: 'center', facet: true }),
  NAME,
  ID_NUMBER,
];

export const LEDGER_COLUMNS: Record<LedgerKind, readonly LedgerColumn[]> = {
  'labour-resources': [SEQ, COMMUNITY, HOUSEHOLD, NAME, RELATION, GENDER, ID_NUMBER, BIRTH, EDUCATION, ADDRESS, PHONE, SKILLS, STATE, DESTINATION, c('category', '人员类别', 8)],
  unemployed: [...PERSON_HEAD, EDUCATION, ADDRESS, PHONE, SKILL_LEVEL, REGISTERED_ON, REASON, SINCE, WISH, TRAINING_WANTED, POLICIES, INSURANCE],
  'difficult-groups': [
    SEQ,
    c('section', '类别', 6, { align: 'center', facet: true }),
    COMMUNITY,
    HOUSEHOLD,
    NAME,
    RELATION,
    GENDER,
    ID_NUMBER,
    BIRTH,
    ADDRESS,
    PHONE,
    STATE,
    SINCE,
    c('appeared', '零就业出现日期', 9, { align: 'center' }),
    WISH,
  ],
  graduates: [...PERSON_HEAD, EDUCATION, c('graduationYear', '毕业年份', 5, { align: 'center' }), ADDRESS, PHONE, REGISTERED_ON, REASON, STATE, WISH, TRAINING_WANTED, POLICIES],
  veterans: [...PERSON_HEAD, EDUCATION, ADDRESS, PHONE, SKILLS, STATE, DESTINATION, REGISTERED_ON, WISH, TRAINING_WANTED],
  'migrant-workers': [
    ...PERSON_HEAD,
    EDUCATION,
    ADDRESS,
    PHONE,
    SKILLS,
    STATE,
    DESTINATION,
    WISH,
    c('servedInPeriod', '本期服务', 4, { align: 'center', facet: true }),
  ],
  training: [
    ...recordHead('培训日期'),
    NAME,
    GENDER,
    ID_NUMBER,
    PHONE,
    c('course', '培训项目', 12),
    c('hours', '学时', 4, { align: 'right', sum: true }),
    c('certificate', '取得证书', 9),
    c('outcome', '培训结果', 9),
    CLERK,
  ],
  services: [
    ...serviceHead('服务日期', '服务类别', 5),
    PHONE,
    c('content', '服务内容', 14),
    c('vacancy', '介绍岗位', 12),
    c('referralResult', '介绍结果', 6, { align: 'center', facet: true }),
    c('outcome', '服务结果', 9),
    CLERK,
  ],
  policies: [
    ...serviceHead('落实日期', '类别', 6),
    c('benefitType', '政策项目', 10),
    c('amount', '金额（元）', 6, { align: 'right', sum: true }),
    c('benefitPeriod', '享受期限', 9),
    c('approvalNumber', '批准文号', 9),
    c('content', '备注', 10),
    CLERK,
  ],
  vacancies: [
    SEQ,
    COMMUNITY,
    c('employer', '用人单位', 12),
    c('title', '岗位名称', 10),
    c('posts', '岗位数', 4, { align: 'right', sum: true }),
    c('hired', '已录用', 4, { align: 'right', sum: true }),
    c('skills', '技能要求', 10),
    c('wage', '月工资（元）', 6, { align: 'right' }),
    c('openedOn', '发布日期', 9, { align: 'center' }),
    c('filledOn', '招满日期', 9, { align: 'center' }),
    c('status', '截至日期状态', 6, { align: 'center', facet: true }),
    c('publicWelfare', '公益性岗位', 5, { align: 'center', facet: true }),
    c('developed', '社区开发', 5, { align: 'center', facet: true }),
  ],
  'double-unemployed-families': [
    SEQ,
    COMMUNITY,
    HOUSEHOLD,
    c('headName', '户主姓名', 6),
    c('headIdNumber', '户主身份证号码', 15, { idNumber: true }),
    c('spouseName', '配偶姓名', 6),
    c('spouseIdNumber', '配偶身份证号码', 15, { idNumber: true }),
    ADDRESS,
    PHONE,
    c('memberCount', '家庭人口', 4, { align: 'right', sum: true }),
    c('appeared', '出现日期', 9, { align: 'center' }),
    c('daysPresent', '已持续天数', 5, { align: 'right' }),
    c('lastService', '最近服务日期', 9, { align: 'center' }),
  ],
  'difficult-persons': [
    ...PERSON_HEAD,
    ADDRESS,
    PHONE,
    c('category', '困难类别', 7, { align: 'center', facet: true }),
    c('recognisedOn', '认定日期', 9, { align: 'center' }),
    c('especiallyDifficult', '特别困难', 4, { align: 'center', facet: true }),
    SKILLS,
    WISH,
    STATE,
    POLICIES,
    c('agreement', '援助协议（一人一策）', 8, { align: 'center' }),
  ],
};

/** The column keys of a ledger, in their default order. */
export function columnKeys(kind: LedgerKind): string[] {
  return LEDGER_COLUMNS[kind].map((col) => col.key);
}
