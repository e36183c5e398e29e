/**
 * persons and their dated household membership as the standard workbook reads and writes them (docs/workbook-v2.md
 * 人员, 移户记录): the person's row with their latest household, the moves between periods, the arrival day (the first
 * period's first day). The wishes are employment's (employment/employment-workbook-repo.ts).
 */
import type { DeskDatabase } from '../../desk-database';
import { batchedInsert } from '../batched-insert';
import type { MembershipPeriod } from '../../../shared/domain/population/membership';
import type { MoveRecord, PersonRecord } from '../../../shared/domain/workbook/records';
import { lookedUpIds } from '../keyed-ids';
import type { KeyedIds } from '../keyed-ids';
import { idNumbersWhere } from './registry-sql';

type Bool = 0 | 1;
const b = (v: boolean): Bool => (v ? 1 : 0);

/** A person's derived dates (person-dates-repo.ts). */
export interface DerivedDates {
  workingAgeFrom: string;
  retirementOn: string;
}

/** A membership period in the workbook's terms: the household by its 户编号. */
export type PeriodRecord = MembershipPeriod<string>;

interface PersonRow {
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
  archiveReason: string | null;
  arrivedOn: string | null;
}

/** The first day of the person's first period, when it has one (a later arrival). */
const ARRIVED_ON = `(SELECT m.from_date FROM household_memberships m WHERE m.person_id = p.id
                      ORDER BY m.from_date IS NOT NULL, m.from_date LIMIT 1)`;

const PERSON_SELECT = `SELECT p.id, p.id_number AS idNumber, p.name, p.gender, p.birth_date AS birthDate, h.number AS householdNumber,
  p.relation, p.phone, p.education, p.work_ability AS workAbility, p.is_student AS isStudent, p.is_retired AS isRetired,
  p.retirement_base AS retirementBase, p.migrant_worker AS migrantWorker, p.veteran, p.graduation_year AS graduationYear,
  p.skills, p.skill_level AS skillLevel, p.social_insurance AS socialInsurance, p.policies_enjoyed AS policiesEnjoyed,
  p.archived_on AS archivedOn, p.archive_reason AS archiveReason, ${ARRIVED_ON} AS arrivedOn
  FROM persons p JOIN households h ON h.id = p.household_id`;

function personRecord(row: PersonRow): PersonRecord {
  return {
    idNumber: row.idNumber,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    householdNumber: row.householdNumber,
    relation: row.relation,
    phone: row.phone,
    education: row.education,
    workAbility: row.workAbility,
    isStudent: row.isStudent === 1,
    isRetired: row.isRetired === 1,
    retirementBase: row.retirementBase,
    migrantWorker: row.migrantWorker === 1,
    veteran: row.veteran === 1,
    graduationYear: row.graduationYear,
    hasWish: null,
    noWishReason: null,
    skills: row.skills,
    skillLevel: row.skillLevel,
    trainingWanted: null,
    socialInsurance: row.socialInsurance,
    policiesEnjoyed: row.policiesEnjoyed,
    archivedOn: row.archivedOn,
    archiveReason: row.archiveReason,
    arrivedOn: row.arrivedOn,
  };
}

/** Every person (or, with `idNumbers`, only those) in the workbook's terms. */
export function* personSheetRows(db: DeskDatabase, idNumbers?: readonly string[]): Generator<{ id: number; record: PersonRecord }> {
  const only = idNumbersWhere('p', idNumbers);
  for (const row of db.sqlite.prepare(`${PERSON_SELECT} ${only.where} ORDER BY p.id_number`).iterate(...only.params) as IterableIterator<PersonRow>) {
    yield { id: row.id, record: personRecord(row) };
  }
}

/** Those of `idNumbers` that are persons of the database (a ledger names many that are not, yet). */
export function knownIdNumbers(db: DeskDatabase, idNumbers: readonly string[]): string[] {
  return db.sqlite.prepare('SELECT id_number FROM persons WHERE id_number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(idNumbers)) as string[];
}

/** Row ids by ID number: every person's read at once, or (`lookUp`) each one's when first asked for (keyed-ids.ts). */
export function personIdsByIdNumber(db: DeskDatabase, lookUp = false): KeyedIds {
  if (lookUp) {
    const select = db.sqlite.prepare('SELECT id FROM persons WHERE id_number = ?').pluck();
    return lookedUpIds((idNumber) => select.get(idNumber) as number | undefined);
  }
  return new Map(db.sqlite.prepare('SELECT id_number, id FROM persons').raw().all() as [string, number][]);
}

/** Every person's ID number by row id. */
export function idNumbersById(db: DeskDatabase): Map<number, string> {
  return new Map(db.sqlite.prepare('SELECT id, id_number FROM persons').raw().all() as [number, string][]);
}

/**
 * 移户记录: one row per move, i.e. per membership period that follows another one of the same person (the period
 * before it ends the day before).
 */
export function* moveSheetRows(db: DeskDatabase): Generator<MoveRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, m.from_date AS movedOn, ph.number AS fromHouseholdNumber, prev.relation AS fromRelation,
              h.number AS toHouseholdNumber, m.relation AS toRelation
         FROM household_memberships m
         JOIN household_memberships prev ON prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day')
         JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id JOIN households ph ON ph.id = prev.household_id
        WHERE m.from_date IS NOT NULL
        ORDER BY p.id_number, m.from_date`,
    )
    .iterate() as IterableIterator<MoveRecord>;
}

export function countMoves(db: DeskDatabase): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT COUNT(*) FROM household_memberships m
          WHERE m.from_date IS NOT NULL
            AND EXISTS (SELECT 1 FROM household_memberships prev WHERE prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day'))`,
      )
      .pluck()
      .get(),
  );
}

/** Each person's (or, with `idNumbers`, those persons') membership periods by ID number, in date order. */
export function membershipPeriodsByIdNumber(db: DeskDatabase, idNumbers?: readonly string[]): Map<string, PeriodRecord[]> {
  const out = new Map<string, PeriodRecord[]>();
  const only = idNumbersWhere('p', idNumbers);
  const periods = db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, h.number AS householdId, m.relation, m.from_date AS "from", m.to_date AS "to"
         FROM household_memberships m JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
        ${only.where}
        ORDER BY m.person_id, m.from_date IS NOT NULL, m.from_date, m.id`,
    )
    .iterate(...only.params) as IterableIterator<PeriodRecord & { idNumber: string }>;
  for (const { idNumber, ...period } of periods) {
    const list = out.get(idNumber);
    if (list) list.push(period);
    else out.set(idNumber, [period]);
  }
  return out;
}

/** Prepared writes of imported persons and their membership periods (inside the caller's transaction). */
export function personSheetWriter(db: DeskDatabase, now: string): {
  /** With `dates`, the derived dates (working_age_from, retirement_on) are written with the row. */
  insert(p: PersonRecord, householdId: number, initials: string, dates?: DerivedDates | null): number;
  update(p: PersonRecord, id: number, householdId: number, initials: string): void;
  replacePeriods(personId: number, periods: readonly { householdId: number; relation: PersonRecord['relation']; from: string | null; to: string | null }[], replace: boolean): void;
  /** Inserts the persons and periods still waiting in their batches: before a row that refers to a person is written, and at the end. */
  flush(): void;
} {
  const s = db.sqlite;
  const ins = batchedInsert(db, 'persons', [
    'id_number', 'name', 'name_initials', 'gender', 'birth_date', 'household_id', 'relation', 'phone', 'education', 'work_ability', 'is_student', 'is_retired',
    'retirement_base', 'migrant_worker', 'veteran', 'graduation_year', 'skills', 'skill_level', 'social_insurance', 'policies_enjoyed', 'archived_on',
    'archive_reason', 'working_age_from', 'retirement_on', 'version', 'created_at', 'updated_at',
  ]);
  const upd = s.prepare(
    `UPDATE persons SET name = ?, name_initials = ?, gender = ?, birth_date = ?, household_id = ?, relation = ?, phone = ?, education = ?,
       work_ability = ?, is_student = ?, is_retired = ?, retirement_base = ?, migrant_worker = ?, veteran = ?, graduation_year = ?,
       skills = ?, skill_level = ?, social_insurance = ?, policies_enjoyed = ?, archived_on = ?, archive_reason = ?, version = version + 1, updated_at = ?
     WHERE id = ?`,
  );
  const delPeriods = s.prepare('DELETE FROM household_memberships WHERE person_id = ?');
  const insPeriod = batchedInsert(db, 'household_memberships', ['person_id', 'household_id', 'relation', 'from_date', 'to_date']);
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
      p.archiveReason,
    ] as const;
  return {
    insert: (p, householdId, initials, dates = null) =>
      ins.add([p.idNumber, ...values(p, householdId, initials), dates?.workingAgeFrom ?? null, dates?.retirementOn ?? null, 0, now, now]),
    update: (p, id, householdId, initials) => {
      upd.run(...values(p, householdId, initials), now, id);
    },
    replacePeriods: (personId, periods, replace) => {
      if (replace) {
        insPeriod.flush();
        delPeriods.run(personId);
      }
      for (const period of periods) insPeriod.add([personId, period.householdId, period.relation, period.from, period.to]);
    },
    flush: () => {
      ins.flush();
      insPeriod.flush();
    },
  };
}

/** Row ids of the persons with these ID numbers and of the households with these numbers (unknown ones are skipped). */
export function idsByKeys(db: DeskDatabase, idNumbers: readonly string[], householdNumbers: readonly string[]): { personIds: number[]; householdIds: number[] } {
  const personIds = db.sqlite.prepare('SELECT id FROM persons WHERE id_number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(idNumbers)) as number[];
  const householdIds = db.sqlite.prepare('SELECT id FROM households WHERE number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(householdNumbers)) as number[];
  return { personIds, householdIds };
}
