/**
 * Metrics over unemployment registrations (DOMAIN §4): guidance within N working days of registering, and no
 * registration open longer than N months.
 *
 * Working days beyond the calendar's coverage: the deadline is then computed by the plain Monday–Friday week (the
 * calendar's own guess). The registration's reason says so, the item carries the calendar's warning, and the run
 * lists it among its warnings; the verdict stands on that guess rather than failing the whole assessment, because
 * every other item is unaffected. Import the bureau's calendar for that year to make it certain.
 */
import { paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { isLongTermOn, longTermFrom } from '../../../../shared/domain/assessment/durations';
import { guidanceStatus } from '../../../../shared/domain/assessment/guidance';
import type { CalendarAnswer } from '../../../../shared/domain/calendar/working-days';
import { registrationsWithGuidance } from '../../../../db/repositories/employment/registrations-repo';
import type { RunContext } from '../run-context';
import { addCount, addRatio, outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

export function guidanceOnTime(ctx: RunContext, item: AutoItem & { metric: 'guidance-on-time' }): MetricOutcome {
  const { workingDays } = paramsOf(item);
  const span = ctx.span(item.window) ?? ctx.period;
  const calendar = ctx.calendar();
  const deadlines = new Map<string, CalendarAnswer<string>>();
  const deadlineOf = (date: string) => {
    let answer = deadlines.get(date);
    if (answer === undefined) {
      answer = calendar.addWorkingDays(date, workingDays);
      deadlines.set(date, answer);
    }
    return answer;
  };
  const communities = perCommunity(ctx, 'ratio');
  const uncertainYears = new Set<number>();
  const uncertainIn = new Map<number, number>();
  const registrations = registrationsWithGuidance(ctx.db, span.from, span.to);
  // DOMAIN §2: a registration counts for the community the person belonged to on the registration day.
  const communityOnRegistration = ctx.communitiesOnDates(registrations.map((r) => [r.personId, r.registeredOn] as const));
  registrations.forEach((r, index) => {
    const community = communityOnRegistration[index] ?? 0;
    const outcome = outcomeOf(communities, community);
    if (!outcome) return;
    const answer = deadlineOf(r.registeredOn);
    const deadline = answer.value;
    const guessed = answer.certain ? '' : '（期限按普通周末推算，待导入日历确认）';
    const status = guidanceStatus({ registeredOn: r.registeredOn, cancelledOn: r.cancelledOn, firstGuidanceOn: r.firstGuidanceOn, deadline }, ctx.asOf);
    if (!answer.certain && status !== 'excluded') {
      uncertainIn.set(community, (uncertainIn.get(community) ?? 0) + 1);
      for (const y of answer.uncoveredYears) uncertainYears.add(y);
    }
    if (status === 'on_time') addRatio(outcome, true);
    else if (status === 'late') {
      addRatio(outcome, false);
      const when = r.firstGuidanceOn === null ? '至今没有职业指导记录' : `${r.firstGuidanceOn} 才进行职业指导`;
      outcome.failing.push({ kind: 'person', id: r.personId, reason: `${r.registeredOn} 登记失业，指导期限 ${deadline}${guessed}，${when}（逾期）`, date: deadline });
    } else if (status === 'pending') {
      outcome.pending.push({ kind: 'person', id: r.personId, reason: `${r.registeredOn} 登记失业，须在 ${deadline}${guessed} 前进行职业指导`, date: deadline });
    }
  });
  const years = [...uncertainYears].sort((a, b) => a - b).join('、');
  for (const [communityId, n] of uncertainIn) {
    communities.get(communityId)?.warnings.push(`有 ${n} 条登记的指导期限落在 ${years} 年，该年的节假日安排尚未导入，期限按普通周末推算，结论可能不准；请导入市人社局下发的日历文件。`);
  }
  const result = withStreetSum(communities, 'ratio');
  const total = [...uncertainIn.values()].reduce((a, b) => a + b, 0);
  if (total > 0) result.street.warnings = [`有 ${total} 条登记的指导期限落在 ${years} 年，该年的节假日安排尚未导入，期限按普通周末推算，结论可能不准；请导入市人社局下发的日历文件。`];
  return result;
}

/** Persons whose open registration on D began more than N months earlier (D after registration + N months). */
export function longTermUnemployed(ctx: RunContext, item: AutoItem): MetricOutcome {
  const months = item.window.kind === 'months' ? item.window.months : 12;
  const communities = perCommunity(ctx, 'count');
  const longTerm = ctx.openRegistrations().filter((r) => isLongTermOn(r.registeredOn, ctx.asOf, months));
  const communityOf = ctx.communitiesOf(longTerm.map((r) => r.personId));
  for (const r of longTerm) {
    const community = communityOf(r.personId);
    const outcome = outcomeOf(communities, community);
    if (!outcome) continue;
    addCount(outcome);
    outcome.failing.push({ kind: 'person', id: r.personId, reason: `${r.registeredOn} 登记失业至今未注销，${longTermFrom(r.registeredOn, months)} 已满 ${months} 个月，连续失业超过 ${months} 个月`, date: r.registeredOn });
  }
  return withStreetSum(communities, 'count');
}
