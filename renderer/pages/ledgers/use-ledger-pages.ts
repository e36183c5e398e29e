import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerPage, LedgerPageRow } from '../../../shared/contract/ledgers';
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

export const PAGE_SIZE = 200;

export interface LedgerRequest {
  kind: LedgerKind;
  asOf: string;
  communityId: number | null;
  query: string;
  filters: Record<string, string>;
  sort: { key: string; descending: boolean } | null;
}

interface State {
  key: string;
  head: LedgerPage | null;
  rows: (LedgerPageRow | undefined)[];
  error: string | null;
  loading: boolean;
}

/** A ledger loaded a screenful at a time as the table scrolls (`ensure(index)` asks for a row); `reload` after a layout change. */
export function useLedgerPages(request: LedgerRequest, version: number) {
  const key = `${JSON.stringify(request)}|${version}`;
  const [state, setState] = useState<State>({ key, head: null, rows: [], error: null, loading: true });
  const requested = useRef(new Set<number>());
  const currentKey = useRef(key);

  const ensure = useCallback(
    (index: number) => {
      const page = Math.floor(index / PAGE_SIZE);
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const forKey = key;
      call('ledgers.page', { ...request, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then((result) => {
          if (currentKey.current !== forKey) return;
          setState((s) => {
            const rows = s.rows.slice();
            result.rows.forEach((row, i) => {
              rows[page * PAGE_SIZE + i] = row;
            });
            return { ...s, head: result, rows, error: null, loading: false };
          });
        })
        .catch((error: unknown) => {
          requested.current.delete(page);
          if (currentKey.current === forKey) setState((s) => ({ ...s, error: messageOf(error), loading: false }));
        });
    },
    // `key` stands for the request: the callback changes exactly when it does.
    [key],
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    setState((s) => ({ key, head: s.head, rows: [], error: null, loading: true }));
    ensure(0);
  }, [key, ensure]);

  const current = state.key === key;
  return { head: state.head, rows: current ? state.rows : [], error: current ? state.error : null, loading: !current || state.loading, ensure };
}
