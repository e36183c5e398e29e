/**
 * Derived state (DOMAIN §3) kept in the database by electron/services/population: each person's working-age dates
 * and each household's family episodes; and the street snapshot on a date D computed in SQL from them.
 */
import type { EpisodeEndReason, FamilyEpisode, FamilyEpisodeKind } from '../../shared/domain/population/episode-types';
import type { DeskDatabase } from '../desk-database';
import { householdOnSql, householdsEverOf } from './memberships-repo';

// ---------------------------------------------------------------- person dates

export interface DateSubject {
  id: number;
  gender: 'M' | 'F';
  birthDate: string;
  retirementBase: number | null;
  workingAgeFrom: string | null;
  retirementOn: string | null;
}

const SUBJECT_SELECT = `SELECT id, gender, birth_date AS birthDate, retirement_base AS retirementBase,
  working_age_from AS workingAgeFrom, retirement_on AS retirementOn FROM persons`;

/** The persons among `ids`, or everyone when `ids` is null. */
export function listDateSubjects(db: DeskDatabase, ids: readonly number[] | null): DateSubject[] {
  if (ids === null) return db.sqlite.prepare(SUBJECT_SELECT).all() as DateSubject[];
  return db.sqlite.prepare(`${SUBJECT_SELECT} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as DateSubject[];
}

/** Ids of persons whose derived dates were never filled (rows from before the column existed). */
export function personsWithoutDates(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE retirement_on IS NULL OR working_age_from IS NULL').pluck().all() as number[];
}

/** Writes the dates of the persons given (one prepared statement). */
export function writePersonDates(db: DeskDatabase, rows: Iterable<{ id: number; workingAgeFrom: string; retirementOn: string }>): number {
  const update = db.sqlite.prepare('UPDATE persons SET working_age_from = ?, retirement_on = ? WHERE id = ?');
  let n = 0;
  for (const row of rows) {
    update.run(row.workingAgeFrom, row.retirementOn, row.id);
    n += 1;
  }
  return n;
}

/** Every household the persons ever belonged to (their facts shape those households' episodes on those dates). */
export function householdsOfPersons(db: DeskDatabase, personIds: readonly number[]): number[] {
  return householdsEverOf(db, personIds);
}

// ---------------------------------------------------------------- family episodes

export interface StoredEpisode extends FamilyEpisode {
  householdId: number;
}

/** Prepared statements for replacing households' episodes (reuse one instance for a bulk recompute). */
export function episodeWriter(db: DeskDatabase): {
  replace(householdId: number, episodes: readonly FamilyEpisode[]): void;
  clearAll(): void;
} {
  const del = db.sqlite.prepare('DELETE FROM family_episodes WHERE household_id = ?');
  const ins = db.sqlite.prepare('INSERT INTO family_episodes (household_id, kind, appeared, ended, end_reason) VALUES (?, ?, ?, ?, ?)');
  return {
    replace(householdId, episodes) {
      del.run(householdId);
      for (const e of episodes) ins.run(householdId, e.kind, e.appeared, e.ended, e.endReason);
    },
    clearAll() {
      db.sqlite.exec('DELETE FROM family_episodes');
    },
  };
}

/** Only for a bulk load: inserts without deleting (the table was just cleared). */
export function insertEpisodes(db: DeskDatabase): (householdId: number, episodes: readonly FamilyEpisode[]) => void {
  const ins = db.sqlite.prepare('INSERT INTO family_episodes (household_id, kind, appeared, ended, end_reason) VALUES (?, ?, ?, ?, ?)');
  return (householdId, episodes) => {
    for (const e of episodes) ins.run(householdId, e.kind, e.appeared, e.ended, e.endReason);
  };
}

export function listEpisodes(db: DeskDatabase, householdId: number): FamilyEpisode[] {
  return db.sqlite
    .prepare(
      `SELECT kind, appeared, ended, end_reason AS endReason FROM family_episodes WHERE household_id = ?
        ORDER BY appeared, CASE kind WHEN 'zero_employment' THEN 0 ELSE 1 END`,
    )
    .all(householdId) as { kind: FamilyEpisodeKind; appeared: string; ended: string | null; endReason: EpisodeEndReason | null }[];
}

// ---------------------------------------------------------------- the street snapshot on D

export interface SnapshotParams {
  asOf: string;
  /** Women born on or before this date are 40 (the 4050 age) or older on D; likewise men. */
  women4050BornBy: string;
  men4050BornBy: string;
  /** An open registration from this date or earlier is long-term on D. */
  longTermRegisteredBy: string;
  communityId: number | null;
}

export interface CommunityCounts {
  communityId: number;
  code: string;
  name: string;
  labourResources: number;
  lfw: number;
  employedLfw: number;
  unemployed: number;
  registeredUnemployed: number;
  longTermUnemployed: number;
  age4050: number;
  zeroEmploymentFamilies: number;
  doubleUnemployedFamilies: number;
}

/**
 * Working-age persons on D (the derived date columns), with LF, the wish in force (latest dated ≤ D, else the last
 * undated), an open spell, and 4050, summed per community — the community of their household on D (dated
 * membership: someone in no household that day is in no community). Correlated lookups run only for persons in LF.
 * Street-wide, working age covers about two thirds of the persons, so the date indexes are bypassed (`+`): a scan of
 * the table is ten times faster than a range over the index; they serve narrower ranges (birthdays, retirements soon).
 */
const PERSONS_SQL = `
WITH base AS MATERIALIZED (
  SELECT h.community_id AS cid, p.id AS pid,
         (p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)) AS lf,
         (CASE WHEN p.gender = 'F' THEN p.birth_date <= $women4050BornBy ELSE p.birth_date <= $men4050BornBy END) AS a4050
    FROM persons p ${householdOnSql('p', '$asOf')}
   WHERE +p.working_age_from <= $asOf AND +p.retirement_on > $asOf
     AND ($communityId IS NULL OR h.community_id = $communityId)
), withWish AS MATERIALIZED (
  SELECT cid, pid, lf, a4050,
         (lf AND COALESCE((SELECT w.has_wish FROM employment_wishes w WHERE w.person_id = pid AND w.recorded_on <= $asOf
                            ORDER BY w.recorded_on DESC, w.id DESC LIMIT 1),
                          (SELECT w.has_wish FROM employment_wishes w WHERE w.person_id = pid AND w.recorded_on IS NULL
                            ORDER BY w.id DESC LIMIT 1), 0)) AS lfw
    FROM base
), counted AS MATERIALIZED (
  SELECT cid, lf, a4050, lfw,
         (lfw AND EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = pid AND s.start_date <= $asOf
                                 AND (s.end_date IS NULL OR s.end_date >= $asOf))) AS emp
    FROM withWish
)
SELECT cid, SUM(lf) AS labourResources, SUM(lfw) AS lfw, SUM(emp) AS employedLfw, SUM(lfw) - SUM(emp) AS unemployed,
       SUM(a4050) AS age4050
  FROM counted GROUP BY cid`;

/**
 * Open registrations on D (any person in the street that day, as DOMAIN §3 defines RU), the earliest open one
 * deciding long-term; counted in the community of the person's household on D.
 */
const REGISTRATIONS_SQL = `
SELECT h.community_id AS cid, COUNT(*) AS registeredUnemployed, SUM(r.first <= $longTermRegisteredBy) AS longTermUnemployed
  FROM (SELECT person_id, MIN(registered_on) AS first FROM unemployment_registrations
         WHERE registered_on <= $asOf AND (cancelled_on IS NULL OR cancelled_on > $asOf) GROUP BY person_id) r
  CROSS JOIN persons p ON p.id = r.person_id ${householdOnSql('p', '$asOf')}
 WHERE $communityId IS NULL OR h.community_id = $communityId
 GROUP BY h.community_id`;

const FAMILIES_SQL = `
SELECT h.community_id AS cid,
       COUNT(DISTINCT CASE WHEN e.kind = 'zero_employment' THEN e.household_id END) AS zeroEmploymentFamilies,
       COUNT(DISTINCT CASE WHEN e.kind = 'double_unemployed' THEN e.household_id END) AS doubleUnemployedFamilies
  FROM family_episodes e JOIN households h ON h.id = e.household_id
 WHERE e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf)
   AND ($communityId IS NULL OR h.community_id = $communityId)
 GROUP BY h.community_id`;

type CountRow = { cid: number } & Partial<CommunityCounts>;

const QUERIES: readonly [string, readonly (keyof SnapshotParams)[]][] = [
  [PERSONS_SQL, ['asOf', 'women4050BornBy', 'men4050BornBy', 'communityId']],
  [REGISTRATIONS_SQL, ['asOf', 'longTermRegisteredBy', 'communityId']],
  [FAMILIES_SQL, ['asOf', 'communityId']],
];

function zeroCounts(c: { id: number; code: string; name: string }): CommunityCounts {
  return {
    communityId: c.id,
    code: c.code,
    name: c.name,
    labourResources: 0,
    lfw: 0,
    employedLfw: 0,
    unemployed: 0,
    registeredUnemployed: 0,
    longTermUnemployed: 0,
    age4050: 0,
    zeroEmploymentFamilies: 0,
    doubleUnemployedFamilies: 0,
  };
}

/** The counts per community on D (every community, zeros included; only `communityId` when given), by code. */
export function snapshotCounts(db: DeskDatabase, params: SnapshotParams): CommunityCounts[] {
  const communities = db.sqlite
    .prepare('SELECT id, code, name FROM communities WHERE $communityId IS NULL OR id = $communityId ORDER BY code')
    .all({ communityId: params.communityId }) as { id: number; code: string; name: string }[];
  const merged = new Map<number, CommunityCounts>(communities.map((c) => [c.id, zeroCounts(c)]));
  for (const [sql, keys] of QUERIES) {
    const bound = Object.fromEntries(keys.map((k) => [k, params[k]]));
    for (const { cid, ...counts } of db.sqlite.prepare(sql).all(bound) as CountRow[]) {
      const target = merged.get(cid);
      if (target) Object.assign(target, counts);
    }
  }
  return [...merged.values()];
}
