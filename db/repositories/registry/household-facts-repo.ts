/** households (registry): the facts completeness checks (flags recorded, a head on D), kept per household (db/read-memo.ts). */
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { keyedRows } from '../../read-memo';

export interface HouseholdFactRow {
  householdId: number;
  /** Distinct flags with a value in force on D. */
  flagsRecorded: number;
  /** 1 when a member on D (not archived) is the 户主 then. */
  hasHead: number;
}

function readHouseholdFactRows(db: DeskDatabase, householdIds: readonly number[], asOf: string): HouseholdFactRow[] {
  return rowsForIds<HouseholdFactRow>(
    db,
    `SELECT j.value AS householdId,
              (SELECT COUNT(DISTINCT f.flag) FROM household_flags f
                WHERE f.household_id = j.value AND (f.effective_from IS NULL OR f.effective_from <= $asOf)) AS flagsRecorded,
              EXISTS (SELECT 1 FROM household_memberships m JOIN persons p ON p.id = m.person_id
                       WHERE m.household_id = j.value AND m.relation = 'head'
                         AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
                         AND (p.archived_on IS NULL OR p.archived_on > $asOf)) AS hasHead
         FROM (SELECT DISTINCT value FROM json_each($ids)) j`,
    householdIds,
    { asOf },
  );
}

/** readHouseholdFactRows kept per household (db/read-memo.ts keyedRows): after a write only the changed ones are read again. */
export function householdFactRows(db: DeskDatabase, householdIds: readonly number[], asOf: string): readonly HouseholdFactRow[] {
  return keyedRows(
    db.sqlite,
    { name: 'householdFactRows', keyed: [['household_flags', 'household_id'], ['household_memberships', 'household_id'], ['persons', 'household_id']], params: asOf },
    householdIds,
    (r) => r.householdId,
    (keys) => readHouseholdFactRows(db, keys, asOf),
  );
}
