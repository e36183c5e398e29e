/** persons (registry): a person's row, facts and owner by ID number. */
import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { persons } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import type { PersonRecord } from '../../../shared/domain/workbook/records';
import { updateAtVersion } from '../versioned-update';
import { insertStamped } from '../insert-stamped';

/** The columns a clerk edits: the workbook's fields of a person but its keys (ID number, household) and wish, with the name's initials (they follow the name). */
export type PersonEditable = Pick<
  PersonRecord,
  'name' | 'relation' | 'phone' | 'education' | 'workAbility' | 'isStudent' | 'isRetired' | 'retirementBase' | 'migrantWorker' | 'veteran' | 'graduationYear' | 'skills' | 'skillLevel' | 'socialInsurance' | 'policiesEnjoyed'
> & { nameInitials: string };

export interface PersonValues extends PersonEditable {
  idNumber: string;
  gender: 'M' | 'F';
  birthDate: string;
  householdId: number;
}

export interface PersonRow extends PersonValues {
  id: number;
  archivedOn: string | null;
  archiveReason: string | null;
  version: number;
}

export interface PersonWithPlace extends PersonRow {
  householdNumber: string;
  communityId: number;
  communityName: string;
}

const columns = {
  id: persons.id,
  idNumber: persons.idNumber,
  name: persons.name,
  nameInitials: persons.nameInitials,
  gender: persons.gender,
  birthDate: persons.birthDate,
  householdId: persons.householdId,
  relation: persons.relation,
  phone: persons.phone,
  education: persons.education,
  workAbility: persons.workAbility,
  isStudent: persons.isStudent,
  isRetired: persons.isRetired,
  retirementBase: persons.retirementBase,
  migrantWorker: persons.migrantWorker,
  veteran: persons.veteran,
  graduationYear: persons.graduationYear,
  skills: persons.skills,
  skillLevel: persons.skillLevel,
  socialInsurance: persons.socialInsurance,
  policiesEnjoyed: persons.policiesEnjoyed,
  archivedOn: persons.archivedOn,
  archiveReason: persons.archiveReason,
  version: persons.version,
};

export function findPerson(db: DeskDatabase, id: number): PersonRow | null {
  const row = db.orm.select(columns).from(persons).where(eq(persons.id, id)).get();
  // education and retirement_base are plain columns to drizzle; only the narrow values are ever written.
  return row ? (row as PersonRow) : null;
}

export function findPersonWithPlace(db: DeskDatabase, id: number): PersonWithPlace | null {
  const person = findPerson(db, id);
  if (!person) return null;
  const place = db.sqlite
    .prepare(
      `SELECT h.number AS householdNumber, h.community_id AS communityId, c.name AS communityName
         FROM households h ${joinCommunitySql('c', 'h.community_id')} WHERE h.id = ?`,
    )
    .get(person.householdId) as Pick<PersonWithPlace, 'householdNumber' | 'communityId' | 'communityName'>;
  return { ...person, ...place };
}

export interface PersonOwner {
  id: number;
  name: string;
  communityName: string;
  archivedOn: string | null;
}

export function findPersonByIdNumber(db: DeskDatabase, idNumber: string): PersonOwner | null {
  const row = db.sqlite
    .prepare(
      `SELECT p.id, p.name, c.name AS communityName, p.archived_on AS archivedOn
         FROM persons p JOIN households h ON h.id = p.household_id ${joinCommunitySql('c', 'h.community_id')}
        WHERE p.id_number = ?`,
    )
    .get(idNumber) as PersonOwner | undefined;
  return row ?? null;
}

export function insertPerson(db: DeskDatabase, values: PersonValues): number {
  return insertStamped(db, persons, { ...values, version: 0 }).returning({ id: persons.id }).get().id;
}

export type PersonChange = Partial<PersonEditable> & {
  householdId?: number;
  archivedOn?: string;
  archiveReason?: string;
};

/** Writes the change and bumps the version; false when `expectedVersion` is stale (someone else saved first). */
export function updatePerson(db: DeskDatabase, id: number, expectedVersion: number, change: PersonChange): boolean {
  return updateAtVersion(db, persons, id, expectedVersion, change).returning({ id: persons.id }).get() !== undefined;
}

export interface PersonFacts {
  id: number;
  name: string;
  idNumber: string;
  birthDate: string;
  archivedOn: string | null;
  householdId: number;
}

const factColumns = {
  id: persons.id,
  name: persons.name,
  idNumber: persons.idNumber,
  birthDate: persons.birthDate,
  archivedOn: persons.archivedOn,
  householdId: persons.householdId,
};

export function findPersonFacts(db: DeskDatabase, id: number): PersonFacts | null {
  return db.orm.select(factColumns).from(persons).where(eq(persons.id, id)).get() ?? null;
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

export interface PersonByIdNumber {
  id: number;
  idNumber: string;
  name: string;
  archivedOn: string | null;
  archiveReason: string | null;
  communityName: string;
}

export function findPersonsByIdNumbers(db: DeskDatabase, idNumbers: readonly string[]): PersonByIdNumber[] {
  return rowsForIds<PersonByIdNumber>(
    db,
    `SELECT p.id, p.id_number AS idNumber, p.name, p.archived_on AS archivedOn, p.archive_reason AS archiveReason,
            c.name AS communityName
       FROM persons p JOIN households h ON h.id = p.household_id ${joinCommunitySql('c', 'h.community_id')}
      WHERE p.id_number IN (SELECT value FROM json_each($ids))`,
    idNumbers,
  );
}

/** Whether any person is recorded. */
export function hasPersons(db: DeskDatabase): boolean {
  return db.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM persons)').pluck().get() === 1;
}
