import { useCallback, useEffect, useState } from 'react';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';

/** The `asOf=YYYY-MM-DD` of the address (`#/person/12?asOf=2024-03-01`), when it is a valid date. */
function asOfInAddress(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const value = new URLSearchParams(query).get('asOf');
  return value !== null && isValidIsoDate(value) ? value : null;
}

/** A page's address carrying `asOf` (left out for today, so the everyday address stays short). */
export function withAsOf(path: string, asOf: string, today: string = todayIso()): string {
  return asOf === today ? path : `${path}?asOf=${asOf}`;
}

export interface AsOf {
  /** The date the page shows the state of. */
  asOf: string;
  today: string;
  /** A new date; null means today. */
  setAsOf(date: string | null): void;
}

/**
 * The date of “查看某日状态”: today unless the address names another. The choice is written back into the address
 * (replacing the history entry, so Back still leaves the page) so a reload, or a link from a household at that date,
 * opens the same date.
 */
export function useAsOf(): AsOf {
  const today = todayIso();
  const [asOf, setState] = useState(() => asOfInAddress() ?? today);
  useEffect(() => {
    const follow = () => setState(asOfInAddress() ?? todayIso());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const setAsOf = useCallback((date: string | null) => {
    const next = date ?? todayIso();
    setState(next);
    const path = (window.location.hash.replace(/^#/, '').split('?')[0] ?? '') || '/';
    window.history.replaceState(window.history.state, '', `#${withAsOf(path, next)}`);
  }, []);
  return { asOf, today, setAsOf };
}
