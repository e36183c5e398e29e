import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { ApiCallError, call } from './api';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** Loads a method's value; `key` changes reload it. */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, key = ''): QueryState<MethodOutput<M>> {
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    setLoading(true);
    call(method, JSON.parse(inputKey) as MethodInput<M>)
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', message: String(e) });
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [method, inputKey, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
