/**
 * A community's or the street's result from its items: overall verdict, score, veto and stars
 * (shared/domain/assessment/unit-verdict.ts), and the reasons in Chinese, one line each.
 */
import type { ItemResult, OverallVerdict, UnitResult } from '../../../shared/contract/assessment';
import type { AutoItem, StandardDefinition } from '../../../shared/contract/standards';
import { COMPARATOR_TEXT, formatPercent } from '../../../shared/domain/assessment/compare';
import { starLevel, unitOutcome } from '../../../shared/domain/assessment/unit-verdict';
import type { DraftItem } from './item-result';
import { comparedMeets } from './item-result';

export interface DraftUnit {
  unit: Omit<UnitResult, 'items'>;
  items: DraftItem[];
}

function shortName(item: Omit<ItemResult, 'failing' | 'pending'>): string {
  if (item.metricLabel !== null) return item.metricLabel;
  return item.name.length > 24 ? `${item.name.slice(0, 24)}…` : item.name;
}

function valueText(item: Omit<ItemResult, 'failing' | 'pending'>): string {
  const { value, threshold, comparator, numerator, denominator, unit } = item;
  if (item.kind === 'manual') return `人工评定为${item.verdict === 'pass' ? '达标' : '不达标'}${item.manual?.evidence ? `（${item.manual.evidence}）` : ''}`;
  if (value === null || threshold === null || comparator === null) return item.note ?? '';
  if (unit === 'ratio') return `${formatPercent(value)}（${numerator}/${denominator}），要求${COMPARATOR_TEXT[comparator]} ${formatPercent(threshold)}`;
  const counted = item.metric === 'zero-employment-clearance' ? `超期 ${item.failingCount} 户（现有 ${value} 户）` : String(value);
  return `${counted}，要求${COMPARATOR_TEXT[comparator]} ${threshold}`;
}

function reasonsOf(items: readonly DraftItem[], verdict: OverallVerdict, vetoed: boolean, score: number | null, minScore: number | null, hasResidents: boolean, scope: 'community' | 'street'): string[] {
  const reasons: string[] = [];
  if (!hasResidents) reasons.push(scope === 'community' ? '本社区截止日没有居民（尚未登记人员，或均已迁出），无从认定为充分就业社区' : '全街道截止日没有居民');
  items.forEach(({ result: item }, at) => {
    const label = `第 ${at + 1} 项（${shortName(item)}）`;
    if (item.verdict === 'fail') reasons.push(`${vetoed && item.veto ? '一票否决：' : ''}${label}不达标：${valueText(item)}${item.gap ? `；${item.gap.text}` : ''}`);
    else if (item.verdict === 'unrecorded') reasons.push(`${label}尚未评定`);
  });
  if (score !== null && minScore !== null) reasons.push(`得分 ${score}，及格分 ${minScore}`);
  if (verdict === 'pass' && reasons.length === 0) reasons.push('各项均达标');
  if (verdict === 'incomplete') reasons.push('自动计算的各项未见不达标，待录入人工评定项后得出结论');
  return reasons;
}

export function buildUnit(
  standard: StandardDefinition,
  head: { scope: 'community' | 'street'; communityId: number | null; code: string; name: string; hasResidents: boolean; labourResources: number | null },
  items: DraftItem[],
): DraftUnit {
  const outcome = unitOutcome(
    items.map((d) => ({ verdict: d.result.verdict, veto: d.result.veto, points: d.result.points, earned: d.result.earned })),
    standard.scoring,
  );
  const byId = new Map(items.map((d) => [d.result.id, d]));
  const autoItems = new Map(standard.items.flatMap((i) => (i.kind === 'auto' ? [[i.id, i] as const] : [])));
  const stars = starLevel(standard.tiers, outcome.verdict, outcome.score, (itemId, threshold) => {
    const draft = byId.get(itemId);
    const item: AutoItem | undefined = autoItems.get(itemId);
    if (!draft || !item || draft.compared === null) return true;
    return comparedMeets(item, draft.compared, threshold);
  });
  const minScore = standard.scoring.pass === 'min-score' ? standard.scoring.minScore : null;
  return {
    unit: {
      ...head,
      verdict: outcome.verdict,
      score: outcome.score,
      maxScore: outcome.maxScore,
      maxPossibleScore: outcome.maxPossibleScore,
      minScore,
      vetoed: outcome.vetoed,
      stars: stars.stars,
      starName: stars.tier?.name ?? null,
      reasons: reasonsOf(items, outcome.verdict, outcome.vetoed, outcome.score, minScore, head.hasResidents, head.scope),
    },
    items,
  };
}
