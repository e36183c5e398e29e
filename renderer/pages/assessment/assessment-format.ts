/** How verdicts, values and thresholds of an assessment read on screen (Chinese). */
import type { ItemResult, ItemVerdict, OverallVerdict } from '../../../shared/contract/assessment';
import { COMPARATOR_TEXT, formatPercent } from '../../../shared/domain/assessment/compare';

export const OVERALL_LABEL: Readonly<Record<OverallVerdict, string>> = { pass: '达标', fail: '不达标', incomplete: '待评定' };
export const OVERALL_COLOR: Readonly<Record<OverallVerdict, string>> = { pass: 'green', fail: 'red', incomplete: 'yellow' };
export const ITEM_LABEL: Readonly<Record<ItemVerdict, string>> = { pass: '达标', fail: '不达标', unrecorded: '未评定' };
export const ITEM_COLOR: Readonly<Record<ItemVerdict, string>> = { pass: 'green', fail: 'red', unrecorded: 'gray' };
export const ITEM_MARK: Readonly<Record<ItemVerdict, string>> = { pass: '✓', fail: '✗', unrecorded: '？' };

type Valued = Pick<ItemResult, 'kind' | 'unit' | 'value' | 'numerator' | 'denominator' | 'metric' | 'failingCount'>;

/** The item's value: "86%（209/243）", "超期 1 户（现有 2 户）", "5"; "—" when there is none. */
export function valueText(item: Valued): string {
  if (item.kind === 'manual') return '人工评定';
  if (item.value === null) return item.unit === 'ratio' && item.denominator === 0 ? '无可计数对象' : '—';
  if (item.unit === 'ratio') return `${formatPercent(item.value)}（${item.numerator ?? 0}/${item.denominator ?? 0}）`;
  if (item.metric === 'zero-employment-clearance') return `超期 ${item.failingCount} 户（现有 ${item.value} 户）`;
  return String(item.value);
}

/** "不低于 95%", "不高于 0"; null for manual items. */
export function thresholdText(item: Pick<ItemResult, 'comparator' | 'threshold' | 'unit'>): string | null {
  if (item.comparator === null || item.threshold === null) return null;
  const value = item.unit === 'ratio' ? formatPercent(item.threshold) : String(item.threshold);
  return `${COMPARATOR_TEXT[item.comparator]} ${value}`;
}

/** A short name for cards: the metric's label, else the item's name cut to 16 characters. */
export function shortName(item: Pick<ItemResult, 'metricLabel' | 'name'>): string {
  if (item.metricLabel) return item.metricLabel;
  return item.name.length > 16 ? `${item.name.slice(0, 16)}…` : item.name;
}

/** "★★★" for 3 stars; "未达星级" for 0; null when the standard has no star tiers. */
export function starsText(stars: number | null): string | null {
  if (stars === null) return null;
  return stars === 0 ? '未达星级' : '★'.repeat(stars);
}

/** "85 / 100 分"; null without points. */
export function scoreText(score: number | null, maxScore: number | null): string | null {
  if (score === null) return null;
  return maxScore === null ? `${score} 分` : `${score} / ${maxScore} 分`;
}

/** 2026-11-23T06:12:00.000Z → "2026年11月23日 14:12" (local time; shared/domain/date-text.ts). */
export { momentText as dateTimeText } from '../../../shared/domain/date-text';

/** "重庆市充分就业社区创建标准（2007）": the version in words (shared/domain/standards/standard-label.ts). */
export { standardLabel } from '../../../shared/domain/standards/standard-label';
