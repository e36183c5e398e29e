import { useCallback, useEffect, useRef, useState } from 'react';
import type { HouseholdRow } from '../../../shared/contract/registry';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

export const PAGE_SIZE = 200;

interface State {
  key: string;
  total: number | null;
  rows: (HouseholdRow | undefined)[];
  error: string | null;
}

/** Households of a community, loaded a page at a time as the list scrolls (`ensure(index)` asks for a row). */
export function useHouseholdPages(communityId: number | null, query: string) {
  const key = `${communityId ?? ''}|${query}`;
  const [state, setState] = useState<State>({ key, total: null, rows: [], error: null });
  const requested = useRef(new Set<number>());
  const currentKey = useRef(key);

  const ensure = useCallback(
    (index: number) => {
      if (communityId === null) return;
      const page = Math.floor(index / PAGE_SIZE);
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const forKey = key;
      call('households.list', { communityId, offset: page * PAGE_SIZE, limit: PAGE_SIZE, query: query || null })
        .then((result) => {
          if (currentKey.current !== forKey) return;
          setState((s) => {
            const rows = s.rows.slice();
            result.rows.forEach((row, i) => {
              rows[page * PAGE_SIZE + i] = row;
            });
            return { ...s, total: result.total, rows, error: null };
          });
        })
        .catch((error: unknown) => {
          requested.current.delete(page);
          if (currentKey.current === forKey) setState((s) => ({ ...s, error: messageOf(error) }));
        });
    },
    [communityId, query, key],
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    setState({ key, total: null, rows: [], error: null });
    ensure(0);
  }, [key, ensure]);

  const loaded = state.key === key;
  return { total: loaded ? state.total : null, rows: loaded ? state.rows : [], error: loaded ? state.error : null, ensure };
}
