/**
 * Assessing every community and the street against a rule set for an as-of date D and a period (DOMAIN.md §4):
 * each automatic item's metric is computed once for all communities (set-based), the street either adds the
 * communities up or — for `communities-passing` — reads their verdicts; manual items take the clerk's verdict in
 * force (the latest one recorded whose period covers D).
 *
 * Refused: an as-of date after today or before the street's earliest dated record, a period starting after D,
 * an unknown standard or community. An as-of date beyond the working calendar's years is a warning of the result.
 */
import type { AssessmentRun, ManualVerdictView, RunInput, UnitResult } from '../../../shared/contract/assessment';
import type { AutoItem, StandardDefinition, StandardItem } from '../../../shared/contract/standards';
import { METRICS } from '../../../shared/domain/assessment/metric-catalogue';
import { yearStart } from '../../../shared/domain/dates';
import { anyRecordOnOrBefore, earliestRecordDate } from '../../../db/repositories/assessment/record-dates-repo';
import { manualVerdictsCovering } from '../../../db/repositories/assessment/manual-verdicts-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { AppError } from '../../../shared/app-error';
import { invalidDate } from './assessment-errors';
import { autoItemResult, manualItemResult } from './item-result';
import type { DraftItem } from './item-result';
import { computeMetric } from './metrics';
import { memoRead, WATCHED_TABLES } from '../../../db/read-memo';
import type { WatchedTable } from '../../../db/read-memo';
import type { MetricId } from '../../../shared/domain/assessment/metric-catalogue';
import type { MetricOutcome, Outcome } from './metrics/metric-types';
import { emptyOutcome } from './metrics/metric-types';
import { createRunContext } from './run-context';
import type { DateSpan, RunContext } from './run-context';
import { resolveStandard } from './standards-service';
import { resolveUnits } from './subjects';
import { buildUnit } from './unit-result';
import type { DraftUnit } from './unit-result';
import { nowIso } from '../../../shared/clock';

const inCommunities = (item: StandardItem) => item.scope !== 'street';
const inStreet = (item: StandardItem) => item.scope !== 'community';

/** The period: `from` (default 1 January of D's year) to D, checked against today and the data. */
export function checkedPeriod(db: DeskDatabase, asOf: string, from: string | undefined, today: string): DateSpan {
  if (asOf > today) throw invalidDate('asOf', `考核截止日 ${asOf} 晚于今天（${today}），无法考核尚未发生的情况`);
  const start = from ?? yearStart(asOf);
  if (start > asOf) throw invalidDate('from', `考核期间的开始日 ${start} 晚于截止日 ${asOf}；开始日应不晚于截止日`);
  const earliest = anyRecordOnOrBefore(db, asOf) ? null : earliestRecordDate(db);
  if (earliest !== null && asOf < earliest) {
    throw invalidDate('asOf', `考核截止日 ${asOf} 早于本街道最早的记录（${earliest}），那时还没有可考核的数据；请选择 ${earliest} 或之后的日期`);
  }
  return { from: start, to: asOf };
}

function manualKey(itemId: string, communityId: number | null): string {
  return `${itemId}|${communityId ?? 'street'}`;
}

function manualInForce(db: DeskDatabase, standardId: string, asOf: string): Map<string, ManualVerdictView> {
  const byKey = new Map<string, ManualVerdictView>();
  for (const row of manualVerdictsCovering(db, standardId, asOf)) byKey.set(manualKey(row.itemId, row.communityId), row);
  return byKey;
}

/** The street's `communities-passing` outcome from the communities' verdicts (incomplete ones are pending, not passing). */
function communitiesPassing(units: readonly DraftUnit[]): Outcome {
  const outcome = emptyOutcome('ratio');
  for (const { unit } of units) {
    if (outcome.compared.kind !== 'ratio' || unit.communityId === null) continue;
    outcome.compared.denominator += 1;
    if (unit.verdict === 'pass') outcome.compared.numerator += 1;
    else {
      const status = unit.verdict === 'fail' ? 'failing' : 'pending';
      const reason = unit.verdict === 'fail' ? `未达标：${unit.reasons[0] ?? ''}` : '结论待定：人工评定项尚未录入';
      outcome.records.push({ kind: 'community', id: unit.communityId, key: unit.code, name: unit.name, date: null, status, reason });
    }
  }
  return outcome;
}

interface Computed {
  standard: StandardDefinition;
  ctx: RunContext;
  metrics: Map<string, MetricOutcome>;
  manual: Map<string, ManualVerdictView>;
}

function communityUnits(c: Computed): DraftUnit[] {
  const { standard, ctx } = c;
  const inhabited = ctx.inhabited();
  const lfCounts = new Map<number, number>();
  if (ctx.labourForceLoaded()) {
    const lf = ctx.labourForce();
    for (let i = 0; i < lf.size; i += 1) {
      const community = lf.community[i] ?? 0;
      lfCounts.set(community, (lfCounts.get(community) ?? 0) + 1);
    }
  }
  return ctx.communities.map((community) => {
    const items: DraftItem[] = standard.items.filter(inCommunities).map((item) => {
      if (item.kind === 'manual') return manualItemResult(item, c.manual.get(manualKey(item.id, community.id)) ?? null, ctx.period);
      const outcome = c.metrics.get(item.id)?.communities.get(community.id) ?? emptyOutcome(METRICS[item.metric].unit);
      return autoItemResult(standard, item, outcome, ctx.span(item.window));
    });
    return buildUnit(
      standard,
      { scope: 'community', communityId: community.id, code: community.code, name: community.name, hasResidents: inhabited.has(community.id), labourResources: ctx.labourForceLoaded() ? (lfCounts.get(community.id) ?? 0) : null },
      items,
    );
  });
}

function streetUnit(c: Computed, communities: readonly DraftUnit[], street: { code: string; name: string }): DraftUnit {
  const { standard, ctx } = c;
  const listed = (itemId: string) => {
    let failing = 0;
    let pending = 0;
    for (const unit of communities) {
      const draft = unit.items.find((d) => d.result.id === itemId);
      failing += draft?.result.failingCount ?? 0;
      pending += draft?.result.pendingCount ?? 0;
    }
    return { failing, pending };
  };
  const items: DraftItem[] = standard.items.filter(inStreet).map((item) => {
    if (item.kind === 'manual') return manualItemResult(item, c.manual.get(manualKey(item.id, null)) ?? null, ctx.period);
    if (item.metric === 'communities-passing') return autoItemResult(standard, item, communitiesPassing(communities), ctx.span(item.window));
    const outcome = c.metrics.get(item.id)?.street ?? emptyOutcome(METRICS[item.metric].unit);
    return autoItemResult(standard, item, outcome, ctx.span(item.window), outcome.summed ? listed(item.id) : undefined);
  });
  const lf = ctx.labourForceLoaded() ? ctx.labourForce().size : null;
  const head = { scope: 'street' as const, communityId: null, code: street.code, name: street.name, hasResidents: ctx.inhabited().size > 0, labourResources: lf };
  if (items.length > 0) return buildUnit(standard, head, items);
  // No street items: the street's verdict sums up its communities'.
  const verdicts = communities.map((u) => u.unit.verdict);
  const verdict = verdicts.includes('fail') ? 'fail' : verdicts.includes('incomplete') ? 'incomplete' : 'pass';
  const built = buildUnit(standard, head, []);
  return { ...built, unit: { ...built.unit, verdict, stars: built.unit.stars === null ? null : 0, reasons: ['本标准没有街道考核项，街道结论按各社区的结论汇总'] } };
}

function runWarnings(ctx: RunContext, units: readonly UnitResult[]): string[] {
  const warnings = new Set<string>();
  const calendar = ctx.calendar();
  if (!calendar.covers(ctx.asOf)) {
    warnings.add(`截止日 ${ctx.asOf} 超出工作日历已有的年份（${calendar.firstYear}–${calendar.lastYear} 年）：该年节假日和调休尚未导入，涉及工作日的期限按普通周末推算；请导入市人社局下发的日历文件。`);
  }
  for (const unit of units) for (const item of unit.items) for (const w of item.warnings) warnings.add(w);
  return [...warnings];
}

/**
 * The tables every metric reads through the labour force on D (population/street-population.ts), communities and
 * settings. Of persons, no metric but 台账完整 (which watches every table) reads the 十清 fields: `persons_core`.
 */
const POPULATION: readonly WatchedTable[] = ['communities', 'settings', 'calendar_days', 'persons_core', 'households', 'household_flags', 'household_memberships', 'employment_spells', 'employment_wishes'];

/** The tables each metric's outcome depends on (the union of its kept reads' tables): a write to no other leaves it as it was. */
const METRIC_TABLES: Readonly<Record<Exclude<MetricId, 'communities-passing'>, readonly WatchedTable[]>> = {
  'employment-rate': POPULATION,
  'dibao-unemployed-share': POPULATION,
  'reemployment-rate': [...POPULATION, 'unemployment_registrations'],
  'difficult-persons-employed': [...POPULATION, 'difficulty_recognitions', 'family_episodes'],
  'zero-employment-clearance': [...POPULATION, 'family_episodes', 'service_records'],
  'double-unemployed-placement': [...POPULATION, 'family_episodes', 'service_records'],
  'family-tracking-services': [...POPULATION, 'family_episodes', 'service_records'],
  'guidance-on-time': [...POPULATION, 'unemployment_registrations', 'service_records'],
  'long-term-unemployed': [...POPULATION, 'unemployment_registrations', 'service_records'],
  'valid-complaints': [...POPULATION, 'complaints'],
  'active-job-preparation': [...POPULATION, 'service_records'],
  'recognised-persons-served': [...POPULATION, 'difficulty_recognitions', 'service_records'],
  'commitment-on-time': [...POPULATION, 'difficulty_recognitions', 'service_records'],
  'ledger-completeness': WATCHED_TABLES,
};

function frozenDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const inner of value.values()) frozenDeep(inner);
    return value;
  }
  for (const inner of Object.values(value)) frozenDeep(inner);
  return Object.freeze(value);
}

/**
 * An item's metric, kept while the tables it reads are unchanged (db/read-memo.ts): after a service is recorded the
 * population metrics are not computed again, after a job the service ones are. Whether computing it read the
 * population is kept too: the communities' 劳动力资源 counts are shown when it did.
 */
function keptMetric(ctx: RunContext, item: AutoItem): MetricOutcome {
  const metric = item.metric;
  if (metric === 'communities-passing') return computeMetric(ctx, item);
  const kept = memoRead(
    ctx.db.sqlite,
    { name: `assessment.metric.${metric}`, tables: METRIC_TABLES[metric], params: JSON.stringify([item, ctx.asOf, ctx.period]) },
    () => {
      const loadedBefore = ctx.labourForceLoaded();
      const outcome = frozenDeep(computeMetric(ctx, item));
      return { outcome, readsPopulation: !loadedBefore && ctx.labourForceLoaded() };
    },
  );
  if (kept.readsPopulation) ctx.labourForce();
  return kept.outcome;
}

/**
 * The metrics of a run, one function each, to be computed one at a time (the warm-up after open, one step per turn
 * of the event loop): each keeps its outcome, so the run that follows finds them kept.
 */
export function metricSteps(db: DeskDatabase, request: Pick<RunInput, 'standardId' | 'asOf'>, today: string): [string, () => void][] {
  const { definition } = resolveStandard(db, request.standardId);
  const ctx = createRunContext(db, request.asOf, checkedPeriod(db, request.asOf, undefined, today));
  return definition.items.flatMap((item): [string, () => void][] =>
    item.kind === 'auto' && item.metric !== 'communities-passing' ? [[item.metric, () => void keptMetric(ctx, item as AutoItem)]] : [],
  );
}

export function runAssessment(db: DeskDatabase, request: RunInput, today: string, street: { code: string; name: string }): AssessmentRun {
  const { row, definition } = resolveStandard(db, request.standardId, request.version);
  const period = checkedPeriod(db, request.asOf, request.from, today);
  const ctx = createRunContext(db, request.asOf, period);
  if (request.communityId !== undefined && !ctx.communities.some((c) => c.id === request.communityId)) {
    throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择', { fields: [{ path: 'communityId', message: '找不到该社区' }] });
  }
  const metrics = new Map<string, MetricOutcome>();
  for (const item of definition.items) {
    if (item.kind === 'auto' && item.metric !== 'communities-passing') metrics.set(item.id, keptMetric(ctx, item as AutoItem));
  }
  const computed: Computed = { standard: definition, ctx, metrics, manual: manualInForce(db, definition.id, request.asOf) };
  const communities = communityUnits(computed);
  const streetDraft = streetUnit(computed, communities, street);
  const shown = request.communityId === undefined ? communities : communities.filter((u) => u.unit.communityId === request.communityId);
  const [streetResult, ...communityResults] = resolveUnits(db, [streetDraft, ...shown], ctx.asOf);
  if (!streetResult) throw new AppError('INTERNAL', '考核结果缺少街道一栏');
  return {
    standard: { rowId: row.rowId, id: definition.id, version: definition.version, name: definition.name, source: definition.source, example: definition.example },
    asOf: request.asOf,
    period,
    computedAt: nowIso(),
    warnings: runWarnings(ctx, [streetResult, ...communityResults]),
    calendar: { firstYear: ctx.calendar().firstYear, lastYear: ctx.calendar().lastYear },
    communities: communityResults,
    street: streetResult,
  };
}
