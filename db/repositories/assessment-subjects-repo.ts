/** Names and keys of the persons and households an assessment lists (身份证号码, 户编号, the head's name). */
import type { DeskDatabase } from '../open-database';
import { memoisedMap } from '../read-memo';

export interface PersonKey {
  id: number;
  idNumber: string;
  name: string;
  householdId: number;
}

export interface HouseholdKey {
  id: number;
  number: string;
  /** The head's name (not archived first), null when the household has no head. */
  headName: string | null;
}

function readPersonKeys(db: DeskDatabase, personIds: readonly number[]): Map<number, PersonKey> {
  if (personIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare('SELECT id, id_number AS idNumber, name, household_id AS householdId FROM persons WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(personIds)) as PersonKey[];
  return new Map(rows.map((r) => [r.id, r]));
}
export const personKeys = memoisedMap('personKeys', ['persons'], readPersonKeys);

function readHouseholdKeys(db: DeskDatabase, householdIds: readonly number[]): Map<number, HouseholdKey> {
  if (householdIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT h.id, h.number,
              (SELECT p.name FROM persons p WHERE p.household_id = h.id AND p.relation = 'head'
                ORDER BY p.archived_on IS NOT NULL, p.id LIMIT 1) AS headName
         FROM households h WHERE h.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(householdIds)) as HouseholdKey[];
  return new Map(rows.map((r) => [r.id, r]));
}
export const householdKeys = memoisedMap('householdKeys', ['households', 'persons'], readHouseholdKeys);
