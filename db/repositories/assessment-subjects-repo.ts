/** Names and keys of the persons and households an assessment lists (身份证号码, 户编号, the head's name). */
import type { DeskDatabase } from '../desk-database';
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
  /** The head's name on D (else the latest head's), null when the household never had one. */
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

function readHouseholdKeys(db: DeskDatabase, householdIds: readonly number[], asOf: string): Map<number, HouseholdKey> {
  if (householdIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT h.id, h.number,
              (SELECT p.name FROM household_memberships m JOIN persons p ON p.id = m.person_id
                WHERE m.household_id = h.id AND m.relation = 'head'
                ORDER BY (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf) DESC,
                         m.from_date IS NULL, m.from_date DESC, m.id DESC LIMIT 1) AS headName
         FROM households h WHERE h.id IN (SELECT value FROM json_each($ids))`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as HouseholdKey[];
  return new Map(rows.map((r) => [r.id, r]));
}
export const householdKeys = memoisedMap('householdKeys', ['households', 'persons', 'household_memberships'], readHouseholdKeys);
