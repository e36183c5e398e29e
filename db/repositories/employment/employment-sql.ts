/**
 * SQL fragments through which other domains' set-based reads reach employment's tables (`employment_spells`,
 * `employment_wishes`, `unemployment_registrations`): employed on a date, the wish in force, the dated records.
 * One owner per table: the text naming these tables stays in this folder.
 */
import { datedRecordsSql } from '../dated-records-sql';
import type { JoinKind } from '../sql-join';

/**
 * SQL condition: the person whose id is the SQL expression `person` has an employment spell open on `date` (start ≤
 * date, no end or end ≥ date); `alias` names the spell inside.
 */
export function employedOnSql(person: string, date: string, alias = 's'): string {
  return `EXISTS (SELECT 1 FROM employment_spells ${alias} WHERE ${alias}.person_id = ${person} AND ${alias}.start_date <= ${date}
                         AND (${alias}.end_date IS NULL OR ${alias}.end_date >= ${date}))`;
}

/**
 * SQL condition: one employment spell of the person `person` covers every day from `from` to `to` (SQL expressions,
 * both inclusive).
 */
export function employedThroughoutSql(person: string, from: string, to: string): string {
  return `EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = ${person} AND s.start_date <= ${from}
                         AND (s.end_date IS NULL OR s.end_date >= ${to}))`;
}

/**
 * SQL condition: the person `person` has a wish (有) in force on every day from `from` to `to` (SQL expressions, both
 * inclusive): the wish in force on `from` is 有, and no wish recorded after it up to `to` is 无.
 */
export function wishedThroughoutSql(person: string, from: string, to: string): string {
  return `(COALESCE(${wishInForceSql(person, 'has_wish', from)}, 0) = 1
           AND NOT EXISTS (SELECT 1 FROM employment_wishes x WHERE x.person_id = ${person} AND x.recorded_on > ${from}
                              AND x.recorded_on <= ${to} AND x.has_wish = 0))`;
}

/** SQL condition: the person `person` has a wish recorded as 有 at some date (or undated). */
export function everWishedSql(person: string): string {
  return `EXISTS (SELECT 1 FROM employment_wishes w WHERE w.person_id = ${person} AND w.has_wish = 1)`;
}

/** SQL query: the ids of the persons with a spell open on `date` (a person may appear twice). */
export function employedPersonIdsOnSql(date: string): string {
  return `SELECT s.person_id FROM employment_spells s
                       WHERE s.start_date <= ${date} AND (s.end_date IS NULL OR s.end_date >= ${date})`;
}

/**
 * SQL for the wish in force on D (`$asOf`, or the SQL expression `asOf`) of the person whose id is the SQL expression
 * `person`: the latest dated ≤ D, else the last undated — its `column` (the id by default), null when none. Every
 * as-of read of a wish uses it.
 */
export function wishInForceSql(person: string, column = 'id', asOf = '$asOf'): string {
  return `COALESCE(
           (SELECT w.${column} FROM employment_wishes w WHERE w.person_id = ${person} AND w.recorded_on <= ${asOf}
             ORDER BY w.recorded_on DESC, w.id DESC LIMIT 1),
           (SELECT w.${column} FROM employment_wishes w WHERE w.person_id = ${person} AND w.recorded_on IS NULL
             ORDER BY w.id DESC LIMIT 1))`;
}

/** Joins the wish whose id is the SQL expression `id`, as `alias`. */
export function joinWishSql(alias: string, id: string, join: JoinKind = 'JOIN'): string {
  return `${join} employment_wishes ${alias} ON ${alias}.id = ${id}`;
}

/**
 * SQL: the ids of the persons with an unemployment registration open on some day of `from` … `to` (SQL expressions;
 * registered by `to`, not cancelled by `from`: shared/domain/population/reemployed.ts) — of the persons in the JSON
 * list `ids` when given (on the (person, date) index), else of the whole street (a scan).
 */
export function registeredDuringSql(from: string, to: string, ids?: string): string {
  return ids === undefined
    ? `SELECT person_id FROM unemployment_registrations NOT INDEXED
        WHERE registered_on <= ${to} AND (cancelled_on IS NULL OR cancelled_on > ${from})`
    : `SELECT r.person_id FROM (SELECT DISTINCT value FROM json_each(${ids})) j CROSS JOIN unemployment_registrations r ON r.person_id = j.value
        WHERE r.registered_on <= ${to} AND (r.cancelled_on IS NULL OR r.cancelled_on > ${from})`;
}

export const spellDatesSql = datedRecordsSql('employment_spells', 'start_date');
export const registrationDatesSql = datedRecordsSql('unemployment_registrations', 'registered_on');
export const wishDatesSql = datedRecordsSql('employment_wishes', 'recorded_on');
