import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from './field-errors';

export const PAGE_SIZE = 200;

interface State<P, R> {
  key: string;
  head: P | null;
  rows: (R | undefined)[];
  error: string | null;
  loading: boolean;
}

/**
 * Rows loaded a page at a time as a virtualised table scrolls (`ensure(index)` asks for a row). `key` stands for the
 * request: when it changes the rows start over; `fetchPage` (null: nothing to load) reads a page of that request and
 * must change only with `key`. `head` is the latest page answered (totals, columns); with `keepHead` the previous
 * request's head stays shown while the new one loads.
 */
export function usePagedRows<R, P extends { rows: R[] }>(
  key: string,
  fetchPage: ((offset: number, limit: number) => Promise<P>) | null,
  keepHead: boolean,
) {
  const [state, setState] = useState<State<P, R>>({ key, head: null, rows: [], error: null, loading: true });
  const requested = useRef(new Set<number>());
  const currentKey = useRef(key);

  const ensure = useCallback(
    (index: number) => {
      if (fetchPage === null) return;
      const page = Math.floor(index / PAGE_SIZE);
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const forKey = key;
      fetchPage(page * PAGE_SIZE, PAGE_SIZE)
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
    setState((s) => ({ key, head: keepHead ? s.head : null, rows: [], error: null, loading: true }));
    ensure(0);
  }, [key, ensure, keepHead]);

  const current = state.key === key;
  return { head: current || keepHead ? state.head : null, rows: current ? state.rows : [], error: current ? state.error : null, loading: !current || state.loading, ensure };
}
