/**
 * SQL fragments through which other domains' set-based reads reach `communities` (one owner per table: the text
 * naming the table stays here).
 */
import type { JoinKind } from '../sql-join';

/** Joins the community whose id is the SQL expression `id`, as `alias`. */
export function joinCommunitySql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} communities ${alias} ON ${alias}.id = ${id}`;
}
