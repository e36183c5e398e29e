/**
 * Metrics over the labour force on D (DOMAIN §3–§4), from the street's labour force read once (population/street-population.ts):
 * the employment rate, the unemployed share among 低保 members, difficult persons employed, and re-employment of
 * the registered unemployed.
 */
import { DIFFICULT_GROUP_LABELS, paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { familiesPresentOn } from '../../../../db/repositories/population/family-episodes-repo';
import { personsRegisteredDuring } from '../../../../db/repositories/employment/registrations-repo';
import { membersOfHouseholds } from '../../../../db/repositories/registry/memberships-repo';
import type { RunContext } from '../run-context';
import { addRatio, outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

/**
 * A ratio over LF members: for each person `counted` selects, `ok` says whether they are in the numerator;
 * `reason` explains a person outside it (null: not listed).
 */
function overLabourForce(
  ctx: RunContext,
  counted: (i: number) => boolean,
  ok: (i: number) => boolean,
  reason: (i: number) => string,
  listWhenOk = false,
): MetricOutcome {
  const lf = ctx.labourForce();
  const communities = perCommunity(ctx, 'ratio');
  for (let i = 0; i < lf.size; i += 1) {
    if (!counted(i)) continue;
    const outcome = outcomeOf(communities, lf.community[i] ?? 0);
    if (!outcome) continue;
    const inNumerator = ok(i);
    addRatio(outcome, inNumerator);
    if (inNumerator === listWhenOk) outcome.failing.push({ kind: 'person', id: lf.person[i] ?? 0, reason: reason(i), date: null });
  }
  return withStreetSum(communities, 'ratio');
}

/** |E∩LFW| / |LFW|; the unemployed (U) count against it. */
export function employmentRate(ctx: RunContext): MetricOutcome {
  const lf = ctx.labourForce();
  return overLabourForce(
    ctx,
    (i) => lf.wish[i] === 1,
    (i) => lf.employed[i] === 1,
    () => '有劳动能力和就业愿望，截止日未就业',
  );
}

/** |U∩低保| / |LF∩低保|: the unemployed among 低保 household members in LF count against it (it is a ceiling). */
export function dibaoUnemployedShare(ctx: RunContext): MetricOutcome {
  const lf = ctx.labourForce();
  return overLabourForce(
    ctx,
    (i) => lf.dibao[i] === 1,
    (i) => lf.wish[i] === 1 && lf.employed[i] === 0,
    () => '低保家庭成员，有劳动能力和就业愿望，截止日未就业',
    true,
  );
}

/** Difficult persons (the groups chosen by the item) in LFW on D: the employed share; the unemployed count against it. */
export function difficultPersonsEmployed(ctx: RunContext, item: AutoItem & { metric: 'difficult-persons-employed' }): MetricOutcome {
  const { groups } = paramsOf(item);
  const lf = ctx.labourForce();
  const recognised = groups.includes('recognised') ? new Set(ctx.recognised().map((r) => r.personId)) : new Set<number>();
  const zeroFamilyMembers = groups.includes('zero-employment-family')
    ? new Set(membersOfHouseholds(ctx.db, familiesPresentOn(ctx.db, 'zero_employment', ctx.asOf).map((f) => f.householdId), ctx.asOf))
    : new Set<number>();
  const groupsOf = (i: number) => {
    const person = lf.person[i] ?? 0;
    return groups.filter(
      (g) =>
        (g === '4050' && lf.age4050[i] === 1) ||
        (g === 'recognised' && recognised.has(person)) ||
        (g === 'dibao' && lf.dibao[i] === 1) ||
        (g === 'zero-employment-family' && zeroFamilyMembers.has(person)),
    );
  };
  return overLabourForce(
    ctx,
    (i) => lf.wish[i] === 1 && groupsOf(i).length > 0,
    (i) => lf.employed[i] === 1,
    (i) => `${groupsOf(i).map((g) => DIFFICULT_GROUP_LABELS[g]).join('、')}，有就业愿望，截止日未就业`,
  );
}

/**
 * Persons registered unemployed at some time in the period and in LFW on D: the employed share — the employed ones
 * are the re-employed of the period (shared/domain/population/reemployed.ts, the 十清 population's definition too).
 */
export function reemploymentRate(ctx: RunContext, item: AutoItem): MetricOutcome {
  const span = ctx.span(item.window) ?? ctx.period;
  const registered = personsRegisteredDuring(ctx.db, span.from, span.to);
  const lf = ctx.labourForce();
  return overLabourForce(
    ctx,
    (i) => lf.wish[i] === 1 && registered.has(lf.person[i] ?? 0),
    (i) => lf.employed[i] === 1,
    () => `${span.from} 至 ${span.to} 间登记失业，截止日仍未就业`,
  );
}
