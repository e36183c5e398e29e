import type { ComboboxStore } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { PersonHit } from '../../shared/contract/registry';
import { call } from './api';
import { messageOf } from './field-errors';

export interface PersonHits {
  q: string;
  setQ(q: string): void;
  hits: PersonHit[] | null;
  problem: string | null;
  loading: boolean;
  /** Empties the box and the list (after a hit was taken). */
  clear(): void;
}

/**
 * Search-as-you-type over `search.persons` (name, pinyin initials, part of an ID number or phone) for a combobox:
 * debounced, stale answers dropped, and the first hit of each new list selected so that Enter takes it.
 */
export function usePersonHits(combobox: ComboboxStore): PersonHits {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!debounced) {
      setHits(null);
      setProblem(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('search.persons', { q: debounced, limit: 20 })
      .then((value) => {
        if (!live) return;
        setHits(value);
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
  }, [debounced]);

  const store = useRef(combobox);
  store.current = combobox;
  useEffect(() => {
    if (hits && hits.length > 0) requestAnimationFrame(() => store.current.selectFirstOption());
  }, [hits]);

  return {
    q,
    setQ,
    hits,
    problem,
    loading,
    clear: () => {
      setQ('');
      setHits(null);
    },
  };
}
