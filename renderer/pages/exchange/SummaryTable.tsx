import type { EntityCounts } from '../../../shared/contract/packages';
import { ChangeCountsTable } from '../../components/ChangeCountsTable';
import { entityLabel } from './exchange-format';

/** New / changed / unchanged / conflicting records per entity of a package. */
export function SummaryTable({ summary, label }: { summary: Record<string, EntityCounts>; label: string }) {
  return <ChangeCountsTable counts={summary} label={label} heading="数据" width={640} nameOf={entityLabel} withConflicts />;
}
