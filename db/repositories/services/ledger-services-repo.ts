/**
 * Service records for the record ledgers (DOMAIN §7: 培训, 就业服务, 政策落实): those of the kinds given dated in the
 * period, one row each, with the vacancy and employer of a referral; and the latest service of a household. Read through the (date, kind) index: first
 * the few columns that place and order each record (a plain array per record), then the whole rows of a screenful.
 */
import type { ServiceKind } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { joinEmployerSql, joinVacancySql } from '../employers/employer-sql';
import { membershipsSql } from '../registry/registry-sql';
import { SERVICE_ROW_COLUMNS } from './service-records-repo';
import type { ServiceRow } from './service-records-repo';

/** A record with the employer of its referral's vacancy. */
export interface LedgerServiceRow extends ServiceRow {
  employerName: string | null;
}

/** [id, personId, householdId, date, hours, amount] of a record. */
export type ServiceEntry = [number, number | null, number | null, string, number | null, number | null];

/** The records of the kinds given dated `from` … `to`, by date then id. */
export function serviceEntriesBetween(db: DeskDatabase, kinds: readonly ServiceKind[], from: string, to: string): ServiceEntry[] {
  return db.sqlite
    .prepare(
      `SELECT s.id, s.person_id, s.household_id, s.date, s.hours, s.amount FROM service_records s
        WHERE s.date BETWEEN $from AND $to AND s.kind IN (SELECT value FROM json_each($kinds))
        ORDER BY s.date, s.id`,
    )
    .raw()
    .all({ from, to, kinds: JSON.stringify(kinds) }) as ServiceEntry[];
}

/** The whole rows of the records given (any order). */
export function serviceRecordsByIds(db: DeskDatabase, ids: readonly number[]): LedgerServiceRow[] {
  return rowsForIds<LedgerServiceRow>(
    db,
    `SELECT ${SERVICE_ROW_COLUMNS}, e.name AS employerName
       FROM (SELECT DISTINCT value AS sid FROM json_each($ids)) j CROSS JOIN service_records s ON s.id = j.sid
       ${joinVacancySql('v', 's.vacancy_id', 'LEFT JOIN')} ${joinEmployerSql('e', 'v.employer_id', 'LEFT JOIN')}`,
    ids,
  );
}

/**
 * The latest service on or before D for each household given: a record for the household, or for a person while a
 * member of it (DOMAIN §2: a household's services are its own and its members' of that time).
 */
export function lastServiceOfHouseholds(db: DeskDatabase, householdIds: readonly number[], asOf: string): Map<number, string> {
  if (householdIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT j.hid AS householdId,
              MAX((SELECT MAX(s.date) FROM service_records s WHERE s.household_id = j.hid AND s.date <= $asOf),
                  (SELECT MAX(s.date) FROM ${membershipsSql('m')} JOIN service_records s ON s.person_id = m.person_id
                    WHERE m.household_id = j.hid AND s.date <= $asOf
                      AND (m.from_date IS NULL OR m.from_date <= s.date) AND (m.to_date IS NULL OR m.to_date >= s.date))) AS lastOn
         FROM (SELECT DISTINCT value AS hid FROM json_each($ids)) j`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as { householdId: number; lastOn: string | null }[];
  const out = new Map<number, string>();
  for (const r of rows) if (r.lastOn !== null) out.set(r.householdId, r.lastOn);
  return out;
}
