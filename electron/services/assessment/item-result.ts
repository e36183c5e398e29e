/**
 * One item's result for one unit (a community or the street): the verdict from the compared quantity and the
 * threshold (exact, shared/domain/assessment/compare.ts), the gap to pass, the star tiers, the points; a manual item
 * from the clerk's verdict in force. Subjects stay ids until the whole run is resolved (subjects.ts).
 */
import type { ItemResult, ManualVerdictView } from '../../../shared/contract/assessment';
import type { AutoItem, ManualItem, StandardDefinition, StandardItem } from '../../../shared/contract/standards';
import { countGap, countMeets, ratioGap, ratioMeets } from '../../../shared/domain/assessment/compare';
import { METRICS } from '../../../shared/domain/assessment/metric-catalogue';
import type { Compared, Outcome, SubjectRef } from './metrics/metric-types';
import type { DateSpan } from './run-context';

export interface DraftItem {
  result: Omit<ItemResult, 'failing' | 'pending'>;
  failing: SubjectRef[];
  pending: SubjectRef[];
  /** What the threshold is compared with (null for manual items): the star tiers compare it too. */
  compared: Compared | null;
  whenEmpty: 'pass' | 'fail';
}

/** Whether the compared quantity meets `threshold` under the item's comparator; an empty ratio follows `whenEmpty`. */
export function comparedMeets(item: AutoItem, compared: Compared, threshold: number): boolean {
  if (compared.kind === 'count') return countMeets(compared.count, item.comparator, threshold);
  if (compared.denominator === 0) return item.whenEmpty === 'pass';
  return ratioMeets(compared.numerator, compared.denominator, item.comparator, threshold);
}

function tiersOf(standard: StandardDefinition, item: AutoItem, compared: Compared): ItemResult['tiers'] {
  const tiers = (standard.tiers ?? []).flatMap((tier) => {
    const threshold = tier.thresholds[item.id];
    return threshold === undefined ? [] : [{ stars: tier.stars, threshold, met: comparedMeets(item, compared, threshold) }];
  });
  return tiers.length === 0 ? null : tiers;
}

function gapOf(item: AutoItem, compared: Compared, failingCount: number): ItemResult['gap'] {
  const info = METRICS[item.metric];
  if (info.irreversible) return failingCount > 0 ? { count: failingCount, text: info.gapText(failingCount) } : null;
  const n = compared.kind === 'ratio' ? ratioGap(compared.numerator, compared.denominator, item.comparator, item.threshold) : countGap(compared.count, item.comparator, item.threshold);
  return n === null || n <= 0 ? null : { count: n, text: info.gapText(n) };
}

const base = (item: StandardItem) => ({
  id: item.id,
  name: item.name,
  category: item.category ?? null,
  description: item.description ?? null,
  scope: item.scope,
  points: item.points ?? null,
  hard: item.hard,
  veto: item.veto,
});

/**
 * `summedCounts`: for a street outcome that adds up the communities, the communities' failing and pending counts
 * (the street lists no subjects of its own).
 */
export function autoItemResult(
  standard: StandardDefinition,
  item: AutoItem,
  outcome: Outcome,
  window: DateSpan | null,
  summedCounts?: { failing: number; pending: number },
): DraftItem {
  const info = METRICS[item.metric];
  const { compared } = outcome;
  const notes = [...outcome.notes];
  let verdict: 'pass' | 'fail';
  let value: number | null;
  if (compared.kind === 'ratio') {
    if (compared.denominator === 0) {
      verdict = item.whenEmpty;
      value = null;
      notes.unshift(`${info.emptyText}，本项按${verdict === 'pass' ? '达标' : '不达标'}计`);
    } else {
      verdict = ratioMeets(compared.numerator, compared.denominator, item.comparator, item.threshold) ? 'pass' : 'fail';
      value = compared.numerator / compared.denominator;
    }
  } else {
    verdict = countMeets(compared.count, item.comparator, item.threshold) ? 'pass' : 'fail';
    value = outcome.reportedCount ?? compared.count;
  }
  const failingCount = summedCounts?.failing ?? outcome.failing.length + outcome.records.filter((r) => r.status === 'failing').length;
  const pendingCount = summedCounts?.pending ?? outcome.pending.length + outcome.records.filter((r) => r.status === 'pending').length;
  return {
    result: {
      ...base(item),
      kind: 'auto',
      metric: item.metric,
      metricLabel: info.label,
      comparator: item.comparator,
      threshold: item.threshold,
      unit: info.unit,
      window,
      verdict,
      value,
      numerator: compared.kind === 'ratio' ? compared.numerator : null,
      denominator: compared.kind === 'ratio' ? compared.denominator : null,
      gap: verdict === 'fail' ? gapOf(item, compared, failingCount) : null,
      note: notes.length === 0 ? null : notes.join('；'),
      warnings: outcome.warnings,
      earned: item.points === undefined ? null : verdict === 'pass' ? item.points : 0,
      records: outcome.records,
      failingCount,
      pendingCount,
      subjectsListedPerCommunity: outcome.summed,
      manual: null,
      checklist: null,
      tiers: tiersOf(standard, item, compared),
    },
    failing: outcome.failing,
    pending: outcome.pending,
    compared,
    whenEmpty: item.whenEmpty,
  };
}

export function manualItemResult(item: ManualItem, verdict: ManualVerdictView | null, window: DateSpan): DraftItem {
  const points = item.points ?? null;
  const earned = points === null ? null : verdict === null ? 0 : (verdict.score ?? (verdict.verdict === 'pass' ? points : 0));
  const note =
    verdict === null
      ? '尚未评定：请按检查要点核实后录入评定结论和依据'
      : `${verdict.recordedBy} 于 ${verdict.recordedAt.slice(0, 10)} 评定（${verdict.periodFrom} 至 ${verdict.periodTo}）：${verdict.evidence ?? ''}`;
  return {
    result: {
      ...base(item),
      kind: 'manual',
      metric: null,
      metricLabel: null,
      comparator: null,
      threshold: null,
      unit: null,
      window,
      verdict: verdict?.verdict ?? 'unrecorded',
      value: null,
      numerator: null,
      denominator: null,
      gap: null,
      note,
      warnings: [],
      earned,
      records: [],
      failingCount: 0,
      pendingCount: 0,
      subjectsListedPerCommunity: false,
      manual: verdict,
      checklist: item.checklist ?? null,
      tiers: null,
    },
    failing: [],
    pending: [],
    compared: null,
    whenEmpty: 'pass',
  };
}
