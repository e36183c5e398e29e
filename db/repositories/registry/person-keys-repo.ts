/** persons (registry): the keys lists show (ID number, name, household), kept between requests (db/read-memo.ts). */
import type { DeskDatabase } from '../../desk-database';
import { keyedRead } from '../../read-memo';

export interface PersonKey {
  id: number;
  idNumber: string;
  name: string;
  householdId: number;
}

function readPersonKeys(db: DeskDatabase, personIds: readonly number[]): Map<number, PersonKey> {
  if (personIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare('SELECT id, id_number AS idNumber, name, household_id AS householdId FROM persons WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(personIds)) as PersonKey[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** readPersonKeys kept per person (db/read-memo.ts keyedRead): after a write only the changed persons are read again. */
export function personKeys(db: DeskDatabase, personIds: readonly number[]): ReadonlyMap<number, PersonKey> {
  return keyedRead(db.sqlite, { name: 'personKeys', keyed: [['persons', 'id']], params: '' }, personIds, (ids) => readPersonKeys(db, ids));
}
