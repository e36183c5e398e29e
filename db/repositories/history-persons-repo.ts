/** The few facts about persons and households that the history services check (db/schema.ts persons). */
import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { households, persons } from '../schema';

export interface PersonFacts {
  id: number;
  name: string;
  idNumber: string;
  birthDate: string;
  archivedOn: string | null;
  householdId: number;
}

const columns = {
  id: persons.id,
  name: persons.name,
  idNumber: persons.idNumber,
  birthDate: persons.birthDate,
  archivedOn: persons.archivedOn,
  householdId: persons.householdId,
};

export function findPersonFacts(db: DeskDatabase, id: number): PersonFacts | null {
  return db.orm.select(columns).from(persons).where(eq(persons.id, id)).get() ?? null;
}

/** The persons among `ids` that exist (any order). */
export function findPersonsFacts(db: DeskDatabase, ids: readonly number[]): PersonFacts[] {
  return db.sqlite
    .prepare(
      `SELECT id, name, id_number AS idNumber, birth_date AS birthDate, archived_on AS archivedOn,
              household_id AS householdId
         FROM persons WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as PersonFacts[];
}

export function householdExists(db: DeskDatabase, id: number): boolean {
  return db.orm.select({ id: households.id }).from(households).where(eq(households.id, id)).get() !== undefined;
}
