/**
 * SQL fragments through which other domains' set-based reads reach `service_records`. One owner per table: the text
 * naming the table stays in this folder.
 */
import { datedRecordsSql } from '../dated-records-sql';
import type { JoinKind } from '../sql-join';

/**
 * SQL: the date of the first record of `kind` for the person `person` dated from `from` up to `to` (SQL
 * expressions; without `to`, at any date from `from` on), null when none.
 */
export function firstServiceSql(kind: 'guidance' | 'commitment', person: string, from: string, to?: string): string {
  return `(SELECT s.date FROM service_records s WHERE s.person_id = ${person} AND s.date >= ${from}${to === undefined ? '' : ` AND s.date <= ${to}`}
                  AND s.kind = '${kind}' ORDER BY s.date LIMIT 1)`;
}

/**
 * SQL: the number of referrals into the vacancy `vacancy` (an id expression) whose result 录用 (hired) was known by
 * `date` (the result's date, else the referral's).
 */
export function hiredIntoSql(vacancy: string, date: string): string {
  return `(SELECT COUNT(*) FROM service_records s WHERE s.vacancy_id = ${vacancy} AND s.kind = 'referral' AND s.referral_result = 'hired'
                  AND COALESCE(s.referral_result_on, s.date) <= ${date})`;
}

/** Joins service records as `alias` on the SQL condition `on`. */
export function joinServiceSql(alias: string, on: string, join: JoinKind = 'JOIN'): string {
  return `${join} service_records ${alias} ON ${on}`;
}

export const serviceDatesSql = datedRecordsSql('service_records', 'date');
