/** Households as the ledgers print them on a date D: 户编号, 家庭住址, community, members of D, the latest service. */
import type { Relation } from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../open-database';

export interface LedgerHouseholdRow {
  householdId: number;
  number: string;
  address: string | null;
  communityId: number;
}

export function ledgerHouseholds(db: DeskDatabase, householdIds: readonly number[]): LedgerHouseholdRow[] {
  if (householdIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT h.id AS householdId, h.number, h.address, h.community_id AS communityId
         FROM (SELECT DISTINCT value AS hid FROM json_each(?)) j CROSS JOIN households h ON h.id = j.hid`,
    )
    .all(JSON.stringify(householdIds)) as LedgerHouseholdRow[];
}

export interface MemberOnRow {
  householdId: number;
  personId: number;
  relation: Relation;
}

/** The members on D of the households given, with their relation then. */
export function membersOn(db: DeskDatabase, householdIds: readonly number[], asOf: string): MemberOnRow[] {
  if (householdIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT m.household_id AS householdId, m.person_id AS personId, m.relation
         FROM (SELECT DISTINCT value AS hid FROM json_each($ids)) j CROSS JOIN household_memberships m ON m.household_id = j.hid
        WHERE (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
        ORDER BY m.household_id, CASE m.relation WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 WHEN 'parent' THEN 2 WHEN 'child' THEN 3 ELSE 4 END, m.person_id`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as MemberOnRow[];
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
                  (SELECT MAX(s.date) FROM household_memberships m JOIN service_records s ON s.person_id = m.person_id
                    WHERE m.household_id = j.hid AND s.date <= $asOf
                      AND (m.from_date IS NULL OR m.from_date <= s.date) AND (m.to_date IS NULL OR m.to_date >= s.date))) AS lastOn
         FROM (SELECT DISTINCT value AS hid FROM json_each($ids)) j`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as { householdId: number; lastOn: string | null }[];
  const out = new Map<number, string>();
  for (const r of rows) if (r.lastOn !== null) out.set(r.householdId, r.lastOn);
  return out;
}
