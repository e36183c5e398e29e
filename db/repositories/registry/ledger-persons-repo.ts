/**
 * What the person ledgers print about each person (DOMAIN §7), as of a date D: identity and contact (姓名, 性别,
 * 身份证号码, 出生日期, 文化程度, 联系电话), the 十清 fields, the household of D (户编号, 家庭住址, community, relation then)
 * and the employment wish in force on D. Not memoised: it reads columns (phone, education, veteran, graduation
 * year) whose edits the read memo deliberately does not count (db/read-memo.ts IGNORED_UPDATE_COLUMNS).
 */
import type { Relation } from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { joinWishSql, wishInForceSql } from '../employment/employment-sql';

export interface LedgerPersonRow {
  personId: number;
  idNumber: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  education: string | null;
  phone: string | null;
  skills: string | null;
  skillLevel: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  veteran: 0 | 1;
  migrantWorker: 0 | 1;
  graduationYear: number | null;
  /** The household on D; null when the person belongs to none that day. */
  householdId: number | null;
  householdNumber: string | null;
  address: string | null;
  communityId: number | null;
  relation: Relation | null;
  /** The wish in force on D (latest dated ≤ D, else the last undated); null fields when none is recorded. */
  hasWish: 0 | 1 | null;
  wishedJob: string | null;
  wishedWage: number | null;
  trainingWanted: string | null;
  noWishReason: string | null;
}

/**
 * The membership period of D and the wish in force are found first (one index probe each, materialised), then
 * joined by row id: put in the join conditions, SQLite re-evaluates those lookups and the read is twenty times slower.
 */
const SQL = `
WITH found AS MATERIALIZED (
  SELECT j.pid,
         (SELECT m2.id FROM household_memberships m2 WHERE m2.person_id = j.pid
             AND (m2.from_date IS NULL OR m2.from_date <= $asOf) AND (m2.to_date IS NULL OR m2.to_date >= $asOf) LIMIT 1) AS mid,
         ${wishInForceSql('j.pid')} AS wid
    FROM (SELECT DISTINCT value AS pid FROM json_each($ids)) j
)
SELECT p.id AS personId, p.id_number AS idNumber, p.name, p.gender, p.birth_date AS birthDate, p.education, p.phone,
       p.skills, p.skill_level AS skillLevel, p.social_insurance AS socialInsurance, p.policies_enjoyed AS policiesEnjoyed,
       p.veteran, p.migrant_worker AS migrantWorker, p.graduation_year AS graduationYear,
       h.id AS householdId, h.number AS householdNumber, h.address, h.community_id AS communityId, m.relation,
       w.has_wish AS hasWish, w.wished_job AS wishedJob, w.wished_wage AS wishedWage, w.training_wanted AS trainingWanted,
       w.no_wish_reason AS noWishReason
  FROM found f CROSS JOIN persons p ON p.id = f.pid
  LEFT JOIN household_memberships m ON m.id = f.mid
  LEFT JOIN households h ON h.id = m.household_id
  ${joinWishSql('w', 'f.wid', 'LEFT JOIN')}`;

/** The rows of the persons given (any order; a person id that does not exist is left out). */
export function ledgerPersonsOn(db: DeskDatabase, personIds: readonly number[], asOf: string): LedgerPersonRow[] {
  return rowsForIds<LedgerPersonRow>(db, SQL, personIds, { asOf });
}

/** Persons recorded as veterans (复转军人): few, and the flag is not in the labour-force codes. */
export function veteranIds(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE veteran = 1').pluck().all() as number[];
}
