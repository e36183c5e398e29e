/** One value read by a key: the single-cell lookups the owners share (a record's person or community, a latest date). */
import type { DeskDatabase } from '../desk-database';

/** The integer (an id) the statement reads for `key`; null when there is no row or the value is null. */
export function pluckId(db: DeskDatabase, sql: string, key: number): number | null {
  const value = db.sqlite.prepare(sql).pluck().get(key);
  return typeof value === 'number' ? value : null;
}

/** The text (a date) the statement reads for `key`; null when there is no row or the value is null. */
export function pluckText(db: DeskDatabase, sql: string, key: number): string | null {
  const value = db.sqlite.prepare(sql).pluck().get(key);
  return typeof value === 'string' ? value : null;
}
