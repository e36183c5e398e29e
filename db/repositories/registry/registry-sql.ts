/**
 * SQL fragments through which other domains' set-based reads reach the registry's tables (`persons`, `households`,
 * `household_memberships`); the dated-membership fragments are in memberships-repo.ts. One owner per table: the
 * text naming these tables stays in this folder.
 */
import { HOUSEHOLD_FLAG_DEFAULTS } from '../../../shared/domain/population/household-flags';
import type { HouseholdFlagName } from '../../../shared/domain/population/types';
import type { JoinKind } from '../sql-join';

/** Joins the person whose id is the SQL expression `id`, as `alias`. */
export function joinPersonSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} persons ${alias} ON ${alias}.id = ${id}`;
}

/**
 * A WHERE clause narrowing to the persons (`alias`) with the ID numbers given as one JSON array, or none (every
 * person) without them: a ledger's reads of only the persons it names.
 */
export function idNumbersWhere(alias: string, idNumbers: readonly string[] | undefined): { where: string; params: string[] } {
  return idNumbers === undefined ? { where: '', params: [] } : { where: `WHERE ${alias}.id_number IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(idNumbers)] };
}

/** Joins the household whose id is the SQL expression `id`, as `alias`. */
export function joinHouseholdSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} households ${alias} ON ${alias}.id = ${id}`;
}

/** Joins membership periods as `alias` on the SQL condition `on`. */
export function joinMembershipSql(alias: string, on: string, join: JoinKind = 'JOIN'): string {
  return `${join} household_memberships ${alias} ON ${on}`;
}

/** The membership periods as a FROM item, as `alias`. */
export function membershipsSql(alias: string): string {
  return `household_memberships ${alias}`;
}

/** SQL condition: the household `household` (an id expression) is in community `$communityId`, or that is null. */
export function householdInCommunitySql(household: string): string {
  return `($communityId IS NULL OR ${household} IN (SELECT id FROM households WHERE community_id = $communityId))`;
}

/** SQL: the number of households of community `community` (an id expression). */
export function householdCountSql(community: string): string {
  return `(SELECT COUNT(*) FROM households h WHERE h.community_id = ${community})`;
}

/** SQL: the number of persons, not archived, whose latest household is in community `community`. */
export function personCountSql(community: string): string {
  return `(SELECT COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id
                WHERE h.community_id = ${community} AND p.archived_on IS NULL)`;
}

/** SQL condition: someone lives in community `community` on `date` (a member of one of its households that day, not archived). */
export function hasResidentOnSql(community: string, date: string): string {
  return `EXISTS (SELECT 1 FROM households h JOIN household_memberships m ON m.household_id = h.id JOIN persons p ON p.id = m.person_id
                       WHERE h.community_id = ${community} AND (m.from_date IS NULL OR m.from_date <= ${date}) AND (m.to_date IS NULL OR m.to_date >= ${date})
                         AND (p.archived_on IS NULL OR p.archived_on > ${date}))`;
}

/** SQL: the name of the household's 户主 on `date`, else of its first member then (by person id); null when nobody. */
export function headOrFirstMemberNameOnSql(household: string, date: string): string {
  return `(SELECT p.name FROM household_memberships m JOIN persons p ON p.id = m.person_id
                WHERE m.household_id = ${household} AND (m.from_date IS NULL OR m.from_date <= ${date}) AND (m.to_date IS NULL OR m.to_date >= ${date})
                ORDER BY m.relation <> 'head', p.id LIMIT 1)`;
}

/**
 * SQL condition: the household `household` (an id expression) has the flag `flag` set to `value` on every day from
 * `from` to `to` (SQL expressions, both inclusive): the entry in force on `from` (the latest dated ≤ it, else the
 * last undated, else the flag's default) has that value, and no entry dated after it up to `to` has the other.
 */
export function flagThroughoutSql(household: string, flag: HouseholdFlagName, value: boolean, from: string, to: string): string {
  const v = value ? 1 : 0;
  return `(COALESCE(
             (SELECT f.value FROM household_flags f WHERE f.household_id = ${household} AND f.flag = '${flag}' AND f.effective_from <= ${from}
               ORDER BY f.effective_from DESC, f.id DESC LIMIT 1),
             (SELECT f.value FROM household_flags f WHERE f.household_id = ${household} AND f.flag = '${flag}' AND f.effective_from IS NULL
               ORDER BY f.id DESC LIMIT 1),
             ${HOUSEHOLD_FLAG_DEFAULTS[flag] ? 1 : 0}) = ${v}
           AND NOT EXISTS (SELECT 1 FROM household_flags f WHERE f.household_id = ${household} AND f.flag = '${flag}'
                              AND f.effective_from > ${from} AND f.effective_from <= ${to} AND f.value <> ${v}))`;
}
