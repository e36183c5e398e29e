/**
 * SQL fragments through which other domains' set-based reads reach the registry's tables (`persons`, `households`).
 * One owner per table: the text naming these tables stays in this folder.
 */
import type { JoinKind } from '../sql-join';

/** Joins the person whose id is the SQL expression `id`, as `alias`. */
export function joinPersonSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} persons ${alias} ON ${alias}.id = ${id}`;
}

/** Joins the household whose id is the SQL expression `id`, as `alias`. */
export function joinHouseholdSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} households ${alias} ON ${alias}.id = ${id}`;
}
