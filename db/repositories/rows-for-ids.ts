/** One read over a list of ids (or ID numbers): the fragment the owners' batch reads share. */
import type { DeskDatabase } from '../desk-database';

/**
 * The rows `sql` reads for the ids given, bound as the JSON array `$ids` (read with `json_each($ids)`), with `params`
 * bound by name beside it; none for an empty list, without asking SQLite.
 */
export function rowsForIds<R>(db: DeskDatabase, sql: string, ids: readonly (number | string)[], params: Record<string, unknown> = {}): R[] {
  if (ids.length === 0) return [];
  return db.sqlite.prepare(sql).all({ ...params, ids: JSON.stringify(ids) }) as R[];
}
