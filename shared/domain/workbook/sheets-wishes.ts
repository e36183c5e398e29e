/** Version 2's 就业愿望: a person's employment wishes with the day each was recorded. */
import type { WishRecord } from './records';
import { column, excelDate, personRefColumn, yes } from './sheet-kit';
import type { SheetDef } from './sheet-kit';
import { NO_WISH_REASONS, WISH_BY_LABEL, WISH_LABEL } from './vocabulary';

export const wishSheet: SheetDef<WishRecord> = {
  name: '就业愿望',
  required: false,
  meaning: '一人的就业愿望，每次登记一行。某日的就业愿望是该日及以前最近登记的一条；登记日期为空的一条不限日期（没有更早的登记时适用）',
  columns: [
    personRefColumn('321102198709302424'),
    column('登记日期', 'date', '自这一天起；空 = 不限日期（每人至多一条）', '2026-03-02'),
    column('就业愿望', 'choice', '', '有', { required: true, values: Object.values(WISH_LABEL) }),
    column('意愿工种', 'text', '仅有愿望时：想从事的工作（用于岗位匹配）', '收银员', { fields: ['wishedJob'] }),
    column('期望工资', 'decimal', '仅有愿望时：元/月', 3000, { fields: ['wishedWage'] }),
    column('培训需求', 'text', '', '育婴员培训', { fields: ['trainingWanted'] }),
    column('无愿望原因', 'text', `就业愿望为“无”时必填，常用：${NO_WISH_REASONS.join('、')}`, null, { width: 20, fields: ['noWishReason'] }),
    column('视为无意愿', 'yesNo', '两次拒绝有效介绍后经确认视为无就业意愿；空 = 否', '否', { width: 12, fields: ['deemedByRefusals'] }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const recordedOn = r.date('登记日期');
    const wish = r.choice('就业愿望', WISH_BY_LABEL, { required: true });
    const wishedJob = r.text('意愿工种', { max: 60 });
    const wishedWage = r.decimal('期望工资', 0, 1_000_000);
    const trainingWanted = r.text('培训需求', { max: 100 });
    const noWishReason = r.text('无愿望原因', { max: 30 });
    const deemedByRefusals = r.yesNo('视为无意愿') ?? false;
    if (wish === 'no' && noWishReason === null) r.problem('无愿望原因', '就业愿望为“无”时必须填写原因');
    if (wish === 'yes' && noWishReason !== null) r.problem('无愿望原因', '就业愿望为“有”时不应填写无愿望原因');
    if (wish === 'no' && wishedJob !== null) r.problem('意愿工种', '就业愿望为“无”时不填意愿工种');
    if (wish === 'no' && wishedWage !== null) r.problem('期望工资', '就业愿望为“无”时不填期望工资');
    if (wish === 'yes' && deemedByRefusals) r.problem('视为无意愿', '就业愿望为“有”时不能视为无意愿');
    if (id && recordedOn !== null && recordedOn < id.birthDate) r.problem('登记日期', `早于出生日期 ${id.birthDate}`);
    if (r.failed || !id || wish === null) return null;
    return { idNumber: id.idNumber, recordedOn, hasWish: wish === 'yes', wishedJob, wishedWage, trainingWanted, noWishReason, deemedByRefusals };
  },
  toRow: (w) => [
    w.idNumber,
    excelDate(w.recordedOn),
    w.hasWish ? '有' : '无',
    w.wishedJob,
    w.wishedWage,
    w.trainingWanted,
    w.noWishReason,
    yes(w.deemedByRefusals),
  ],
  key: (w) => `${w.idNumber}|${w.recordedOn ?? ''}`,
  order: (w) => [w.idNumber, w.recordedOn ?? ''],
};
