/** Version 2's 家庭状况变更 (dated household flags) and 家庭服务记录 (services to a household as a whole). */
import type { HouseholdFlagRecord, HouseholdServiceRecord, ServiceKind } from './records';
import { benefitColumns, column, excelDate, householdRefColumn, readBenefit, readSeq, seqCell, seqColumn, yesOrEmpty } from './sheet-kit';
import type { SheetDef } from './sheet-kit';
import { HUKOU_BY_LABEL, HUKOU_LABEL, SERVICE_KIND_BY_LABEL, SERVICE_KIND_LABEL } from './vocabulary';

export const householdFlagSheet: SheetDef<HouseholdFlagRecord> = {
  name: '家庭状况变更',
  required: false,
  meaning: '户的低保户、户籍类型、经营性投资性收入自某日起的取值，每户每个日期一行；空 = 这天不变。某日的取值是该日及以前最近一次变更，没有变更时是“家庭”表的取值',
  columns: [
    householdRefColumn(),
    column('生效日期', 'date', '自这一天起', '2025-07-01', { required: true }),
    column('低保户', 'yesNo', '', '是'),
    column('户籍类型', 'choice', '', null, { values: Object.values(HUKOU_LABEL) }),
    column('经营性投资性收入', 'yesNo', '', null, { width: 18 }),
  ],
  parse(r) {
    const householdNumber = r.text('户编号', { required: true, max: 30 });
    const effectiveFrom = r.date('生效日期', { required: true });
    const dibao = r.yesNo('低保户');
    const hukou = r.choice('户籍类型', HUKOU_BY_LABEL);
    const businessIncome = r.yesNo('经营性投资性收入');
    if (!r.failed && dibao === null && hukou === null && businessIncome === null) r.problem('低保户', '低保户、户籍类型、经营性投资性收入至少填写一项');
    if (r.failed || householdNumber === null || effectiveFrom === null) return null;
    return { householdNumber, effectiveFrom, dibao, urban: hukou === null ? null : hukou === 'urban', businessIncome };
  },
  toRow: (f) => [f.householdNumber, excelDate(f.effectiveFrom), yesOrEmpty(f.dibao), f.urban === null ? null : HUKOU_LABEL[f.urban ? 'urban' : 'rural'], yesOrEmpty(f.businessIncome)],
  key: (f) => `${f.householdNumber}|${f.effectiveFrom}`,
  order: (f) => [f.householdNumber, f.effectiveFrom],
};

/** Kinds a household can be given (职业介绍 and 培训 are for a person). */
export const HOUSEHOLD_SERVICE_KINDS: readonly ServiceKind[] = ['guidance', 'policy_benefit', 'public_welfare_post', 'follow_up', 'assistance_agreement', 'commitment', 'job_preparation'];

export const householdServiceSheet: SheetDef<HouseholdServiceRecord> = {
  name: '家庭服务记录',
  required: false,
  meaning: '给一户（而非其中某人）的每次服务一行，如对零就业家庭的上门走访；户当时的成员都算得到了服务',
  columns: [
    householdRefColumn(),
    column('日期', 'date', '', '2026-04-10', { required: true }),
    column('服务类型', 'choice', '职业介绍、培训只能给个人', '跟踪回访', { required: true, width: 16, values: HOUSEHOLD_SERVICE_KINDS.map((k) => SERVICE_KIND_LABEL[k]) }),
    column('内容', 'text', '', '上门走访零就业家庭', { width: 40 }),
    seqColumn('户同一天同一服务类型、内容相同'),
    column('经办人', 'text', '', '王芳', { width: 10, fields: ['clerk'] }),
    column('服务结果', 'text', '', '了解到家庭成员求职意向', { width: 20, fields: ['outcome'] }),
    ...benefitColumns(),
  ],
  parse(r) {
    const householdNumber = r.text('户编号', { required: true, max: 30 });
    const date = r.date('日期', { required: true });
    const kind = r.choice('服务类型', SERVICE_KIND_BY_LABEL, { required: true });
    const content = r.text('内容', { max: 500 });
    const seq = readSeq(r);
    const clerk = r.text('经办人', { max: 20 });
    const outcome = r.text('服务结果', { max: 200 });
    const benefit = readBenefit(r, kind === 'policy_benefit' || kind === null);
    if (kind !== null && !HOUSEHOLD_SERVICE_KINDS.includes(kind)) r.problem('服务类型', `${SERVICE_KIND_LABEL[kind]}只能登记到个人（填在“服务记录”表），不能登记到户`);
    if (r.failed || householdNumber === null || date === null || kind === null) return null;
    const { benefitType, amount, benefitPeriod, approvalNumber } = benefit;
    return { householdNumber, date, kind, content, seq, clerk, outcome, benefitType, amount, benefitPeriod, approvalNumber };
  },
  toRow: (s) => [
    s.householdNumber,
    excelDate(s.date),
    SERVICE_KIND_LABEL[s.kind],
    s.content,
    seqCell(s.seq),
    s.clerk,
    s.outcome,
    s.benefitType,
    s.amount,
    s.benefitPeriod,
    s.approvalNumber,
  ],
  key: (s) => `${s.householdNumber}|${s.date}|${s.kind}|${s.content ?? ''}|${s.seq}`,
  order: (s) => [s.householdNumber, s.date, s.kind, s.content ?? '', s.seq],
};
