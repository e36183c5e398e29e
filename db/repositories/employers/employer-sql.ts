/**
 * SQL fragments through which other domains' set-based reads reach `employers` and `vacancies`. One owner per table:
 * the text naming these tables stays in this folder.
 */
import type { JoinKind } from '../sql-join';

/** Joins the vacancy whose id is the SQL expression `id`, as `alias`. */
export function joinVacancySql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} vacancies ${alias} ON ${alias}.id = ${id}`;
}

/** Joins the employer whose id is the SQL expression `id`, as `alias`. */
export function joinEmployerSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} employers ${alias} ON ${alias}.id = ${id}`;
}

/**
 * SQL: the latest opening date, on or before `date`, of a vacancy of the community `community` (an id expression) or
 * of an employer paired with it (结对); null when none.
 */
export function latestOpeningSql(community: string, date: string): string {
  return `(SELECT MAX(v.opened_on) FROM vacancies v LEFT JOIN employers e ON e.id = v.employer_id
                WHERE v.opened_on <= ${date} AND (v.community_id = ${community} OR (v.community_id IS NULL AND e.paired_community_id = ${community})))`;
}
