import type { ComboboxStore } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { PersonHit } from '../../shared/contract/registry';
import { call } from './api';
import { messageOf } from './field-errors';

export interface PersonHits {
  q: string;
  setQ(q: string): void;
  hits: PersonHit[] | null;
  problem: string | null;
  loading: boolean;
  /**
   * The first hit of the list, when the list answers exactly what is typed now (not an older query still on screen):
   * Enter takes it even before the list has highlighted it.
   */
  firstHit(): PersonHit | null;
  /** Empties the box and the list (after a hit was taken). */
  clear(): void;
  /** The search box's value and handlers: typing, focus and blur open and close the list. */
  inputProps: {
    value: string;
    onChange(event: ChangeEvent<HTMLInputElement>): void;
    onFocus(): void;
    onBlur(): void;
  };
}

/**
 * Search-as-you-type over `search.persons` (name, pinyin initials, part of an ID number or phone) for a combobox:
 * debounced, stale answers dropped, and the first hit of each new list selected so that Enter takes it.
 */
export function usePersonHits(combobox: ComboboxStore): PersonHits {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  /** The query `hits` answer. */
  const [answered, setAnswered] = useState('');
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
        setAnswered(debounced);
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
    firstHit: () => (!loading && answered === q.trim() ? (hits?.[0] ?? null) : null),
    clear: () => {
      setQ('');
      setHits(null);
    },
    inputProps: {
      value: q,
      onChange: (event) => {
        setQ(event.currentTarget.value);
        combobox.openDropdown();
      },
      onFocus: () => combobox.openDropdown(),
      onBlur: () => combobox.closeDropdown(),
    },
  };
}
