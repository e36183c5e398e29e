/** Membership periods for a community transfer package (packages): who belongs to the communities handed over. */
import type { DeskDatabase } from '../../desk-database';

export interface TransferPeriodRow {
  idNumber: string;
  householdNumber: string;
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other';
  from: string | null;
  to: string | null;
}

/**
 * The membership periods, in the communities' households, of the persons whose current household is in them
 * (periods in other households are not theirs to hand over), by person and date.
 */
export function transferPeriods(db: DeskDatabase, communityIds: readonly number[]): TransferPeriodRow[] {
  return db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, h.number AS householdNumber, m.relation, m.from_date AS "from", m.to_date AS "to"
         FROM household_memberships m
         JOIN persons p ON p.id = m.person_id
         JOIN households h ON h.id = m.household_id
         JOIN households cur ON cur.id = p.household_id
        WHERE h.community_id IN (SELECT value FROM json_each(?)) AND cur.community_id IN (SELECT value FROM json_each(?))
        ORDER BY p.id_number, m.from_date IS NOT NULL, m.from_date`,
    )
    .all(JSON.stringify(communityIds), JSON.stringify(communityIds)) as TransferPeriodRow[];
}

/** The membership periods of persons already here (by ID number), for comparing with a transfer's. */
export function periodsByIdNumber(db: DeskDatabase, idNumbers: readonly string[]): Map<string, TransferPeriodRow[]> {
  const out = new Map<string, TransferPeriodRow[]>();
  if (idNumbers.length === 0) return out;
  const rows = db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, h.number AS householdNumber, m.relation, m.from_date AS "from", m.to_date AS "to"
         FROM household_memberships m JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
        WHERE p.id_number IN (SELECT value FROM json_each(?))
        ORDER BY p.id_number, m.from_date IS NOT NULL, m.from_date`,
    )
    .all(JSON.stringify(idNumbers)) as TransferPeriodRow[];
  for (const row of rows) {
    const list = out.get(row.idNumber) ?? [];
    list.push(row);
    out.set(row.idNumber, list);
  }
  return out;
}

/** Persons and households already here with these ID numbers and household numbers (after a transfer's write). */
export function idsByKeys(db: DeskDatabase, idNumbers: readonly string[], householdNumbers: readonly string[]): { personIds: number[]; householdIds: number[] } {
  const personIds = db.sqlite.prepare('SELECT id FROM persons WHERE id_number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(idNumbers)) as number[];
  const householdIds = db.sqlite.prepare('SELECT id FROM households WHERE number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(householdNumbers)) as number[];
  return { personIds, householdIds };
}
