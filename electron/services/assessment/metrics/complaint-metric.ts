/**
 * No valid complaint dated in the period (DOMAIN §4): complaints judged valid on or before D count against the item;
 * unjudged ones — and those judged only after D — are pending on D.
 */
import type { AutoItem } from '../../../../shared/contract/standards';
import { validityOn } from '../../../../shared/domain/assessment/complaint-validity';
import { complaintsBetween } from '../../../../db/repositories/complaints/complaint-judgements-repo';
import type { RunContext } from '../run-context';
import { addCount, outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

const SUMMARY_CHARS = 40;

function summary(content: string): string {
  const text = content.replace(/\s+/g, ' ').trim();
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS)}…` : text;
}

export function validComplaints(ctx: RunContext, item: AutoItem): MetricOutcome {
  const span = ctx.span(item.window) ?? ctx.period;
  const communities = perCommunity(ctx, 'count');
  for (const c of complaintsBetween(ctx.db, span.from, span.to)) {
    const outcome = outcomeOf(communities, c.communityId);
    const validity = validityOn({ valid: c.valid === null ? null : c.valid === 1, judgedOn: c.judgedOn }, ctx.asOf);
    if (!outcome || validity === 'invalid') continue;
    const record = { kind: 'complaint' as const, id: c.id, key: String(c.id), name: summary(c.content), date: c.date };
    if (validity === 'valid') {
      addCount(outcome);
      const reason = `${c.date} 的投诉于 ${c.judgedOn ?? c.date} 认定有效${c.validityReason ? `（${c.validityReason}）` : ''}`;
      outcome.records.push({ ...record, status: 'failing', reason });
    } else {
      // The same words whether it is unjudged today or judged after D: an earlier day's assessment does not change.
      outcome.records.push({ ...record, status: 'pending', reason: `${c.date} 的投诉尚未认定是否有效；认定为有效将使本项不达标` });
    }
  }
  return withStreetSum(communities, 'count');
}
