/**
 * "The value on D is the row with the greatest date ≤ D; a row without a date holds for every date" (db/schema.ts
 * household_flags, employment_wishes). A dated row in force overrides an undated one; among undated rows the last wins.
 */
import type { IsoDate } from './types';

export function entryInForceOn<T>(
  entries: readonly T[],
  dateOf: (entry: T) => IsoDate | null,
  date: IsoDate,
): T | null {
  let dated: T | null = null;
  let datedOn: IsoDate | null = null;
  let undated: T | null = null;
  for (const entry of entries) {
    const on = dateOf(entry);
    if (on === null) undated = entry;
    else if (on <= date && (datedOn === null || on >= datedOn)) {
      dated = entry;
      datedOn = on;
    }
  }
  return dated ?? undated;
}
