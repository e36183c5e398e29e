/** Households as the ledgers print them on a date D: 户编号, 家庭住址, community, members of D (the latest service: services/ledger-services-repo.ts). */
import type { Relation } from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';

export interface LedgerHouseholdRow {
  householdId: number;
  number: string;
  address: string | null;
  communityId: number;
}

export function ledgerHouseholds(db: DeskDatabase, householdIds: readonly number[]): LedgerHouseholdRow[] {
  return rowsForIds<LedgerHouseholdRow>(
    db,
    `SELECT h.id AS householdId, h.number, h.address, h.community_id AS communityId
       FROM (SELECT DISTINCT value AS hid FROM json_each($ids)) j CROSS JOIN households h ON h.id = j.hid`,
    householdIds,
  );
}

export interface MemberOnRow {
  householdId: number;
  personId: number;
  relation: Relation;
}

/** The members on D of the households given, with their relation then. */
export function membersOn(db: DeskDatabase, householdIds: readonly number[], asOf: string): MemberOnRow[] {
  return rowsForIds<MemberOnRow>(
    db,
    `SELECT m.household_id AS householdId, m.person_id AS personId, m.relation
       FROM (SELECT DISTINCT value AS hid FROM json_each($ids)) j CROSS JOIN household_memberships m ON m.household_id = j.hid
      WHERE (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
      ORDER BY m.household_id, CASE m.relation WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 WHEN 'parent' THEN 2 WHEN 'child' THEN 3 ELSE 4 END, m.person_id`,
    householdIds,
    { asOf },
  );
}
