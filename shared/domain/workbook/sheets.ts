/**
 * The standard workbook's sheets (WORKBOOK.md, version 1.1): their columns, how a row becomes a record, how a record
 * becomes a row again, and each record's key (rows with an existing key are updates).
 */
import { communityCodeProblem, streetCodeProblem } from '../admin-codes';
import type { CellValue } from './cell-values';
import type {
  CommunityRecord,
  ComplaintRecord,
  HouseholdRecord,
  MoveRecord,
  PersonRecord,
  RegistrationRecord,
  ServiceRecord,
  SpellRecord,
  StreetData,
  StreetRecord,
} from './records';
import type { RowReader } from './row-reader';
import {
  COMMUNITY_KIND_BY_LABEL,
  COMMUNITY_KIND_LABEL,
  EDUCATION_BY_LABEL,
  EDUCATION_LABEL,
  GENDER_BY_LABEL,
  GENDER_LABEL,
  HUKOU_BY_LABEL,
  HUKOU_LABEL,
  REFERRAL_RESULT_BY_LABEL,
  REFERRAL_RESULT_LABEL,
  REGISTRATION_REASON_BY_LABEL,
  REGISTRATION_REASON_LABEL,
  RELATION_BY_LABEL,
  RELATION_LABEL,
  SERVICE_KIND_BY_LABEL,
  SERVICE_KIND_LABEL,
  SPELL_KIND_BY_LABEL,
  SPELL_KIND_LABEL,
  WORK_ABILITY_BY_LABEL,
  WORK_ABILITY_LABEL,
} from './vocabulary';

/** Version 1.1 adds the optional 移户记录 sheet; a version 1 file (without it) imports as before. */
export const WORKBOOK_FORMAT_VERSION = '1.1';

export interface ColumnDef {
  header: string;
  required: boolean;
  /** Column width in the exported file. */
  width: number;
  date?: boolean;
}

export interface SheetDef<R> {
  name: string;
  /** False only for 街道. */
  required: boolean;
  columns: ColumnDef[];
  parse(r: RowReader): R | null;
  toRow(record: R): CellValue[];
  key(record: R): string;
}

const col = (header: string, required: boolean, width = 12, date = false): ColumnDef => ({ header, required, width, date });
const yes = (v: boolean): string => (v ? '是' : '否');
/** Dates are written as real Excel dates (UTC midnight, shown as yyyy-mm-dd). */
export const excelDate = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
const PHONE = /^[0-9+\-() ]{5,30}$/;

export const streetSheet: SheetDef<StreetRecord> = {
  name: '街道',
  required: false,
  columns: [col('街道代码', true, 14), col('街道名称', true, 20), col('举报电话', false, 16), col('举报信箱', false, 24)],
  parse(r) {
    const code = r.text('街道代码', { required: true, max: 9 });
    const name = r.text('街道名称', { required: true, max: 40 });
    const complaintPhone = r.text('举报电话', { max: 40 });
    const complaintMailbox = r.text('举报信箱', { max: 100 });
    if (code !== null) {
      const problem = streetCodeProblem(code);
      if (problem) r.problem('街道代码', problem);
    }
    if (r.failed || code === null || name === null) return null;
    return { code, name, complaintPhone, complaintMailbox };
  },
  toRow: (s) => [s.code, s.name, s.complaintPhone, s.complaintMailbox],
  key: (s) => s.code,
};

export const communitySheet: SheetDef<CommunityRecord> = {
  name: '社区',
  required: true,
  columns: [col('社区代码', true, 16), col('社区名称', true, 20), col('类型', true, 8)],
  parse(r) {
    const code = r.text('社区代码', { required: true, max: 12 });
    const name = r.text('社区名称', { required: true, max: 40 });
    const kind = r.choice('类型', COMMUNITY_KIND_BY_LABEL, { required: true });
    if (code !== null) {
      const problem = communityCodeProblem(code, null);
      if (problem) r.problem('社区代码', problem);
    }
    if (r.failed || code === null || name === null || kind === null) return null;
    return { code, name, kind };
  },
  toRow: (c) => [c.code, c.name, COMMUNITY_KIND_LABEL[c.kind]],
  key: (c) => c.code,
};

export const householdSheet: SheetDef<HouseholdRecord> = {
  name: '家庭',
  required: true,
  columns: [
    col('户编号', true, 18),
    col('社区代码', true, 16),
    col('地址', false, 30),
    col('户籍类型', true, 10),
    col('低保户', true, 8),
    col('经营性投资性收入', true, 18),
  ],
  parse(r) {
    const number = r.text('户编号', { required: true, max: 30 });
    const communityCode = r.text('社区代码', { required: true, max: 12 });
    const address = r.text('地址', { max: 100 });
    const hukou = r.choice('户籍类型', HUKOU_BY_LABEL, { required: true });
    const dibao = r.yesNo('低保户', { required: true });
    const businessIncome = r.yesNo('经营性投资性收入', { required: true });
    if (r.failed || number === null || communityCode === null || hukou === null || dibao === null || businessIncome === null) return null;
    return { number, communityCode, address, urban: hukou === 'urban', dibao, businessIncome };
  },
  toRow: (h) => [h.number, h.communityCode, h.address, HUKOU_LABEL[h.urban ? 'urban' : 'rural'], yes(h.dibao), yes(h.businessIncome)],
  key: (h) => h.number,
};

export const personSheet: SheetDef<PersonRecord> = {
  name: '人员',
  required: true,
  columns: [
    col('身份证号码', true, 22),
    col('姓名', true, 10),
    col('性别', false, 6),
    col('户编号', true, 18),
    col('与户主关系', true, 10),
    col('联系电话', false, 14),
    col('文化程度', false, 10),
    col('劳动能力', true, 10),
    col('在校学生', false, 10),
    col('已退休', false, 8),
    col('退休年龄基准', false, 12),
    col('农民工', false, 8),
    col('复转军人', false, 10),
    col('毕业年份', false, 10),
    col('就业愿望', true, 10),
    col('无愿望原因', false, 14),
    col('技能特长', false, 14),
    col('技能等级', false, 10),
    col('培训需求', false, 14),
    col('社保关系', false, 14),
    col('享受政策', false, 16),
    col('迁出日期', false, 12, true),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const name = r.text('姓名', { required: true, max: 30 });
    const gender = r.choice('性别', GENDER_BY_LABEL);
    const householdNumber = r.text('户编号', { required: true, max: 30 });
    const relation = r.choice('与户主关系', RELATION_BY_LABEL, { required: true });
    const phone = r.text('联系电话', { max: 30 });
    const education = r.choice('文化程度', EDUCATION_BY_LABEL);
    const workAbility = r.choice('劳动能力', WORK_ABILITY_BY_LABEL, { required: true });
    const isStudent = r.yesNo('在校学生') ?? false;
    const isRetired = r.yesNo('已退休') ?? false;
    const base = r.wholeNumber('退休年龄基准', 0, 100);
    const migrantWorker = r.yesNo('农民工') ?? false;
    const veteran = r.yesNo('复转军人') ?? false;
    const thisYear = Number(r.today.slice(0, 4));
    const graduationYear = r.wholeNumber('毕业年份', 1950, thisYear + 1);
    const wish = r.choice('就业愿望', { 有: 'yes', 无: 'no' } as Record<string, 'yes' | 'no'>, { required: true });
    const noWishReason = r.text('无愿望原因', { max: 30 });
    const skills = r.text('技能特长', { max: 100 });
    const skillLevel = r.text('技能等级', { max: 30 });
    const trainingWanted = r.text('培训需求', { max: 100 });
    const socialInsurance = r.text('社保关系', { max: 100 });
    const policiesEnjoyed = r.text('享受政策', { max: 200 });
    const archivedOn = r.date('迁出日期');

    if (phone !== null && !PHONE.test(phone)) r.problem('联系电话', `“${phone}”不是有效的电话号码`);
    if (id && gender !== null && gender !== id.gender) {
      r.problem('性别', `与身份证号码不符（号码显示为${GENDER_LABEL[id.gender]}）`);
    }
    if (base !== null) {
      if (base !== 50 && base !== 55) r.problem('退休年龄基准', '只能填 50 或 55');
      else if (id && id.gender === 'M') r.problem('退休年龄基准', '只适用于女性');
    }
    if (wish === 'no' && noWishReason === null) r.problem('无愿望原因', '就业愿望为“无”时必须填写原因');
    if (wish === 'yes' && noWishReason !== null) r.problem('无愿望原因', '就业愿望为“有”时不应填写无愿望原因');
    if (id && archivedOn !== null && archivedOn < id.birthDate) r.problem('迁出日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || name === null || householdNumber === null || relation === null || workAbility === null || wish === null) {
      return null;
    }
    return {
      idNumber: id.idNumber,
      name,
      gender: id.gender,
      birthDate: id.birthDate,
      householdNumber,
      relation,
      phone,
      education,
      workAbility,
      isStudent,
      isRetired,
      retirementBase: base === 50 || base === 55 ? base : null,
      migrantWorker,
      veteran,
      graduationYear,
      hasWish: wish === 'yes',
      noWishReason,
      skills,
      skillLevel,
      trainingWanted,
      socialInsurance,
      policiesEnjoyed,
      archivedOn,
    };
  },
  toRow: (p) => [
    p.idNumber,
    p.name,
    GENDER_LABEL[p.gender],
    p.householdNumber,
    RELATION_LABEL[p.relation],
    p.phone,
    p.education === null ? null : EDUCATION_LABEL[p.education],
    WORK_ABILITY_LABEL[p.workAbility],
    yes(p.isStudent),
    yes(p.isRetired),
    p.retirementBase,
    yes(p.migrantWorker),
    yes(p.veteran),
    p.graduationYear,
    p.hasWish ? '有' : '无',
    p.noWishReason,
    p.skills,
    p.skillLevel,
    p.trainingWanted,
    p.socialInsurance,
    p.policiesEnjoyed,
    excelDate(p.archivedOn),
  ],
  key: (p) => p.idNumber,
};

export const spellSheet: SheetDef<SpellRecord> = {
  name: '就业记录',
  required: true,
  columns: [col('身份证号码', true, 22), col('开始日期', true, 12, true), col('结束日期', false, 12, true), col('就业形式', true, 12), col('工作单位', false, 24)],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const startDate = r.date('开始日期', { required: true });
    const endDate = r.date('结束日期');
    const kind = r.choice('就业形式', SPELL_KIND_BY_LABEL, { required: true });
    const employerName = r.text('工作单位', { max: 100 });
    if (startDate !== null && endDate !== null && endDate < startDate) r.problem('结束日期', `结束日期 ${endDate} 早于开始日期 ${startDate}`);
    if (id && startDate !== null && startDate < id.birthDate) r.problem('开始日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || startDate === null || kind === null) return null;
    return { idNumber: id.idNumber, startDate, endDate, kind, employerName };
  },
  toRow: (s) => [s.idNumber, excelDate(s.startDate), excelDate(s.endDate), SPELL_KIND_LABEL[s.kind], s.employerName],
  key: (s) => `${s.idNumber}|${s.startDate}`,
};

export const registrationSheet: SheetDef<RegistrationRecord> = {
  name: '失业登记',
  required: true,
  columns: [col('身份证号码', true, 22), col('登记日期', true, 12, true), col('失业原因', true, 12), col('注销日期', false, 12, true), col('注销原因', false, 20)],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const registeredOn = r.date('登记日期', { required: true });
    const reason = r.choice('失业原因', REGISTRATION_REASON_BY_LABEL, { required: true });
    const cancelledOn = r.date('注销日期');
    const cancelReason = r.text('注销原因', { max: 100 });
    if (registeredOn !== null && cancelledOn !== null && cancelledOn < registeredOn) {
      r.problem('注销日期', `注销日期 ${cancelledOn} 早于登记日期 ${registeredOn}`);
    }
    if (cancelledOn === null && cancelReason !== null) r.problem('注销原因', '未填注销日期却填了注销原因');
    if (id && registeredOn !== null && registeredOn < id.birthDate) r.problem('登记日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || registeredOn === null || reason === null) return null;
    return { idNumber: id.idNumber, registeredOn, reason, cancelledOn, cancelReason };
  },
  toRow: (g) => [g.idNumber, excelDate(g.registeredOn), REGISTRATION_REASON_LABEL[g.reason], excelDate(g.cancelledOn), g.cancelReason],
  key: (g) => `${g.idNumber}|${g.registeredOn}`,
};

export const serviceSheet: SheetDef<ServiceRecord> = {
  name: '服务记录',
  required: true,
  columns: [col('身份证号码', true, 22), col('日期', true, 12, true), col('服务类型', true, 16), col('结果', false, 8), col('内容', false, 40)],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const date = r.date('日期', { required: true });
    const kind = r.choice('服务类型', SERVICE_KIND_BY_LABEL, { required: true });
    const referralResult = r.choice('结果', REFERRAL_RESULT_BY_LABEL);
    const content = r.text('内容', { max: 500 });
    if (referralResult !== null && kind !== null && kind !== 'referral') r.problem('结果', '只有“职业介绍”记录可以填写结果');
    if (id && date !== null && date < id.birthDate) r.problem('日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || date === null || kind === null) return null;
    return { idNumber: id.idNumber, date, kind, referralResult, content };
  },
  toRow: (s) => [
    s.idNumber,
    excelDate(s.date),
    SERVICE_KIND_LABEL[s.kind],
    s.referralResult === null ? null : REFERRAL_RESULT_LABEL[s.referralResult],
    s.content,
  ],
  key: (s) => `${s.idNumber}|${s.date}|${s.kind}|${s.content ?? ''}`,
};

export const complaintSheet: SheetDef<ComplaintRecord> = {
  name: '投诉',
  required: true,
  columns: [col('社区代码', true, 16), col('日期', true, 12, true), col('内容', true, 40), col('是否有效', true, 10)],
  parse(r) {
    const communityCode = r.text('社区代码', { required: true, max: 12 });
    const date = r.date('日期', { required: true });
    const content = r.text('内容', { required: true, max: 500 });
    const valid = r.yesNo('是否有效', { required: true });
    if (r.failed || communityCode === null || date === null || content === null || valid === null) return null;
    return { communityCode, date, content, valid };
  },
  toRow: (c) => [c.communityCode, excelDate(c.date), c.content, yes(c.valid)],
  key: (c) => `${c.communityCode}|${c.date}|${c.content}`,
};

export const moveSheet: SheetDef<MoveRecord> = {
  name: '移户记录',
  required: false,
  columns: [
    col('身份证号码', true, 22),
    col('移户日期', true, 12, true),
    col('原户编号', true, 18),
    col('原与户主关系', false, 12),
    col('新户编号', true, 18),
    col('新与户主关系', true, 12),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const movedOn = r.date('移户日期', { required: true });
    const fromHouseholdNumber = r.text('原户编号', { required: true, max: 30 });
    const fromRelation = r.choice('原与户主关系', RELATION_BY_LABEL);
    const toHouseholdNumber = r.text('新户编号', { required: true, max: 30 });
    const toRelation = r.choice('新与户主关系', RELATION_BY_LABEL, { required: true });
    if (fromHouseholdNumber !== null && fromHouseholdNumber === toHouseholdNumber) r.problem('新户编号', '新户编号与原户编号相同，不是移户');
    if (id && movedOn !== null && movedOn <= id.birthDate) r.problem('移户日期', `须晚于出生日期 ${id.birthDate}`);
    if (r.failed || !id || movedOn === null || fromHouseholdNumber === null || toHouseholdNumber === null || toRelation === null) return null;
    return { idNumber: id.idNumber, movedOn, fromHouseholdNumber, fromRelation, toHouseholdNumber, toRelation };
  },
  toRow: (m) => [
    m.idNumber,
    excelDate(m.movedOn),
    m.fromHouseholdNumber,
    m.fromRelation === null ? null : RELATION_LABEL[m.fromRelation],
    m.toHouseholdNumber,
    RELATION_LABEL[m.toRelation],
  ],
  key: (m) => `${m.idNumber}|${m.movedOn}`,
};

export type SheetField = keyof StreetData;
type RecordOf<K extends SheetField> = StreetData[K] extends (infer R)[] ? R : NonNullable<StreetData[K]>;
export type SheetDefs = { [K in SheetField]: SheetDef<RecordOf<K>> };

/** Every sheet by its StreetData member. */
export const SHEET_DEFS: SheetDefs = {
  street: streetSheet,
  communities: communitySheet,
  households: householdSheet,
  persons: personSheet,
  spells: spellSheet,
  registrations: registrationSheet,
  services: serviceSheet,
  complaints: complaintSheet,
  moves: moveSheet,
};

/** The order sheets are written in (and validated in). */
export const SHEET_ORDER: SheetField[] = ['street', 'communities', 'households', 'persons', 'spells', 'registrations', 'services', 'complaints', 'moves'];
export const SHEET_NAMES: string[] = SHEET_ORDER.map((f) => SHEET_DEFS[f].name);
