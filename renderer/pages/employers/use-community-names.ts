import { useCallback } from 'react';
import { useApiQuery } from '../../lib/use-api-query';

/** The name of a community by its id (“不限” for none), from the street's community list. */
export function useCommunityNames(): (id: number | null) => string {
  const communities = useApiQuery('communities.list', {});
  const list = communities.data;
  return useCallback((id: number | null) => (id === null ? '不限' : (list?.find((c) => c.id === id)?.name ?? '…')), [list]);
}
