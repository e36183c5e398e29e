/**
 * Family metrics over the stored episodes (family_episodes, DOMAIN §3): zero-employment families cleared within N
 * months, double-unemployed families with a member placed, and tracking services recorded for such families.
 */
import { paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { clearanceDeadline, isOverdueFamily } from '../../../../shared/domain/assessment/durations';
import { familiesDuring, familiesPresentOn } from '../../../../db/repositories/population/family-episodes-repo';
import { householdsServedBetween } from '../../../../db/repositories/services/services-given-repo';
import { householdsWithMemberEmployedOn } from '../../../../db/repositories/registry/memberships-repo';
import type { RunContext } from '../run-context';
import { addCount, addRatio, outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome, Outcome } from './metric-types';

const FAMILY_LABEL = { zero_employment: '零就业家庭', double_unemployed: '双下岗双失业家庭' } as const;

type FamilyEpisode = ReturnType<typeof familiesDuring>[number];

/** Each household once (its first episode of the list), with its community's outcome; households of communities not assessed are passed over. */
function forEachHousehold(communities: Map<number, Outcome>, families: readonly FamilyEpisode[], visit: (family: FamilyEpisode, outcome: Outcome) => void): void {
  const seen = new Set<number>();
  for (const family of families) {
    if (seen.has(family.householdId)) continue;
    seen.add(family.householdId);
    const outcome = outcomeOf(communities, family.communityId);
    if (outcome) visit(family, outcome);
  }
}

/**
 * The value is the number of zero-employment families present on D; a family present longer than N months (D after
 * its appearance + N months) counts against the item, one within its months is pending.
 */
export function zeroEmploymentClearance(ctx: RunContext, item: AutoItem): MetricOutcome {
  const months = item.window.kind === 'months' ? item.window.months : 1;
  const communities = perCommunity(ctx, 'count');
  for (const family of familiesPresentOn(ctx.db, 'zero_employment', ctx.asOf)) {
    const outcome = outcomeOf(communities, family.communityId);
    if (!outcome) continue;
    outcome.reportedCount = (outcome.reportedCount ?? 0) + 1;
    const deadline = clearanceDeadline(family.appeared, months);
    if (isOverdueFamily(family.appeared, ctx.asOf, months)) {
      addCount(outcome);
      outcome.failing.push({ kind: 'household', id: family.householdId, reason: `零就业家庭，${family.appeared} 出现，应于 ${deadline} 前消除，已超期`, date: family.appeared });
    } else {
      outcome.pending.push({ kind: 'household', id: family.householdId, reason: `零就业家庭，${family.appeared} 出现，须在 ${deadline} 前消除（尚在时限内）`, date: family.appeared });
    }
  }
  for (const outcome of communities.values()) if (outcome.reportedCount === null) outcome.reportedCount = 0;
  return withStreetSum(communities, 'count');
}

/**
 * Double-unemployed families present at some time in the period, except those whose episode closed for another
 * reason than employment (moved away, retired…): the share with a member employed on D.
 */
export function doubleUnemployedPlacement(ctx: RunContext, item: AutoItem): MetricOutcome {
  const span = ctx.span(item.window) ?? ctx.period;
  const families = familiesDuring(ctx.db, 'double_unemployed', span.from, span.to).filter((f) => f.ended === null || f.endReason === 'employed');
  const placed = householdsWithMemberEmployedOn(ctx.db, [...new Set(families.map((f) => f.householdId))], ctx.asOf);
  const communities = perCommunity(ctx, 'ratio');
  forEachHousehold(communities, families, (family, outcome) => {
    const ok = placed.has(family.householdId);
    addRatio(outcome, ok);
    if (!ok) outcome.failing.push({ kind: 'household', id: family.householdId, reason: `双下岗双失业家庭（${family.appeared} 出现），截止日没有成员就业`, date: family.appeared });
  });
  return withStreetSum(communities, 'ratio');
}

/** Families of the chosen kind present at some time in the period: the share with a service (household or member) in the window. */
export function familyTrackingServices(ctx: RunContext, item: AutoItem & { metric: 'family-tracking-services' }): MetricOutcome {
  const { familyKind } = paramsOf(item);
  const span = ctx.span(item.window) ?? ctx.period;
  const families = familiesDuring(ctx.db, familyKind, ctx.period.from, ctx.period.to);
  const served = householdsServedBetween(ctx.db, [...new Set(families.map((f) => f.householdId))], span.from, span.to);
  const communities = perCommunity(ctx, 'ratio');
  forEachHousehold(communities, families, (family, outcome) => {
    const ok = served.has(family.householdId);
    addRatio(outcome, ok);
    if (!ok) {
      outcome.failing.push({ kind: 'household', id: family.householdId, reason: `${FAMILY_LABEL[familyKind]}（${family.appeared} 出现），${span.from} 至 ${span.to} 没有跟踪服务记录`, date: family.appeared });
    }
  });
  return withStreetSum(communities, 'ratio');
}
