import type { LedgerPage, LedgerPageRow } from '../../../shared/contract/ledgers';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { call } from '../../lib/api';
import { usePagedRows } from '../../lib/use-paged-rows';

export interface LedgerRequest {
  kind: LedgerKind;
  asOf: string;
  communityId: number | null;
  query: string;
  filters: Record<string, string>;
  sort: { key: string; descending: boolean } | null;
}

/** A ledger loaded a screenful at a time as the table scrolls (`ensure(index)` asks for a row); `reload` after a layout change. */
export function useLedgerPages(request: LedgerRequest, version: number) {
  const key = `${JSON.stringify(request)}|${version}`;
  return usePagedRows<LedgerPageRow, LedgerPage>(key, (offset, limit) => call('ledgers.page', { ...request, offset, limit }), true);
}
