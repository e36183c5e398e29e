/**
 * The population on a date D as the assessment needs it, set-based over the stored derived columns
 * (persons.working_age_from / retirement_on, DOMAIN §3): the persons in labour resources (LF) with their household
 * (persons.household_id; street-population.ts puts the few persons whose membership is dated in their household of D),
 * the persons employed on D and the wishes, each as one scan returning plain numbers;
 * electron/services/population/street-population.ts joins them in typed arrays. (Correlated lookups per person cost several B-tree descents each: three times slower.)
 */
import type { DeskDatabase } from '../desk-database';
import { memoised, memoisedSet } from '../read-memo';

export interface PopulationParams {
  asOf: string;
  /** Women born on or before this date are in the 4050 age on D; likewise men. */
  women4050BornBy: string;
  men4050BornBy: string;
}

/** Bits of a labour-force code below the person and household ids. */
export const LF_BITS = { migrant: 1, age4050: 2 } as const;
/** code = (personId × ID_SPAN + householdId) × 8 + bits. Ids stay below 2²¹ (two million) in any street. */
export const ID_SPAN = 2_097_152;

/**
 * Persons in LF on D — working age by the derived columns, able to work, not a student, not retired, not archived —
 * one number each (the person, their household and two flags, see LF_BITS): a plain list of numbers crosses from
 * SQLite to JavaScript several times faster than rows, and the household's community comes from
 * householdCommunityCodes (a join here would cost a lookup per person). The date indexes are bypassed (`+`) as in
 * population-repo: working age covers most of the street.
 */
function readLabourForceCodes(db: DeskDatabase, params: PopulationParams): number[] {
  return db.sqlite
    .prepare(
      `SELECT ((p.id * ${ID_SPAN} + p.household_id) * 8 + p.migrant_worker * ${LF_BITS.migrant}
              + (CASE WHEN p.gender = 'F' THEN p.birth_date <= $women4050BornBy ELSE p.birth_date <= $men4050BornBy END) * ${LF_BITS.age4050})
         FROM persons p
        WHERE +p.working_age_from <= $asOf AND +p.retirement_on > $asOf
          AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)`,
    )
    .pluck()
    .all({ asOf: params.asOf, women4050BornBy: params.women4050BornBy, men4050BornBy: params.men4050BornBy }) as number[];
}
export const labourForceCodes = memoised('labourForceCodes', ['persons'], readLabourForceCodes);

/** Every household as householdId × ID_SPAN + communityId. */
function readHouseholdCommunityCodes(db: DeskDatabase): number[] {
  return db.sqlite.prepare(`SELECT id * ${ID_SPAN} + community_id FROM households`).pluck().all() as number[];
}
export const householdCommunityCodes = memoised('householdCommunityCodes', ['households'], readHouseholdCommunityCodes);

/** Persons with an open employment spell on D (start ≤ D, no end or end ≥ D); a person may appear twice. */
function readEmployedPersonIdsOn(db: DeskDatabase, asOf: string): number[] {
  return db.sqlite
    .prepare('SELECT person_id FROM employment_spells WHERE start_date <= $asOf AND (end_date IS NULL OR end_date >= $asOf)')
    .pluck()
    .all({ asOf }) as number[];
}
export const employedPersonIdsOn = memoised('employedPersonIdsOn', ['employment_spells'], readEmployedPersonIdsOn);

/** Undated wishes as personId × 2 + hasWish, in the order entered (the last one of a person is in force). */
function readUndatedWishCodes(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT person_id * 2 + has_wish FROM employment_wishes WHERE recorded_on IS NULL ORDER BY id').pluck().all() as number[];
}
export const undatedWishCodes = memoised('undatedWishCodes', ['employment_wishes'], readUndatedWishCodes);

/** Dated wishes on or before D as [personId, recordedOn, hasWish], by person and date (the last one of a person is in force). */
function readDatedWishesUpTo(db: DeskDatabase, asOf: string): [number, string, 0 | 1][] {
  return db.sqlite
    .prepare('SELECT person_id, recorded_on, has_wish FROM employment_wishes WHERE recorded_on <= ? ORDER BY person_id, recorded_on, id')
    .raw()
    .all(asOf) as [number, string, 0 | 1][];
}
export const datedWishesUpTo = memoised('datedWishesUpTo', ['employment_wishes'], readDatedWishesUpTo);

/** Every 低保 flag row of the households that ever had the flag set, by household and entry order. */
function readDibaoFlagRows(db: DeskDatabase): { householdId: number; value: 0 | 1; effectiveFrom: string | null }[] {
  return db.sqlite
    .prepare(
      `SELECT household_id AS householdId, value, effective_from AS effectiveFrom FROM household_flags
        WHERE flag = 'dibao' AND household_id IN (SELECT household_id FROM household_flags WHERE flag = 'dibao' AND value = 1)
        ORDER BY household_id, id`,
    )
    .all() as { householdId: number; value: 0 | 1; effectiveFrom: string | null }[];
}
export const dibaoFlagRows = memoised('dibaoFlagRows', ['household_flags'], readDibaoFlagRows);

/** The members on D of the given households. */
export function membersOfHouseholds(db: DeskDatabase, householdIds: readonly number[], asOf: string): number[] {
  if (householdIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT DISTINCT person_id FROM household_memberships WHERE household_id IN (SELECT value FROM json_each(?))
          AND (from_date IS NULL OR from_date <= ?) AND (to_date IS NULL OR to_date >= ?)`,
    )
    .pluck()
    .all(JSON.stringify(householdIds), asOf, asOf) as number[];
}

export interface CommunityRef {
  id: number;
  code: string;
  name: string;
}

export function listCommunityRefs(db: DeskDatabase): CommunityRef[] {
  return db.sqlite.prepare('SELECT id, code, name FROM communities ORDER BY code').all() as CommunityRef[];
}

/** Dated records of the street (registrations, services, complaints, spells, dated wishes): the tables and columns. */
const DATED = [
  ['unemployment_registrations', 'registered_on'],
  ['service_records', 'date'],
  ['complaints', 'date'],
  ['employment_spells', 'start_date'],
  ['employment_wishes', 'recorded_on'],
] as const;

/**
 * Whether any dated record is dated on or before D: false means an assessment as of D has nothing to judge. Answered
 * by the first record found (the registrations' and services' date indexes answer at once).
 */
export function anyRecordOnOrBefore(db: DeskDatabase, asOf: string): boolean {
  const sql = `SELECT ${DATED.map(([table, column]) => `EXISTS (SELECT 1 FROM ${table} WHERE ${column} <= $asOf)`).join(' OR ')}`;
  return db.sqlite.prepare(sql).pluck().get({ asOf }) === 1;
}

/** The earliest date any dated record carries, or null when there is none (for the message when D is before it). */
export function earliestRecordDate(db: DeskDatabase): string | null {
  const sql = `SELECT MIN(d) FROM (${DATED.map(([table, column]) => `SELECT MIN(${column}) AS d FROM ${table}`).join(' UNION ALL ')})`;
  return (db.sqlite.prepare(sql).pluck().get() as string | null) ?? null;
}

/** Ids of the communities where someone lives on D (a member of one of its households that day, not archived); stops at the first resident of each. */
function readCommunitiesWithResidents(db: DeskDatabase, asOf: string): Set<number> {
  const rows = db.sqlite
    .prepare(
      `SELECT c.id FROM communities c
        WHERE EXISTS (SELECT 1 FROM households h JOIN household_memberships m ON m.household_id = h.id JOIN persons p ON p.id = m.person_id
                       WHERE h.community_id = c.id AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
                         AND (p.archived_on IS NULL OR p.archived_on > $asOf))`,
    )
    .pluck()
    .all({ asOf }) as number[];
  return new Set(rows);
}
export const communitiesWithResidents = memoisedSet(
  'communitiesWithResidents',
  ['communities', 'households', 'persons', 'household_memberships'],
  readCommunitiesWithResidents,
);
