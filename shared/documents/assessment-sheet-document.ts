/**
 * The assessment sheet (考核表) of a saved assessment, one page per community (and the street), A4 portrait: the
 * standard's items in order with each item's requirement, the value found, the verdict — and for a scored standard
 * (e.g. zhenjiang-scored) the category, points and points earned, hard and veto items marked — then the overall
 * verdict, score and star level with its reasons, and lines for the assessors' signatures. Filled only from the
 * saved (frozen) run, so a reprint says what was decided then.
 */
import type { AssessmentSheet } from '../contract/documents';
import type { ItemResult, ItemVerdict, OverallVerdict, UnitResult } from '../contract/assessment';
import { COMPARATOR_TEXT, formatPercent } from '../domain/assessment/compare';
import { formatChineseDate } from '../domain/dates';
import { standardLabel } from '../domain/standards/standard-label';
import { html, joinHtml } from '../print/html';
import type { SafeHtml } from '../print/html';
import { printDocument } from '../print/print-document';
import { printSection } from '../print/print-table';
import { dateOrBlank, dateTimeText, FORM_CSS, formHeading, lineOr } from './document-styles';

export const OVERALL_TEXT: Readonly<Record<OverallVerdict, string>> = { pass: '达标', fail: '不达标', incomplete: '待评定' };
export const ITEM_TEXT: Readonly<Record<ItemVerdict, string>> = { pass: '达标', fail: '不达标', unrecorded: '未评定' };

/** Which units to print: the street, one community, or every community then the street. */
export type SheetUnits = 'all' | 'street' | number;

export function assessmentSheetTitle(sheet: Pick<AssessmentSheet, 'run'>): string {
  return `${sheet.run.standard.name}考核表`;
}

function valueText(item: ItemResult): string {
  if (item.kind === 'manual') {
    if (!item.manual) return '人工评定：尚未评定';
    return `人工评定：${ITEM_TEXT[item.manual.verdict]}${item.manual.evidence ? `（依据：${item.manual.evidence}）` : ''}`;
  }
  if (item.value === null) return item.unit === 'ratio' && item.denominator === 0 ? '无可计数对象' : '—';
  if (item.unit === 'ratio') return `${formatPercent(item.value)}（${item.numerator ?? 0}/${item.denominator ?? 0}）`;
  if (item.metric === 'zero-employment-clearance') return `超期 ${item.failingCount} 户（现有 ${item.value} 户）`;
  return String(item.value);
}

function requirementText(item: ItemResult): string {
  if (item.comparator === null || item.threshold === null) return item.kind === 'manual' ? '人工评定' : '—';
  return `${COMPARATOR_TEXT[item.comparator]} ${item.unit === 'ratio' ? formatPercent(item.threshold) : String(item.threshold)}`;
}

function itemName(item: ItemResult): SafeHtml {
  const marks = [item.hard && !item.name.includes('硬性') ? '硬性指标' : '', item.veto && !item.name.includes('否决') ? '一票否决' : ''].filter(Boolean).join('、');
  return html`<div>${item.name}${marks ? html`<span class="small">（${marks}）</span>` : ''}</div>${item.description ? html`<div class="small muted">${item.description}</div>` : ''}`;
}

function situationCell(item: ItemResult): SafeHtml {
  return html`${valueText(item)}${item.verdict === 'fail' && item.gap ? html`<div class="small">${item.gap.text}</div>` : ''}`;
}

function verdictCell(item: ItemResult): SafeHtml {
  const extra = item.failingCount > 0 && item.kind === 'auto' ? html`<div class="small">涉及 ${item.failingCount}</div>` : '';
  return html`${ITEM_TEXT[item.verdict]}${item.pendingCount > 0 ? html`<div class="small">待办 ${item.pendingCount}</div>` : ''}${extra}`;
}

function scoredTable(unit: UnitResult): SafeHtml {
  let lastCategory: string | null = null;
  const rows = unit.items.map((item, i) => {
    const category = item.category ?? '';
    const showCategory = category !== lastCategory;
    lastCategory = category;
    return html`<tr><td>${showCategory ? category : ''}</td><td class="center">${i + 1}</td><td>${itemName(item)}</td><td class="num">${item.points ?? ''}</td><td>${requirementText(item)}</td><td>${situationCell(item)}</td><td class="num">${item.earned ?? (item.points !== null ? 0 : '')}</td><td class="center">${verdictCell(item)}</td></tr>`;
  });
  return html`<table class="form list">
<colgroup><col style="width:12%"><col style="width:5%"><col style="width:29%"><col style="width:6%"><col style="width:12%"><col style="width:20%"><col style="width:6%"><col style="width:10%"></colgroup>
<thead><tr><th>类别</th><th>序号</th><th>考核内容</th><th>分值</th><th>达标要求</th><th>考核情况</th><th>得分</th><th>结论</th></tr></thead>
<tbody>${joinHtml(rows)}<tr><td colspan="3" class="label">合计</td><td class="num">${unit.maxScore ?? ''}</td><td colspan="2">${unit.minScore !== null ? `及格分 ${unit.minScore}` : ''}</td><td class="num">${unit.score ?? ''}</td><td class="center">${OVERALL_TEXT[unit.verdict]}</td></tr></tbody>
</table>`;
}

function plainTable(unit: UnitResult): SafeHtml {
  const rows = unit.items.map(
    (item, i) =>
      html`<tr><td class="center">${i + 1}</td><td>${itemName(item)}</td><td>${requirementText(item)}</td><td>${situationCell(item)}</td><td class="center">${verdictCell(item)}</td></tr>`,
  );
  return html`<table class="form list">
<colgroup><col style="width:6%"><col style="width:40%"><col style="width:14%"><col style="width:26%"><col style="width:14%"></colgroup>
<thead><tr><th>序号</th><th>考核标准</th><th>达标要求</th><th>考核情况</th><th>结论</th></tr></thead>
<tbody>${joinHtml(rows)}</tbody>
</table>`;
}

function unitSheet(sheet: AssessmentSheet, unit: UnitResult, preparedOn: string): SafeHtml {
  const { run, summary } = sheet;
  const scored = unit.maxScore !== null;
  const who = unit.scope === 'street' ? `街道（乡镇）：${unit.name}` : `社区（村）：${unit.name}（${unit.code}）`;
  const stars = unit.stars === null ? '' : unit.stars === 0 ? '；未达到星级' : `；星级：${'★'.repeat(unit.stars)} ${unit.starName ?? ''}`;
  // The per-item lines repeat the table (each item's value, verdict and gap): only the others are printed here.
  const reasons = unit.reasons.filter((r) => !/第\s*\d+\s*项/.test(r));
  const score = unit.score !== null ? `；得分 ${unit.score}${unit.maxScore !== null ? ` / ${unit.maxScore}` : ''}` : '';
  return printSection(html`${formHeading(assessmentSheetTitle(sheet), run.standard.example ? '（示例标准）' : null, [
    who,
    `考核期间：${formatChineseDate(run.period.from)}至${formatChineseDate(run.period.to)}`,
    `截至日期：${formatChineseDate(run.asOf)}`,
    `保存：${summary.savedBy} ${dateTimeText(summary.savedAt)}`,
  ])}
${scored ? scoredTable(unit) : plainTable(unit)}
<table class="form">
<colgroup><col style="width:16%"><col style="width:84%"></colgroup>
<tr><td class="label">综合结论</td><td><b>${OVERALL_TEXT[unit.verdict]}</b>${score}${stars}${unit.vetoed ? '（一票否决项未达标）' : ''}</td></tr>
<tr><td class="label">说明</td><td class="small">${reasons.length === 0 ? '各项考核情况见上表。' : html`${reasons.map((r) => html`<div>${r}</div>`)}`}${summary.note ? html`<div>备注：${summary.note}</div>` : ''}<div class="small muted">考核标准：${standardLabel(run.standard.name, run.standard.version)}；来源：${run.standard.source}</div></td></tr>
</table>
<div class="sign"><div>考核人（签字）：${lineOr(null)}</div><div>复核人（签字）：${lineOr(null)}</div><div>日期：${dateOrBlank(null)}</div></div>
<div class="small muted">打印日期：${formatChineseDate(preparedOn)}</div>`);
}

/** The units chosen, in print order: the communities by code, then the street. */
export function sheetUnits(sheet: AssessmentSheet, units: SheetUnits): UnitResult[] {
  if (units === 'street') return [sheet.run.street];
  if (units === 'all') return [...sheet.run.communities, sheet.run.street];
  const unit = sheet.run.communities.find((c) => c.communityId === units);
  return unit ? [unit] : [];
}

export function assessmentSheetDocument(sheet: AssessmentSheet, units: SheetUnits, preparedOn: string): string {
  const chosen = sheetUnits(sheet, units);
  const body = chosen.length === 0 ? html`<p>这次保存的考核结果中没有所选的社区。</p>` : joinHtml(chosen.map((u) => unitSheet(sheet, u, preparedOn)));
  return printDocument({ title: assessmentSheetTitle(sheet), page: { size: 'A4', orientation: 'portrait' }, body, extraCss: FORM_CSS, footerNote: `${sheet.header.streetName} 考核表` });
}
