/** Version 2's 用工单位 and 岗位 sheets: the street's employers (named by their name) and their vacancies. */
import type { EmployerRecord, VacancyRecord } from './records';
import { column, excelDate, yes } from './sheet-kit';
import type { SheetDef } from './sheet-kit';

export const employerSheet: SheetDef<EmployerRecord> = {
  name: '用工单位',
  required: false,
  meaning: '辖区用工单位，每个一行；单位名称在本街道内唯一，其他表用它指明单位',
  columns: [
    column('单位名称', 'text', '本街道内唯一', '金山超市有限公司', { required: true, width: 28 }),
    column('联系人及电话', 'text', '', '陈主任 0511-85012345', { width: 22, fields: ['contact'] }),
    column('结对社区代码', 'code', '结对帮扶的社区，须在“社区”表或数据库中', '321102001001', { width: 16, fields: ['pairedCommunityCode'] }),
    column('结对日期', 'date', '自哪天起结对；须同时填写结对社区代码', '2025-03-01', { fields: ['pairedOn'] }),
  ],
  parse(r) {
    const name = r.text('单位名称', { required: true, max: 100 });
    const contact = r.text('联系人及电话', { max: 100 });
    const pairedCommunityCode = r.text('结对社区代码', { max: 12 });
    const pairedOn = r.date('结对日期');
    if (pairedOn !== null && pairedCommunityCode === null) r.problem('结对日期', '填写结对日期时须同时填写结对社区代码');
    if (r.failed || name === null) return null;
    return { name, contact, pairedCommunityCode, pairedOn };
  },
  toRow: (e) => [e.name, e.contact, e.pairedCommunityCode, excelDate(e.pairedOn)],
  key: (e) => e.name,
  order: (e) => [e.name],
};

export const vacancySheet: SheetDef<VacancyRecord> = {
  name: '岗位',
  required: false,
  meaning: '用工单位的岗位，每个一行；单位名称、岗位名称、发布日期三者指明一个岗位（“服务记录”的职业介绍用它们指明所介绍的岗位）',
  columns: [
    column('单位名称', 'text', '须在“用工单位”表或数据库中', '金山超市有限公司', { required: true, width: 28 }),
    column('岗位名称', 'text', '', '收银员', { required: true }),
    column('发布日期', 'date', '', '2026-02-20', { required: true }),
    column('社区代码', 'code', '由哪个社区开发或发布；空 = 街道', '321102001001', { fields: ['communityCode'] }),
    column('招聘人数', 'integer', '1–10000', 3, { required: true }),
    column('技能要求', 'text', '', '熟练使用收银机', { width: 24, fields: ['skills'] }),
    column('工资', 'decimal', '元/月', 3200, { fields: ['wage'] }),
    column('招满日期', 'date', '不早于发布日期；空 = 在招', null, { fields: ['filledOn'] }),
    column('公益性岗位', 'yesNo', '空 = 否', '否', { fields: ['publicWelfare'] }),
    column('社区开发岗位', 'yesNo', '空 = 否', '是', { width: 12, fields: ['developedByCommunity'] }),
  ],
  parse(r) {
    const employer = r.text('单位名称', { required: true, max: 100 });
    const title = r.text('岗位名称', { required: true, max: 60 });
    const openedOn = r.date('发布日期', { required: true });
    const communityCode = r.text('社区代码', { max: 12 });
    const posts = r.wholeNumber('招聘人数', 1, 10_000, { required: true });
    const skills = r.text('技能要求', { max: 200 });
    const wage = r.decimal('工资', 0, 1_000_000);
    const filledOn = r.date('招满日期');
    const publicWelfare = r.yesNo('公益性岗位') ?? false;
    const developedByCommunity = r.yesNo('社区开发岗位') ?? false;
    if (openedOn !== null && filledOn !== null && filledOn < openedOn) r.problem('招满日期', `招满日期 ${filledOn} 早于发布日期 ${openedOn}`);
    if (r.failed || employer === null || title === null || openedOn === null || posts === null) return null;
    return { employer, title, openedOn, communityCode, posts, skills, wage, filledOn, publicWelfare, developedByCommunity };
  },
  toRow: (v) => [v.employer, v.title, excelDate(v.openedOn), v.communityCode, v.posts, v.skills, v.wage, excelDate(v.filledOn), yes(v.publicWelfare), yes(v.developedByCommunity)],
  key: (v) => vacancyKey(v),
  order: (v) => [v.employer, v.title, v.openedOn],
};

/** A vacancy's key, also how a referral names it. */
export function vacancyKey(v: { employer: string; title: string; openedOn: string }): string {
  return `${v.employer}|${v.title}|${v.openedOn}`;
}
