/**
 * Data completeness (计算机动态管理, 台账记载完备): the share of persons whose 十清 (the unemployed and the re-employed
 * of the year) or 五清 (recognised difficult persons) items are all recorded, from the completeness service
 * (electron/services/completeness), which owns the item rules of DOMAIN §5.
 */
import { paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { dataCompletenessByCommunity } from '../../completeness/completeness-service';
import type { RunContext } from '../run-context';
import { outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

export function ledgerCompleteness(ctx: RunContext, item: AutoItem & { metric: 'ledger-completeness' }): MetricOutcome {
  const { checklist } = paramsOf(item);
  const prefix = checklist === 'ten-clear' ? '十清' : '五清';
  const communities = perCommunity(ctx, 'ratio');
  for (const row of dataCompletenessByCommunity(ctx.db, ctx.asOf, null)) {
    const outcome = outcomeOf(communities, row.communityId);
    if (!outcome || outcome.compared.kind !== 'ratio') continue;
    outcome.compared.numerator = checklist === 'ten-clear' ? row.complete : row.fiveClearComplete;
    outcome.compared.denominator = checklist === 'ten-clear' ? row.concerned : row.fiveClearConcerned;
    for (const s of row.incomplete) if (s.reason.startsWith(prefix)) outcome.failing.push({ kind: 'person', id: s.personId, reason: s.reason, date: null });
  }
  return withStreetSum(communities, 'ratio');
}
