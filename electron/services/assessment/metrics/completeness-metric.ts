/**
 * Data completeness (计算机动态管理, 台账记载完备): the share of persons whose 十清 (the unemployed and the re-employed
 * of the year) or 五清 (recognised difficult persons) items are all recorded, from the completeness service
 * (electron/services/completeness), which owns the item rules of DOMAIN §5. Under 十清 the community's own tenth item —
 * employers' demand recorded in the last quarter — is one more share (unless the rule sets `employerDemand: false`):
 * a community without it fails a 100% item, and is listed among the item's failing records with the reason.
 */
import { paramsOf } from '../../../../shared/contract/standards';
import type { AutoItem } from '../../../../shared/contract/standards';
import { ledgerShares } from '../../../../shared/domain/completeness/community-demand';
import { TEN_CLEAR_LABEL } from '../../../../shared/domain/completeness/items';
import { dataCompletenessByCommunity } from '../../completeness/completeness-service';
import type { CommunityDataCompleteness } from '../../completeness/completeness-service';
import type { RunContext } from '../run-context';
import { outcomeOf, perCommunity, withStreetSum } from './metric-types';
import type { MetricOutcome } from './metric-types';

function demandReason(row: CommunityDataCompleteness): string {
  const check = row.employerDemand;
  return `十清缺：${TEN_CLEAR_LABEL.employer_demand}（${check.value ?? ''}）${check.toRecord ? `；请${check.toRecord}` : ''}`;
}

export function ledgerCompleteness(ctx: RunContext, item: AutoItem & { metric: 'ledger-completeness' }): MetricOutcome {
  const { checklist, employerDemand } = paramsOf(item);
  const tenClear = checklist === 'ten-clear';
  const withDemand = tenClear && employerDemand !== false;
  const prefix = tenClear ? '十清' : '五清';
  const communities = perCommunity(ctx, 'ratio');
  for (const row of dataCompletenessByCommunity(ctx.db, ctx.asOf, null)) {
    const outcome = outcomeOf(communities, row.communityId);
    if (!outcome || outcome.compared.kind !== 'ratio') continue;
    const persons = tenClear ? { complete: row.complete, concerned: row.concerned } : { complete: row.fiveClearComplete, concerned: row.fiveClearConcerned };
    const { numerator, denominator } = ledgerShares(persons, !withDemand ? 'not_counted' : row.employerDemandRecorded ? 'recorded' : 'missing');
    outcome.compared.numerator = numerator;
    outcome.compared.denominator = denominator;
    for (const s of row.incomplete) if (s.reason.startsWith(prefix)) outcome.failing.push({ kind: 'person', id: s.personId, reason: s.reason, date: null });
    if (withDemand && !row.employerDemandRecorded) {
      outcome.records.push({ kind: 'community', id: row.communityId, key: row.code, name: row.name, date: null, status: 'failing', reason: demandReason(row) });
    }
    if (withDemand) outcome.notes.push(`分子分母含本社区“${TEN_CLEAR_LABEL.employer_demand}”一份（${row.employerDemandRecorded ? '已登记' : '未登记'}）`);
  }
  const result = withStreetSum(communities, 'ratio');
  if (withDemand) result.street.notes.push(`分子分母含各社区“${TEN_CLEAR_LABEL.employer_demand}”各一份`);
  return result;
}
