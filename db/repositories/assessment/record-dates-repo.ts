/**
 * The dated records of the street (registrations, services, complaints, spells, dated wishes), asked about through
 * their owners' fragments: whether an assessment as of D has anything to judge, and the earliest date recorded.
 */
import type { DeskDatabase } from '../../desk-database';
import { complaintDatesSql } from '../complaints/complaint-sql';
import type { DatedRecordsSql } from '../dated-records-sql';
import { registrationDatesSql, spellDatesSql, wishDatesSql } from '../employment/employment-sql';
import { serviceDatesSql } from '../services/service-sql';

const DATED: readonly DatedRecordsSql[] = [registrationDatesSql, serviceDatesSql, complaintDatesSql, spellDatesSql, wishDatesSql];

/**
 * Whether any dated record is dated on or before D: false means an assessment as of D has nothing to judge. Answered
 * by the first record found (the registrations' and services' date indexes answer at once).
 */
export function anyRecordOnOrBefore(db: DeskDatabase, asOf: string): boolean {
  const sql = `SELECT ${DATED.map((dated) => dated.anyOnOrBeforeSql).join(' OR ')}`;
  return db.sqlite.prepare(sql).pluck().get({ asOf }) === 1;
}

/** The earliest date any dated record carries, or null when there is none (for the message when D is before it). */
export function earliestRecordDate(db: DeskDatabase): string | null {
  const sql = `SELECT MIN(d) FROM (${DATED.map((dated) => dated.earliestSql).join(' UNION ALL ')})`;
  return (db.sqlite.prepare(sql).pluck().get() as string | null) ?? null;
}
