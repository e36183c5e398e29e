/**
 * The human-readable workbook of an annual submission (年度上报工作簿): the street's totals, the passing
 * communities and those recommended as excellent, and every community's assessment item by item — the frozen
 * snapshot the package carries, without names or ID numbers (counts only), for people to read and print.
 */
import type { ItemResult, UnitResult } from '../../../../shared/contract/assessment';
import type { SnapshotCounts } from '../../../../shared/contract/population';
import { COMPARATOR_TEXT, formatPercent } from '../../../../shared/domain/assessment/compare';
import { standardLabel } from '../../../../shared/domain/standards/standard-label';
import type { CellValue } from '../../../../shared/domain/workbook/cell-values';
import { XlsxStreamWriter } from '../../workbook/xlsx-stream-writer';
import type { FrozenSubmission } from './annual-service';

const VERDICT: Record<string, string> = { pass: '达标', fail: '不达标', incomplete: '待评定', unrecorded: '未评定' };

function valueText(item: ItemResult): string {
  if (item.kind === 'manual') return item.manual ? `人工评定：${item.manual.evidence ?? ''}` : '人工评定（未评定）';
  if (item.value === null) return item.unit === 'ratio' && item.denominator === 0 ? '无可计数对象' : '—';
  if (item.unit === 'ratio') return `${formatPercent(item.value)}（${item.numerator ?? 0}/${item.denominator ?? 0}）`;
  return String(item.value);
}

function thresholdText(item: ItemResult): string {
  if (item.comparator === null || item.threshold === null) return '';
  return `${COMPARATOR_TEXT[item.comparator]} ${item.unit === 'ratio' ? formatPercent(item.threshold) : String(item.threshold)}`;
}

const stars = (n: number | null) => (n === null ? '' : n === 0 ? '未达星级' : '★'.repeat(n));
const rate = (c: SnapshotCounts) => (c.lfw === 0 ? '—' : formatPercent(c.employedLfw / c.lfw));

const ITEM_COLUMNS = [
  { header: '社区代码', width: 16 },
  { header: '社区名称', width: 16 },
  { header: '社区结论', width: 10 },
  { header: '类别', width: 14 },
  { header: '考核项', width: 36 },
  { header: '方式', width: 8 },
  { header: '实际值', width: 22 },
  { header: '标准', width: 14 },
  { header: '结论', width: 8 },
  { header: '分值', width: 8 },
  { header: '得分', width: 8 },
  { header: '未达标对象', width: 10 },
  { header: '待办对象', width: 10 },
  { header: '说明', width: 50 },
];

function itemRows(unit: UnitResult): CellValue[][] {
  return unit.items.map((item, i) => [
    i === 0 ? unit.code : null,
    i === 0 ? unit.name : null,
    i === 0 ? VERDICT[unit.verdict] ?? unit.verdict : null,
    item.category,
    item.name,
    item.kind === 'manual' ? '人工' : '自动',
    valueText(item),
    thresholdText(item),
    VERDICT[item.verdict] ?? item.verdict,
    item.points,
    item.earned,
    item.failingCount,
    item.pendingCount,
    [item.veto ? '否决项' : '', item.hard ? '硬指标' : '', item.note ?? '', item.gap?.text ?? ''].filter(Boolean).join('；'),
  ]);
}

const COUNT_LABELS: [keyof SnapshotCounts, string][] = [
  ['labourResources', '劳动力资源（人）'],
  ['lfw', '有就业愿望（人）'],
  ['employedLfw', '其中已就业（人）'],
  ['unemployed', '失业人员（人）'],
  ['registeredUnemployed', '登记失业人员（人）'],
  ['longTermUnemployed', '长期失业人员（人）'],
  ['age4050', '“4050”人员（人）'],
  ['zeroEmploymentFamilies', '零就业家庭（户）'],
  ['doubleUnemployedFamilies', '双失业家庭（户）'],
];

export async function writeAnnualWorkbook(path: string, frozen: FrozenSubmission, street: { code: string; name: string }): Promise<void> {
  const { run, summary } = frozen.saved;
  const recommended = new Set(frozen.recommended);
  const passing = run.communities.filter((u) => u.verdict === 'pass');
  const writer = new XlsxStreamWriter(path, [
    { name: '汇总', columns: [{ header: '项目', width: 24 }, { header: '内容', width: 60 }] },
    { name: '达标社区', columns: [{ header: '社区代码', width: 16 }, { header: '社区名称', width: 20 }, { header: '得分', width: 10 }, { header: '星级', width: 10 }, { header: '推荐为优秀', width: 12 }] },
    { name: '推荐优秀社区', columns: [{ header: '社区代码', width: 16 }, { header: '社区名称', width: 20 }, { header: '得分', width: 10 }, { header: '星级', width: 10 }] },
    { name: '各社区考核', columns: ITEM_COLUMNS },
    { name: '街道考核', columns: ITEM_COLUMNS },
    { name: '各社区人口', columns: [{ header: '社区代码', width: 16 }, { header: '社区名称', width: 16 }, ...COUNT_LABELS.map(([, label]) => ({ header: label, width: 14 })), { header: '就业率', width: 10 }] },
  ]);
  const t = frozen.totals.total;
  await writer.writeSheet([
    ['街道', `${street.name}（${street.code}）`],
    ['年度', `${frozen.row.year} 年`],
    ['考核标准', `${standardLabel(run.standard.name, run.standard.version)}${run.standard.example && !standardLabel(run.standard.name, run.standard.version).includes('示例') ? '【示例标准】' : ''}`],
    ['考核截止日', run.asOf],
    ['考核期间', `${run.period.from} 至 ${run.period.to}`],
    ['冻结上报', `${frozen.row.frozenAt.slice(0, 10)}，${frozen.row.frozenBy}`],
    ['街道结论', VERDICT[run.street.verdict] ?? run.street.verdict],
    ['街道得分', run.street.score === null ? '不计分' : `${run.street.score}${run.street.maxScore === null ? '' : ` / ${run.street.maxScore}`} 分`],
    ['街道星级', stars(run.street.stars) || '（标准不评星级）'],
    ['社区数', run.communities.length],
    ['达标社区数', summary.communities.pass],
    ['不达标社区数', summary.communities.fail],
    ['待评定社区数', summary.communities.incomplete],
    ['推荐为优秀的社区数', recommended.size],
    ['说明', frozen.row.note ?? ''],
    [`截至 ${frozen.totals.asOf} 的全街道人口`, ''],
    ...COUNT_LABELS.map(([key, label]): CellValue[] => [label, t[key]]),
    ['就业率（已就业 ÷ 有就业愿望）', rate(t)],
    ...run.warnings.map((w): CellValue[] => ['提醒', w]),
  ]);
  await writer.writeSheet(passing.map((u) => [u.code, u.name, u.score, stars(u.stars), recommended.has(u.code) ? '是' : '否']));
  await writer.writeSheet(passing.filter((u) => recommended.has(u.code)).map((u) => [u.code, u.name, u.score, stars(u.stars)]));
  await writer.writeSheet(run.communities.flatMap(itemRows));
  await writer.writeSheet(itemRows(run.street));
  await writer.writeSheet(frozen.totals.communities.map((c) => [c.code, c.name, ...COUNT_LABELS.map(([key]) => c.counts[key]), rate(c.counts)]));
  await writer.finish();
}
