import { useEffect, useRef, useState } from 'react';
import { messageOf } from './field-errors';

/**
 * Calls `run` whenever `key` changes (null: nothing to ask, and no problem) and hands the answer to `onAnswer`; an
 * answer that comes after the key changed again is dropped. Returns whether a call is under way and why the last
 * one failed.
 */
export function useLatestCall<K, T>(key: K | null, run: (key: K) => Promise<T>, onAnswer: (value: T, key: K) => void): { loading: boolean; problem: string | null } {
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  // The latest callbacks: a new render's closures, without calling again for them.
  const latest = useRef({ run, onAnswer });
  latest.current = { run, onAnswer };

  useEffect(() => {
    if (key === null) {
      setProblem(null);
      return;
    }
    let live = true;
    setLoading(true);
    latest.current
      .run(key)
      .then((value) => {
        if (!live) return;
        latest.current.onAnswer(value, key);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (live) setProblem(messageOf(error));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [key]);

  return { loading, problem };
}
