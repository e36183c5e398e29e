/**
 * Metrics over service records (DOMAIN §4, seed 003): the unemployed and migrant workers kept in active job
 * preparation, recognised difficult persons given the services they are owed (一人一策), and the 72-hour
 * commitment to especially difficult persons.
 */
import { paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { commitmentStatus } from '../../../../shared/domain/assessment/guidance';
import { addDays } from '../../../../shared/domain/dates';
import { SERVICE_KIND_LABEL } from '../../../../shared/domain/workbook/vocabulary';
import { especiallyDifficultRecognisedBetween } from '../../../../db/repositories/recognitions/recognitions-on-date-repo';
import { personsServedBetween, personsWithServiceKinds } from '../../../../db/repositories/services/services-given-repo';
import type { RunContext } from '../run-context';
import { addRatio, outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

/**
 * Everyone in U on D must have had a service (any kind) in the item's window (e.g. the last 90 days), and every
 * migrant worker in LF one in the migrant window (e.g. the period). A person who is both is one subject that must
 * meet both. Household-level services count for the members when the item says so.
 */
export function activeJobPreparation(ctx: RunContext, item: AutoItem & { metric: 'active-job-preparation' }): MetricOutcome {
  const { migrantWindow, includeHouseholdServices } = paramsOf(item);
  const uSpan = ctx.span(item.window) ?? ctx.period;
  const mSpan = migrantWindow === null ? null : ctx.span(migrantWindow);
  const lf = ctx.labourForce();
  const unemployed: number[] = [];
  const migrants: number[] = [];
  const communityOf = new Map<number, number>();
  for (let i = 0; i < lf.size; i += 1) {
    const person = lf.person[i] ?? 0;
    const isU = lf.wish[i] === 1 && lf.employed[i] === 0;
    const isMigrant = mSpan !== null && lf.migrant[i] === 1;
    if (isU) unemployed.push(person);
    if (isMigrant) migrants.push(person);
    if (isU || isMigrant) communityOf.set(person, lf.community[i] ?? 0);
  }
  const uServed = personsServedBetween(ctx.db, unemployed, uSpan.from, uSpan.to, includeHouseholdServices);
  const mServed = mSpan === null ? new Set<number>() : personsServedBetween(ctx.db, migrants, mSpan.from, mSpan.to, includeHouseholdServices);
  const subjects = new Map<number, { community: number; problems: string[] }>();
  const subject = (personId: number) => {
    let s = subjects.get(personId);
    if (!s) {
      s = { community: communityOf.get(personId) ?? 0, problems: [] };
      subjects.set(personId, s);
    }
    return s;
  };
  for (const person of unemployed) {
    const s = subject(person);
    if (!uServed.has(person)) s.problems.push(`失业人员，${uSpan.from} 至 ${uSpan.to} 没有任何服务记录`);
  }
  if (mSpan !== null) {
    for (const person of migrants) {
      const s = subject(person);
      if (!mServed.has(person)) s.problems.push(`农民工，${mSpan.from} 至 ${mSpan.to} 没有任何服务记录`);
    }
  }
  const communities = perCommunity(ctx, 'ratio');
  for (const [personId, s] of subjects) {
    const outcome = outcomeOf(communities, s.community);
    if (!outcome) continue;
    addRatio(outcome, s.problems.length === 0);
    if (s.problems.length > 0) outcome.failing.push({ kind: 'person', id: personId, reason: s.problems.join('；'), date: null });
  }
  return withStreetSum(communities, 'ratio');
}

/** Recognised difficult persons on D: the share with a service of the chosen kinds in the window (asOf: ever, up to D). */
export function recognisedPersonsServed(ctx: RunContext, item: AutoItem & { metric: 'recognised-persons-served' }): MetricOutcome {
  const { serviceKinds } = paramsOf(item);
  const span = item.window.kind === 'asOf' ? { from: '1900-01-01', to: ctx.asOf } : (ctx.span(item.window) ?? ctx.period);
  const recognised = ctx.recognised();
  const communityOf = ctx.communitiesOf(recognised.map((r) => r.personId));
  const served = personsWithServiceKinds(ctx.db, recognised.map((r) => r.personId), serviceKinds, span.from, span.to);
  const kinds = serviceKinds.map((k) => SERVICE_KIND_LABEL[k]).join('或');
  const when = item.window.kind === 'asOf' ? '' : `${span.from} 至 ${span.to} `;
  const communities = perCommunity(ctx, 'ratio');
  for (const r of recognised) {
    const outcome = outcomeOf(communities, communityOf(r.personId));
    if (!outcome) continue;
    const ok = served.has(r.personId);
    addRatio(outcome, ok);
    if (!ok) outcome.failing.push({ kind: 'person', id: r.personId, reason: `已认定的就业困难人员（${r.recognisedOn} 认定），${when}没有${kinds}记录`, date: r.recognisedOn });
  }
  return withStreetSum(communities, 'ratio');
}

/**
 * Especially difficult persons recognised in the period: a 即时就业承诺 record from the recognition day to that day
 * + N days is on time; none yet with the deadline D or later is pending; otherwise late.
 */
export function commitmentOnTime(ctx: RunContext, item: AutoItem & { metric: 'commitment-on-time' }): MetricOutcome {
  const { days } = paramsOf(item);
  const span = ctx.span(item.window) ?? ctx.period;
  const communities = perCommunity(ctx, 'ratio');
  const recognitions = especiallyDifficultRecognisedBetween(ctx.db, span.from, span.to);
  // Like a registration, a recognition counts for the community the person belonged to on the recognition day.
  const communityOnRecognition = ctx.communitiesOnDates(recognitions.map((r) => [r.personId, r.recognisedOn] as const));
  recognitions.forEach((r, index) => {
    const outcome = outcomeOf(communities, communityOnRecognition[index] ?? 0);
    if (!outcome) return;
    const deadline = addDays(r.recognisedOn, days);
    const status = commitmentStatus(r.recognisedOn, r.firstCommitmentOn, deadline, ctx.asOf);
    if (status === 'on_time') addRatio(outcome, true);
    else if (status === 'pending') {
      outcome.pending.push({ kind: 'person', id: r.personId, reason: `特别困难人员，${r.recognisedOn} 认定，须在 ${deadline} 前作出即时就业承诺`, date: deadline });
    } else {
      addRatio(outcome, false);
      const when = r.firstCommitmentOn === null ? '至今没有即时就业承诺记录' : `${r.firstCommitmentOn} 才作出承诺`;
      outcome.failing.push({ kind: 'person', id: r.personId, reason: `特别困难人员，${r.recognisedOn} 认定，承诺期限 ${deadline}，${when}（逾期）`, date: deadline });
    }
  });
  return withStreetSum(communities, 'ratio');
}
