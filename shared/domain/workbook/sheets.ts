/**
 * The standard workbook's sheets (docs/workbook-v2.md; versions 1 and 1.1 in ../shared/WORKBOOK.md): their columns,
 * how a row becomes a record, how a record becomes a row again, and each record's key (rows with an existing key are
 * updates). The version 1 sheets with the columns version 2 adds are here; the sheets version 2 adds are in
 * sheets-*.ts. A version 1 or 1.1 file is a version 2 file without the new sheets and columns.
 */
import { communityCodeProblem, streetCodeProblem } from '../admin-codes';
import type {
  CommunityRecord,
  ComplaintRecord,
  HouseholdRecord,
  MoveRecord,
  PersonRecord,
  PlatformChecklist,
  RegistrationRecord,
  ServiceRecord,
  SpellRecord,
  StreetData,
  StreetRecord,
} from './records';
import { PLATFORM_ITEMS } from './records';
import type { RowReader } from './row-reader';
import { benefitColumns, column, excelDate, householdRefColumn, personRefColumn, readBenefit, readSeq, seqCell, seqColumn, yes, yesOrEmpty } from './sheet-kit';
import type { ColumnDef, SheetDef } from './sheet-kit';
import { employerSheet, vacancySheet } from './sheets-employers';
import { householdFlagSheet, householdServiceSheet } from './sheets-households';
import { agreementSheet, measureSheet, recognitionSheet } from './sheets-recognitions';
import { wishSheet } from './sheets-wishes';
import {
  COMMUNITY_KIND_BY_LABEL,
  COMMUNITY_KIND_LABEL,
  EDUCATION_BY_LABEL,
  EDUCATION_LABEL,
  GENDER_BY_LABEL,
  GENDER_LABEL,
  HUKOU_BY_LABEL,
  HUKOU_LABEL,
  PLATFORM_LABEL,
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
  WISH_BY_LABEL,
  WORK_ABILITY_BY_LABEL,
  WORK_ABILITY_LABEL,
} from './vocabulary';

export type { ColumnDef, SheetDef } from './sheet-kit';
export { excelDate } from './sheet-kit';

/**
 * Version 2 holds everything a clerk enters (docs/workbook-v2.md); 1.1 added 移户记录; a version 1 file (without the
 * sheets and columns added since) imports as before.
 */
export const WORKBOOK_FORMAT_VERSION = '2';

/** The sheet of notes in the template and the export: read past on import, never an error or a warning. */
export const NOTES_SHEET = '填表说明';

const PHONE = /^[0-9+\-() ]{5,30}$/;
const ID = '18 位公民身份号码（末位可为 X；15 位旧号码自动转换为 18 位），按文本填写';

const values = (labels: Record<string, string>): string[] => Object.values(labels);

export const streetSheet: SheetDef<StreetRecord> = {
  name: '街道',
  required: false,
  meaning: '本街道（乡镇），只有一行。没有这张表时，街道保持程序中的设置',
  columns: [
    column('街道代码', 'code', '9 位统计用区划代码；每个社区代码都必须以它开头', '321102001', { required: true, width: 14 }),
    column('街道名称', 'text', '', '解放路街道', { required: true, width: 20 }),
    column('举报电话', 'text', '公示牌上的举报电话', '0511-12345678', { fields: ['complaintPhone'] }),
    column('举报信箱', 'text', '公示牌上的举报信箱', '街道劳动保障所一楼信箱', { width: 24, fields: ['complaintMailbox'] }),
  ],
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
  order: (s) => [s.code],
};

function platformColumns(): ColumnDef[] {
  return PLATFORM_ITEMS.flatMap((item) => [
    column(`六到位-${PLATFORM_LABEL[item]}`, 'yesNo', `社区劳动保障平台“六到位”之${PLATFORM_LABEL[item]}是否到位；空 = 未记录`, '是', { fields: ['platform'] }),
    column(`六到位-${PLATFORM_LABEL[item]}说明`, 'text', `${PLATFORM_LABEL[item]}到位的佐证说明（须同时填写是否到位）`, item === 'organisation' ? '社区劳动保障服务站已挂牌' : null, { width: 24, fields: ['platform'] }),
  ]);
}

function readPlatform(r: RowReader): PlatformChecklist | null {
  const out: PlatformChecklist = {};
  let any = false;
  for (const item of PLATFORM_ITEMS) {
    const label = PLATFORM_LABEL[item];
    const ok = r.yesNo(`六到位-${label}`);
    const note = r.text(`六到位-${label}说明`, { max: 200 });
    if (ok === null) {
      if (note !== null) r.problem(`六到位-${label}`, `填写了“六到位-${label}说明”，须同时填写是否到位（是/否）`);
      continue;
    }
    out[item] = { ok, note };
    any = true;
  }
  return any ? out : null;
}

function platformCells(platform: PlatformChecklist | null): (string | null)[] {
  return PLATFORM_ITEMS.flatMap((item) => {
    const mark = platform?.[item];
    return mark ? [yes(mark.ok), mark.note] : [null, null];
  });
}

export const communitySheet: SheetDef<CommunityRecord> = {
  name: '社区',
  required: true,
  meaning: '街道下辖的社区和村，每个一行',
  columns: [
    column('社区代码', 'code', '12 位统计用区划代码，以街道代码开头，不得重复', '321102001001', { required: true }),
    column('社区名称', 'text', '', '金山社区', { required: true, width: 20 }),
    column('类型', 'choice', '', '社区', { required: true, width: 8, values: values(COMMUNITY_KIND_LABEL) }),
    column('联系人及电话', 'text', '社区劳动保障工作联系人（第 2 版）', '王丽 0511-85011234', { width: 20, fields: ['contact'] }),
    ...platformColumns(),
  ],
  parse(r) {
    const code = r.text('社区代码', { required: true, max: 12 });
    const name = r.text('社区名称', { required: true, max: 40 });
    const kind = r.choice('类型', COMMUNITY_KIND_BY_LABEL, { required: true });
    const contact = r.text('联系人及电话', { max: 100 });
    const platform = readPlatform(r);
    if (code !== null) {
      const problem = communityCodeProblem(code, null);
      if (problem) r.problem('社区代码', problem);
    }
    if (r.failed || code === null || name === null || kind === null) return null;
    return { code, name, kind, contact, platform };
  },
  toRow: (c) => [c.code, c.name, COMMUNITY_KIND_LABEL[c.kind], c.contact, ...platformCells(c.platform)],
  key: (c) => c.code,
  order: (c) => [c.code],
};

export const householdSheet: SheetDef<HouseholdRecord> = {
  name: '家庭',
  required: true,
  meaning: '每户一行。低保户、户籍类型、经营性投资性收入是不限日期的取值；自某日起的变化填在“家庭状况变更”',
  columns: [
    column('户编号', 'code', '本街道内唯一的户编号', '321102001001000123', { required: true, width: 20 }),
    column('社区代码', 'code', '户所在社区，须在“社区”表或数据库中', '321102001001', { required: true }),
    column('地址', 'text', '', '金山路 1 号 2 幢 301 室', { width: 30, fields: ['address'] }),
    column('户籍类型', 'choice', '不限日期的户籍类型', '城镇', { required: true, values: values(HUKOU_LABEL) }),
    column('低保户', 'yesNo', '不限日期是否低保户', '否', { required: true }),
    column('经营性投资性收入', 'yesNo', '不限日期是否有经营性、投资性收入', '否', { required: true, width: 18 }),
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
  order: (h) => [h.number],
};

export const personSheet: SheetDef<PersonRecord> = {
  name: '人员',
  required: true,
  meaning: '每人一行，户编号与与户主关系是其现在（或迁出前最后）所在的户',
  columns: [
    column('身份证号码', 'id', ID, '321102198504121214', { required: true }),
    column('姓名', 'text', '', '张伟', { required: true, width: 10 }),
    column('性别', 'choice', '可空；填写时须与身份证号码一致', '男', { width: 6, values: values(GENDER_LABEL) }),
    householdRefColumn(),
    column('与户主关系', 'choice', '一户在同一天只能有一位户主', '户主', { required: true, values: values(RELATION_LABEL) }),
    column('联系电话', 'text', '', '13912345678', { width: 14, fields: ['phone'] }),
    column('文化程度', 'choice', '', '高中', { values: values(EDUCATION_LABEL), fields: ['education'] }),
    column('劳动能力', 'choice', '', '完全', { required: true, values: values(WORK_ABILITY_LABEL) }),
    column('在校学生', 'yesNo', '空 = 否', '否', { fields: ['isStudent'] }),
    column('已退休', 'yesNo', '空 = 否', '否', { fields: ['isRetired'] }),
    column('退休年龄基准', 'integer', '仅女性：50 或 55；空 = 按设置', null, { width: 12, values: ['50', '55'], fields: ['retirementBase'] }),
    column('农民工', 'yesNo', '空 = 否', '否', { fields: ['migrantWorker'] }),
    column('复转军人', 'yesNo', '空 = 否', '否', { fields: ['veteran'] }),
    column('毕业年份', 'integer', '高校毕业生的毕业年份', null, { fields: ['graduationYear'] }),
    column('就业愿望', 'choice', '第 1 版的写法：不限日期的就业愿望（有/无）。第 2 版把每人的就业愿望（含日期）写在“就业愿望”表，本列留空', null, {
      values: values({ yes: '有', no: '无' }),
      fields: ['hasWish', 'noWishReason', 'trainingWanted'],
    }),
    column('无愿望原因', 'text', '与本表“就业愿望”列同用：为“无”时必填', null, { width: 14, fields: ['hasWish', 'noWishReason', 'trainingWanted'] }),
    column('技能特长', 'text', '', '电工', { fields: ['skills'] }),
    column('技能等级', 'text', '', '中级工', { fields: ['skillLevel'] }),
    column('培训需求', 'text', '与本表“就业愿望”列同用', null, { fields: ['hasWish', 'noWishReason', 'trainingWanted'] }),
    column('社保关系', 'text', '', '城镇职工养老保险', { fields: ['socialInsurance'] }),
    column('享受政策', 'text', '', '灵活就业社保补贴', { fields: ['policiesEnjoyed'] }),
    column('迁出日期', 'date', '迁出（注销）之日，自这天起不再计入本街道；空 = 仍在本街道', null, { fields: ['archivedOn'] }),
    column('迁出原因', 'text', '迁出（注销）的原因（第 2 版），须同时填写迁出日期', null, { fields: ['archiveReason'] }),
    column('迁入日期', 'date', '晚于建档迁入本街道的第一天（第 2 版）；空 = 建档以前就在本街道。有移户记录时，早于第一次移户', null, { fields: ['arrivedOn'] }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const name = r.text('姓名', { required: true, max: 30 });
    const gender = r.choice('性别', GENDER_BY_LABEL);
    const householdNumber = r.text('户编号', { required: true, max: 30 });
    const relation = r.choice('与户主关系', RELATION_BY_LABEL, { required: true });
    const phone = r.text('联系电话', { max: 30, shared: false });
    const education = r.choice('文化程度', EDUCATION_BY_LABEL);
    const workAbility = r.choice('劳动能力', WORK_ABILITY_BY_LABEL, { required: true });
    const isStudent = r.yesNo('在校学生') ?? false;
    const isRetired = r.yesNo('已退休') ?? false;
    const base = r.wholeNumber('退休年龄基准', 0, 100);
    const migrantWorker = r.yesNo('农民工') ?? false;
    const veteran = r.yesNo('复转军人') ?? false;
    const thisYear = Number(r.today.slice(0, 4));
    const graduationYear = r.wholeNumber('毕业年份', 1950, thisYear + 1);
    const wish = r.choice('就业愿望', WISH_BY_LABEL);
    const noWishReason = r.text('无愿望原因', { max: 30 });
    const skills = r.text('技能特长', { max: 100 });
    const skillLevel = r.text('技能等级', { max: 30 });
    const trainingWanted = r.text('培训需求', { max: 100 });
    const socialInsurance = r.text('社保关系', { max: 100 });
    const policiesEnjoyed = r.text('享受政策', { max: 200 });
    const archivedOn = r.date('迁出日期');
    const archiveReason = r.text('迁出原因', { max: 100 });
    const arrivedOn = r.date('迁入日期');

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
    if (wish === null && noWishReason !== null) r.problem('无愿望原因', '填写无愿望原因时须同时填写就业愿望（无）');
    if (wish === null && trainingWanted !== null) r.problem('培训需求', '本列与“就业愿望”列同用：须同时填写就业愿望；第 2 版请填在“就业愿望”表');
    if (id && archivedOn !== null && archivedOn < id.birthDate) r.problem('迁出日期', `早于出生日期 ${id.birthDate}`);
    if (archiveReason !== null && archivedOn === null) r.problem('迁出原因', '填写迁出原因时须同时填写迁出日期');
    if (id && arrivedOn !== null && arrivedOn < id.birthDate) r.problem('迁入日期', `早于出生日期 ${id.birthDate}`);
    if (arrivedOn !== null && archivedOn !== null && arrivedOn >= archivedOn) r.problem('迁入日期', `须早于迁出日期 ${archivedOn}`);
    if (r.failed || !id || name === null || householdNumber === null || relation === null || workAbility === null) {
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
      hasWish: wish === null ? null : wish === 'yes',
      noWishReason,
      skills,
      skillLevel,
      trainingWanted,
      socialInsurance,
      policiesEnjoyed,
      archivedOn,
      archiveReason,
      arrivedOn,
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
    p.hasWish === null ? null : p.hasWish ? '有' : '无',
    p.hasWish === null ? null : p.noWishReason,
    p.skills,
    p.skillLevel,
    p.hasWish === null ? null : p.trainingWanted,
    p.socialInsurance,
    p.policiesEnjoyed,
    excelDate(p.archivedOn),
    p.archiveReason,
    excelDate(p.arrivedOn),
  ],
  key: (p) => p.idNumber,
  order: (p) => [p.idNumber],
};

export const spellSheet: SheetDef<SpellRecord> = {
  name: '就业记录',
  required: true,
  meaning: '每段就业一行；同一人的各段不得重叠',
  columns: [
    personRefColumn('321102198504121214'),
    column('开始日期', 'date', '就业的第一天', '2021-01-04', { required: true }),
    column('结束日期', 'date', '就业的最后一天，次日起失业；空 = 仍在就业', null),
    column('就业形式', 'choice', '', '单位就业', { required: true, values: values(SPELL_KIND_LABEL) }),
    column('工作单位', 'text', '工作单位名称（文字）', '金山机械厂', { width: 24, fields: ['employerName'] }),
    column('用工单位', 'text', '登记在“用工单位”表中的单位时填其单位名称（第 2 版），须在该表或数据库中', null, { width: 24, fields: ['employer'] }),
    column('岗位', 'text', '（第 2 版）', '装配工', { fields: ['post'] }),
    column('签订劳动合同', 'yesNo', '空 = 未记录（第 2 版）', '是', { width: 12, fields: ['contractSigned'] }),
    column('缴纳社会保险', 'yesNo', '空 = 未记录（第 2 版）', '是', { width: 12, fields: ['socialInsurancePaid'] }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const startDate = r.date('开始日期', { required: true });
    const endDate = r.date('结束日期');
    const kind = r.choice('就业形式', SPELL_KIND_BY_LABEL, { required: true });
    const employerName = r.text('工作单位', { max: 100 });
    const employer = r.text('用工单位', { max: 100 });
    const post = r.text('岗位', { max: 60 });
    const contractSigned = r.yesNo('签订劳动合同');
    const socialInsurancePaid = r.yesNo('缴纳社会保险');
    if (startDate !== null && endDate !== null && endDate < startDate) r.problem('结束日期', `结束日期 ${endDate} 早于开始日期 ${startDate}`);
    if (id && startDate !== null && startDate < id.birthDate) r.problem('开始日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || startDate === null || kind === null) return null;
    return { idNumber: id.idNumber, startDate, endDate, kind, employerName, employer, post, contractSigned, socialInsurancePaid };
  },
  toRow: (s) => [
    s.idNumber,
    excelDate(s.startDate),
    excelDate(s.endDate),
    SPELL_KIND_LABEL[s.kind],
    s.employerName,
    s.employer,
    s.post,
    yesOrEmpty(s.contractSigned),
    yesOrEmpty(s.socialInsurancePaid),
  ],
  key: (s) => `${s.idNumber}|${s.startDate}`,
  order: (s) => [s.idNumber, s.startDate],
};

export const registrationSheet: SheetDef<RegistrationRecord> = {
  name: '失业登记',
  required: true,
  meaning: '每次失业登记一行；同一人的登记不得重叠',
  columns: [
    personRefColumn('321102198709302424'),
    column('登记日期', 'date', '', '2026-03-02', { required: true }),
    column('失业原因', 'choice', '', '失业', { required: true, values: values(REGISTRATION_REASON_LABEL) }),
    column('注销日期', 'date', '登记在这一天起不再有效；空 = 仍在登记', null, { fields: ['cancelledOn'] }),
    column('注销原因', 'text', '须同时填写注销日期', null, { width: 20, fields: ['cancelReason'] }),
  ],
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
  order: (g) => [g.idNumber, g.registeredOn],
};

const REFERRAL_FIELDS = ['vacancy'];
const TRAINING_FIELDS = ['course', 'hours', 'certificate'];

export const serviceSheet: SheetDef<ServiceRecord> = {
  name: '服务记录',
  required: true,
  meaning: '给一个人的每次服务一行（给一户的服务填在“家庭服务记录”）',
  columns: [
    personRefColumn('321102198709302424'),
    column('日期', 'date', '', '2026-03-04', { required: true }),
    column('服务类型', 'choice', '', '职业介绍', { required: true, values: values(SERVICE_KIND_LABEL), width: 16 }),
    column('结果', 'choice', '仅职业介绍：介绍结果', '待定', { width: 8, values: values(REFERRAL_RESULT_LABEL), fields: ['referralResult'] }),
    column('内容', 'text', '服务内容（课程、政策及金额、单位等）', '金山超市 收银员', { width: 40 }),
    seqColumn('人同一天同一服务类型、内容相同'),
    column('经办人', 'text', '（第 2 版）', '王芳', { width: 10, fields: ['clerk'] }),
    column('服务结果', 'text', '服务的结果，文字（第 2 版）', '有意向，下周面试', { width: 20, fields: ['outcome'] }),
    column('结果日期', 'date', '仅职业介绍：得知录用或拒绝的日期（第 2 版）；空且结果为录用或拒绝时按服务日期', null, { fields: ['referralResultOn'] }),
    column('岗位单位', 'text', '仅职业介绍：所介绍岗位的单位名称（第 2 版）；与岗位名称、岗位发布日期一起指明“岗位”表或数据库中的岗位', '金山超市有限公司', { width: 22, fields: REFERRAL_FIELDS }),
    column('岗位名称', 'text', '仅职业介绍：所介绍岗位的名称', '收银员', { fields: REFERRAL_FIELDS }),
    column('岗位发布日期', 'date', '仅职业介绍：所介绍岗位的发布日期', '2026-02-20', { fields: REFERRAL_FIELDS }),
    column('培训项目', 'text', '仅培训（第 2 版）', null, { fields: TRAINING_FIELDS }),
    column('学时', 'decimal', '仅培训：学时数（大于 0）', null, { fields: TRAINING_FIELDS }),
    column('证书', 'text', '仅培训：取得的证书', null, { fields: TRAINING_FIELDS }),
    ...benefitColumns(),
    column('协议签订日期', 'date', '仅援助协议、跟踪回访：所属一人一策援助协议的签订日期（第 2 版），须在“援助协议”表或数据库中有此人此日签订的协议', null, {
      fields: ['agreementSignedOn'],
    }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const date = r.date('日期', { required: true });
    const kind = r.choice('服务类型', SERVICE_KIND_BY_LABEL, { required: true });
    const referralResult = r.choice('结果', REFERRAL_RESULT_BY_LABEL);
    const content = r.text('内容', { max: 500 });
    const seq = readSeq(r);
    const clerk = r.text('经办人', { max: 20 });
    const outcome = r.text('服务结果', { max: 200 });
    const resultOn = r.date('结果日期');
    const vacancyEmployer = r.text('岗位单位', { max: 100 });
    const vacancyTitle = r.text('岗位名称', { max: 60 });
    const vacancyOpenedOn = r.date('岗位发布日期');
    const course = r.text('培训项目', { max: 60 });
    const hours = r.decimal('学时', 0, 2000);
    const certificate = r.text('证书', { max: 60 });
    const benefit = readBenefit(r, kind === 'policy_benefit' || kind === null);
    const agreementSignedOn = r.date('协议签订日期');
    const referral = kind === 'referral';
    if (referralResult !== null && kind !== null && !referral) r.problem('结果', '只有“职业介绍”记录可以填写结果');
    if (resultOn !== null) {
      if (referralResult !== 'hired' && referralResult !== 'refused') r.problem('结果日期', '只有结果为“录用”或“拒绝”的职业介绍可以填写结果日期');
      else if (date !== null && resultOn < date) r.problem('结果日期', `结果日期 ${resultOn} 早于介绍日期 ${date}`);
    }
    if (vacancyEmployer !== null || vacancyTitle !== null || vacancyOpenedOn !== null) {
      if (kind !== null && !referral) r.problem('岗位单位', '只有“职业介绍”记录可以填写所介绍的岗位');
      else if (vacancyEmployer === null || vacancyTitle === null || vacancyOpenedOn === null) {
        r.problem(vacancyEmployer === null ? '岗位单位' : vacancyTitle === null ? '岗位名称' : '岗位发布日期', '岗位单位、岗位名称、岗位发布日期须一起填写');
      } else if (date !== null && vacancyOpenedOn !== null && vacancyOpenedOn > date) r.problem('岗位发布日期', `岗位发布日期 ${vacancyOpenedOn} 晚于介绍日期 ${date}`);
    }
    if (kind !== null && kind !== 'training') {
      const only = '只有“培训”记录可以填写本列';
      if (course !== null) r.problem('培训项目', only);
      if (hours !== null) r.problem('学时', only);
      if (certificate !== null) r.problem('证书', only);
    }
    if (hours !== null && hours <= 0) r.problem('学时', '学时应大于 0');
    if (agreementSignedOn !== null) {
      if (kind !== null && kind !== 'assistance_agreement' && kind !== 'follow_up') r.problem('协议签订日期', '只有“援助协议”“跟踪回访”记录可以属于一人一策援助协议');
      else if (date !== null && date < agreementSignedOn) r.problem('协议签订日期', `服务日期 ${date} 早于协议签订日期 ${agreementSignedOn}`);
    }
    if (id && date !== null && date < id.birthDate) r.problem('日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || date === null || kind === null) return null;
    const decided = referralResult === 'hired' || referralResult === 'refused';
    return {
      idNumber: id.idNumber,
      date,
      kind,
      referralResult,
      content,
      seq,
      clerk,
      outcome,
      referralResultOn: decided ? (resultOn ?? date) : null,
      vacancy: vacancyEmployer !== null && vacancyTitle !== null && vacancyOpenedOn !== null ? { employer: vacancyEmployer, title: vacancyTitle, openedOn: vacancyOpenedOn } : null,
      course,
      hours,
      certificate,
      // Named one by one, not spread: a literal of known fields keeps them all inside the object (410,000 of them).
      benefitType: benefit.benefitType,
      amount: benefit.amount,
      benefitPeriod: benefit.benefitPeriod,
      approvalNumber: benefit.approvalNumber,
      agreementSignedOn,
    };
  },
  toRow: (s) => [
    s.idNumber,
    excelDate(s.date),
    SERVICE_KIND_LABEL[s.kind],
    s.referralResult === null ? null : REFERRAL_RESULT_LABEL[s.referralResult],
    s.content,
    seqCell(s.seq),
    s.clerk,
    s.outcome,
    excelDate(s.referralResultOn),
    s.vacancy?.employer ?? null,
    s.vacancy?.title ?? null,
    excelDate(s.vacancy?.openedOn ?? null),
    s.course,
    s.hours,
    s.certificate,
    s.benefitType,
    s.amount,
    s.benefitPeriod,
    s.approvalNumber,
    excelDate(s.agreementSignedOn),
  ],
  key: (s) => `${s.idNumber}|${s.date}|${s.kind}|${s.content ?? ''}|${s.seq}`,
  order: (s) => [s.idNumber, s.date, s.kind, s.content ?? '', s.seq],
};

export const complaintSheet: SheetDef<ComplaintRecord> = {
  name: '投诉',
  required: true,
  meaning: '每件投诉一行：登记、认定是否有效（及认定日期、理由）、办结',
  columns: [
    column('社区代码', 'code', '被投诉的社区，须在“社区”表或数据库中', '321102001001', { required: true }),
    column('日期', 'date', '投诉日期', '2026-05-06', { required: true }),
    column('内容', 'text', '', '办事排队时间长', { required: true, width: 40 }),
    column('是否有效', 'yesNo', '认定结论；空 = 尚未认定（第 1 版为必填）', '否', { fields: ['valid', 'judgedOn', 'validityReason'] }),
    seqColumn('社区同一天内容相同的投诉'),
    column('认定日期', 'date', '作出认定的日期（第 2 版）；空且已填是否有效时按投诉日期。考核某日只计当日及以前认定的有效投诉', '2026-05-08', {
      fields: ['judgedOn'],
    }),
    column('认定理由', 'text', '（第 2 版）须同时填写是否有效', '经核实，当日窗口排队属实但未超时限', { width: 30, fields: ['validityReason'] }),
    column('处理结果', 'text', '（第 2 版）与办结日期一起填写', '已调整窗口人员安排并电话答复', { width: 30, fields: ['resolution', 'resolvedOn'] }),
    column('办结日期', 'date', '（第 2 版）与处理结果一起填写，不早于投诉日期和认定日期', '2026-05-12', { fields: ['resolution', 'resolvedOn'] }),
  ],
  parse(r) {
    const communityCode = r.text('社区代码', { required: true, max: 12 });
    const date = r.date('日期', { required: true });
    const content = r.text('内容', { required: true, max: 1000 });
    const valid = r.yesNo('是否有效');
    const seq = readSeq(r);
    const judged = r.date('认定日期');
    const validityReason = r.text('认定理由', { max: 200 });
    const resolution = r.text('处理结果', { max: 500 });
    const resolvedOn = r.date('办结日期');
    if (valid === null && judged !== null) r.problem('认定日期', '填写认定日期时须同时填写是否有效');
    if (valid === null && validityReason !== null) r.problem('认定理由', '填写认定理由时须同时填写是否有效');
    const judgedOn = valid === null ? null : (judged ?? date);
    if (date !== null && judged !== null && judged < date) r.problem('认定日期', `认定日期 ${judged} 早于投诉日期 ${date}`);
    if ((resolution === null) !== (resolvedOn === null)) r.problem(resolution === null ? '处理结果' : '办结日期', '处理结果与办结日期须一起填写');
    if (resolvedOn !== null && date !== null && resolvedOn < date) r.problem('办结日期', `办结日期 ${resolvedOn} 早于投诉日期 ${date}`);
    else if (resolvedOn !== null && judgedOn !== null && resolvedOn < judgedOn) r.problem('办结日期', `办结日期 ${resolvedOn} 早于认定日期 ${judgedOn}`);
    if (r.failed || communityCode === null || date === null || content === null) return null;
    return { communityCode, date, content, valid, seq, judgedOn, validityReason, resolution, resolvedOn };
  },
  toRow: (c) => [
    c.communityCode,
    excelDate(c.date),
    c.content,
    yesOrEmpty(c.valid),
    seqCell(c.seq),
    excelDate(c.judgedOn),
    c.validityReason,
    c.resolution,
    excelDate(c.resolvedOn),
  ],
  key: (c) => `${c.communityCode}|${c.date}|${c.content}|${c.seq}`,
  order: (c) => [c.communityCode, c.date, c.content, c.seq],
};

export const moveSheet: SheetDef<MoveRecord> = {
  name: '移户记录',
  required: false,
  meaning: '一人从一户移到另一户，每次一行（第 1.1 版）。同一人的移户按日期首尾相接，最后一次的新户编号即“人员”表中的户编号',
  columns: [
    column('身份证号码', 'id', '须在“人员”表中', '321102198709302424', { required: true }),
    column('移户日期', 'date', '在新户的第一天', '2024-05-01', { required: true }),
    column('原户编号', 'code', '须在“家庭”表或数据库中', '321102001002000045', { required: true, width: 20 }),
    column('原与户主关系', 'choice', '在原户中与户主的关系', '子女', { values: values(RELATION_LABEL) }),
    column('新户编号', 'code', '须在“家庭”表或数据库中，且与原户编号不同', '321102001001000123', { required: true, width: 20 }),
    column('新与户主关系', 'choice', '在新户中与户主的关系', '配偶', { required: true, values: values(RELATION_LABEL) }),
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
  order: (m) => [m.idNumber, m.movedOn],
};

export type SheetField = keyof StreetData;
export type RecordOf<K extends SheetField> = StreetData[K] extends (infer R)[] ? R : NonNullable<StreetData[K]>;
export type SheetDefs = { [K in SheetField]: SheetDef<RecordOf<K>> };

/** Every sheet by its StreetData member. */
export const SHEET_DEFS: SheetDefs = {
  street: streetSheet,
  communities: communitySheet,
  employers: employerSheet,
  vacancies: vacancySheet,
  households: householdSheet,
  householdFlags: householdFlagSheet,
  persons: personSheet,
  moves: moveSheet,
  wishes: wishSheet,
  spells: spellSheet,
  registrations: registrationSheet,
  services: serviceSheet,
  householdServices: householdServiceSheet,
  recognitions: recognitionSheet,
  agreements: agreementSheet,
  measures: measureSheet,
  complaints: complaintSheet,
};

/** The order sheets are written in (and validated in). */
export const SHEET_ORDER: SheetField[] = [
  'street',
  'communities',
  'employers',
  'vacancies',
  'households',
  'householdFlags',
  'persons',
  'moves',
  'wishes',
  'spells',
  'registrations',
  'services',
  'householdServices',
  'recognitions',
  'agreements',
  'measures',
  'complaints',
];
export const SHEET_NAMES: string[] = SHEET_ORDER.map((f) => SHEET_DEFS[f].name);

/** An empty street (every sheet without rows). */
export function emptyStreetData(): StreetData {
  return {
    street: null,
    communities: [],
    employers: [],
    vacancies: [],
    households: [],
    householdFlags: [],
    persons: [],
    moves: [],
    wishes: [],
    spells: [],
    registrations: [],
    services: [],
    householdServices: [],
    recognitions: [],
    agreements: [],
    measures: [],
    complaints: [],
  };
}
