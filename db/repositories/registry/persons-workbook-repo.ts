/**
 * persons (registry) as the standard workbook keys them: the export's rows, the import's snapshot and writes. The
 * wish columns of a 人员 row are employment's (employment/wishes-workbook-repo.ts).
 */
import type { PersonRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';

type Bool = 0 | 1;

const b = (v: boolean): Bool => (v ? 1 : 0);

export interface WorkbookPersonRow {
  id: number;
  idNumber: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  householdNumber: string;
  relation: PersonRecord['relation'];
  phone: string | null;
  education: PersonRecord['education'];
  workAbility: PersonRecord['workAbility'];
  isStudent: Bool;
  isRetired: Bool;
  retirementBase: 50 | 55 | null;
  migrantWorker: Bool;
  veteran: Bool;
  graduationYear: number | null;
  skills: string | null;
  skillLevel: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  archivedOn: string | null;
}

const WORKBOOK_PERSON_SELECT = `SELECT p.id, p.id_number AS idNumber, p.name, p.gender, p.birth_date AS birthDate, h.number AS householdNumber,
  p.relation, p.phone, p.education, p.work_ability AS workAbility, p.is_student AS isStudent, p.is_retired AS isRetired,
  p.retirement_base AS retirementBase, p.migrant_worker AS migrantWorker, p.veteran, p.graduation_year AS graduationYear,
  p.skills, p.skill_level AS skillLevel, p.social_insurance AS socialInsurance, p.policies_enjoyed AS policiesEnjoyed,
  p.archived_on AS archivedOn
  FROM persons p JOIN households h ON h.id = p.household_id`;

/** Every person's row with the number of their (latest) household: by ID number for the export, else in no particular order. */
export function workbookPersonRows(db: DeskDatabase, byIdNumber: boolean): IterableIterator<WorkbookPersonRow> {
  const sql = byIdNumber ? `${WORKBOOK_PERSON_SELECT} ORDER BY p.id_number` : WORKBOOK_PERSON_SELECT;
  return db.sqlite.prepare(sql).iterate() as IterableIterator<WorkbookPersonRow>;
}

/** Row ids by ID number. */
export function personIdsByIdNumber(db: DeskDatabase): Map<string, number> {
  return new Map<string, number>(db.sqlite.prepare('SELECT id_number, id FROM persons').raw().all() as [string, number][]);
}

/** Row ids of the persons with these ID numbers (unknown ones are skipped). */
export function personIdsByIdNumbers(db: DeskDatabase, idNumbers: readonly string[]): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE id_number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(idNumbers)) as number[];
}

/** Prepared writes of imported persons (inside the caller's transaction); `initials` are those of the name. */
export function personRecordWriter(db: DeskDatabase, now: string): {
  insert(record: PersonRecord, householdId: number, initials: string): number;
  update(record: PersonRecord, id: number, householdId: number, initials: string): void;
} {
  const s = db.sqlite;
  const personCols = `id_number, name, name_initials, gender, birth_date, household_id, relation, phone, education, work_ability,
    is_student, is_retired, retirement_base, migrant_worker, veteran, graduation_year, skills, skill_level, social_insurance,
    policies_enjoyed, archived_on`;
  const ins = s.prepare(`INSERT INTO persons (${personCols}, version, created_at, updated_at) VALUES (${'?, '.repeat(21)}0, ?, ?)`);
  const upd = s.prepare(
    `UPDATE persons SET name = ?, name_initials = ?, gender = ?, birth_date = ?, household_id = ?, relation = ?, phone = ?, education = ?,
       work_ability = ?, is_student = ?, is_retired = ?, retirement_base = ?, migrant_worker = ?, veteran = ?, graduation_year = ?,
       skills = ?, skill_level = ?, social_insurance = ?, policies_enjoyed = ?, archived_on = ?, version = version + 1, updated_at = ?
     WHERE id = ?`,
  );
  const values = (p: PersonRecord, householdId: number, initials: string) =>
    [
      p.name,
      initials,
      p.gender,
      p.birthDate,
      householdId,
      p.relation,
      p.phone,
      p.education,
      p.workAbility,
      b(p.isStudent),
      b(p.isRetired),
      p.retirementBase,
      b(p.migrantWorker),
      b(p.veteran),
      p.graduationYear,
      p.skills,
      p.skillLevel,
      p.socialInsurance,
      p.policiesEnjoyed,
      p.archivedOn,
    ] as const;
  return {
    insert(p, householdId, initials) {
      return Number(ins.run(p.idNumber, ...values(p, householdId, initials), now, now).lastInsertRowid);
    },
    update(p, id, householdId, initials) {
      upd.run(...values(p, householdId, initials), now, id);
    },
  };
}
