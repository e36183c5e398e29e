import type { HouseholdRow } from '../../../shared/contract/registry';
import { call } from '../../lib/api';
import { usePagedRows } from '../../lib/use-paged-rows';

/** Households of a community, loaded a page at a time as the list scrolls (`ensure(index)` asks for a row). */
export function useHouseholdPages(communityId: number | null, query: string) {
  const key = `${communityId ?? ''}|${query}`;
  const pages = usePagedRows<HouseholdRow, { total: number; rows: HouseholdRow[] }>(
    key,
    communityId === null ? null : (offset, limit) => call('households.list', { communityId, offset, limit, query: query || null }),
    false,
  );
  return { total: pages.head?.total ?? null, rows: pages.rows, error: pages.error, ensure: pages.ensure };
}
