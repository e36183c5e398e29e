/**
 * The population on a date D as the assessment needs it, set-based over the stored derived columns
 * (persons.working_age_from / retirement_on, DOMAIN §3): the persons in labour resources (LF), the persons employed
 * on D and the wishes, each as one scan returning plain numbers; electron/services/assessment/labour-force.ts joins
 * them in typed arrays. (Correlated lookups per person cost several B-tree descents each: three times slower.)
 */
import type { DeskDatabase } from '../open-database';

export interface LabourForceParams {
  asOf: string;
  /** Women born on or before this date are in the 4050 age on D; likewise men. */
  women4050BornBy: string;
  men4050BornBy: string;
  /** Households that hold 低保 on D (few; computed by the caller from dibaoFlagRows). */
  dibaoHouseholds: readonly number[];
}

/** Bits of a labour-force code below the person and community ids. */
export const LF_BITS = { migrant: 1, age4050: 2, dibao: 4 } as const;
/** code = (personId × COMMUNITY_SPAN + communityId) × 8 + bits. */
export const COMMUNITY_SPAN = 65_536;

/**
 * Persons in LF on D — working age by the derived columns, able to work, not a student, not retired, not archived —
 * one number each (person, community and three flags packed, see LF_BITS): a plain list of numbers crosses from
 * SQLite to JavaScript several times faster than rows. The date indexes are bypassed (`+`) as in population-repo:
 * working age covers most of the street.
 */
export function labourForceCodes(db: DeskDatabase, params: LabourForceParams): number[] {
  return db.sqlite
    .prepare(
      `SELECT ((p.id * ${COMMUNITY_SPAN} + h.community_id) * 8 + p.migrant_worker * ${LF_BITS.migrant}
              + (CASE WHEN p.gender = 'F' THEN p.birth_date <= $women4050BornBy ELSE p.birth_date <= $men4050BornBy END) * ${LF_BITS.age4050}
              + (p.household_id IN (SELECT value FROM json_each($dibao))) * ${LF_BITS.dibao})
         FROM persons p JOIN households h ON h.id = p.household_id
        WHERE +p.working_age_from <= $asOf AND +p.retirement_on > $asOf
          AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)`,
    )
    .pluck()
    .all({ asOf: params.asOf, women4050BornBy: params.women4050BornBy, men4050BornBy: params.men4050BornBy, dibao: JSON.stringify(params.dibaoHouseholds) }) as number[];
}

/** Persons with an open employment spell on D (start ≤ D, no end or end ≥ D); a person may appear twice. */
export function employedPersonIdsOn(db: DeskDatabase, asOf: string): number[] {
  return db.sqlite
    .prepare('SELECT person_id FROM employment_spells WHERE start_date <= $asOf AND (end_date IS NULL OR end_date >= $asOf)')
    .pluck()
    .all({ asOf }) as number[];
}

/** Undated wishes as personId × 2 + hasWish, in the order entered (the last one of a person is in force). */
export function undatedWishCodes(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT person_id * 2 + has_wish FROM employment_wishes WHERE recorded_on IS NULL ORDER BY id').pluck().all() as number[];
}

/** Dated wishes on or before D as [personId, recordedOn, hasWish], by person and date (the last one of a person is in force). */
export function datedWishesUpTo(db: DeskDatabase, asOf: string): [number, string, 0 | 1][] {
  return db.sqlite
    .prepare('SELECT person_id, recorded_on, has_wish FROM employment_wishes WHERE recorded_on <= ? ORDER BY person_id, recorded_on')
    .raw()
    .all(asOf) as [number, string, 0 | 1][];
}

/** Every 低保 flag row of the households that ever had the flag set, by household and entry order. */
export function dibaoFlagRows(db: DeskDatabase): { householdId: number; value: 0 | 1; effectiveFrom: string | null }[] {
  return db.sqlite
    .prepare(
      `SELECT household_id AS householdId, value, effective_from AS effectiveFrom FROM household_flags
        WHERE flag = 'dibao' AND household_id IN (SELECT household_id FROM household_flags WHERE flag = 'dibao' AND value = 1)
        ORDER BY household_id, id`,
    )
    .all() as { householdId: number; value: 0 | 1; effectiveFrom: string | null }[];
}

/** Members (archived ones included) of the given households. */
export function membersOfHouseholds(db: DeskDatabase, householdIds: readonly number[]): number[] {
  if (householdIds.length === 0) return [];
  return db.sqlite.prepare('SELECT id FROM persons WHERE household_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(householdIds)) as number[];
}

export interface CommunityRef {
  id: number;
  code: string;
  name: string;
}

export function listCommunityRefs(db: DeskDatabase): CommunityRef[] {
  return db.sqlite.prepare('SELECT id, code, name FROM communities ORDER BY code').all() as CommunityRef[];
}

/**
 * The earliest date any dated record of the street carries (registrations, spells, services, complaints, dated
 * wishes), or null when there is none: an assessment before it has nothing to judge.
 */
export function earliestRecordDate(db: DeskDatabase): string | null {
  const value = db.sqlite
    .prepare(
      `SELECT MIN(d) FROM (
         SELECT MIN(registered_on) AS d FROM unemployment_registrations
         UNION ALL SELECT MIN(date) FROM service_records
         UNION ALL SELECT MIN(date) FROM complaints
         UNION ALL SELECT MIN(start_date) FROM employment_spells
         UNION ALL SELECT MIN(recorded_on) FROM employment_wishes)`,
    )
    .pluck()
    .get() as string | null;
  return value ?? null;
}

/** Ids of the communities where someone lives on D (not archived); stops at the first resident of each. */
export function communitiesWithResidents(db: DeskDatabase, asOf: string): Set<number> {
  const rows = db.sqlite
    .prepare(
      `SELECT c.id FROM communities c
        WHERE EXISTS (SELECT 1 FROM households h JOIN persons p ON p.household_id = h.id
                       WHERE h.community_id = c.id AND (p.archived_on IS NULL OR p.archived_on > ?))`,
    )
    .pluck()
    .all(asOf) as number[];
  return new Set(rows);
}
