/**
 * persons (registry) in labour resources on a date: the street's labour force as packed codes, the persons entering
 * 4050 or retirement in a window, the unemployed with their fields and wish, and the fields of any persons.
 */
import type { DeskDatabase } from '../../desk-database';
import { keyedRows, memoised, patchedRows } from '../../read-memo';
import { employedOnSql, employedPersonIdsOnSql, joinWishSql, registeredDuringSql, wishInForceSql } from '../employment/employment-sql';
import type { TrendScope } from '../trend-mask-sql';
import { bind, intervalMask, MASK_SPAN } from '../trend-mask-sql';
import { householdIdOnSql, householdOnSql, personInCommunitySql } from './memberships-repo';

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

export interface AgeSubjectRow {
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  gender: 'M' | 'F';
  birthDate: string;
  retirementOn: string;
}

export interface AgeWindow {
  asOf: string;
  /** Women born in [womenFrom, womenTo], men born in [menFrom, menTo], anyone retiring in [asOf, retireTo]. */
  womenFrom: string;
  womenTo: string;
  menFrom: string;
  menTo: string;
  retireTo: string;
  communityId: number | null;
}

const AGE_SQL = `
SELECT p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId, p.gender,
       p.birth_date AS birthDate, p.retirement_on AS retirementOn
  FROM persons p ${householdOnSql('p', '$asOf')}
 WHERE p.id IN (SELECT id FROM persons WHERE gender = 'F' AND birth_date BETWEEN $womenFrom AND $womenTo
                UNION SELECT id FROM persons WHERE gender = 'M' AND birth_date BETWEEN $menFrom AND $menTo
                UNION SELECT id FROM persons WHERE retirement_on BETWEEN $asOf AND $retireTo)
   AND p.working_age_from <= $asOf AND p.retirement_on >= $asOf
   AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
   AND (p.archived_on IS NULL OR p.archived_on > $asOf)
   AND ($communityId IS NULL OR h.community_id = $communityId)`;

function readAgeSubjects(db: DeskDatabase, window: AgeWindow): AgeSubjectRow[] {
  return db.sqlite.prepare(AGE_SQL).all({ ...window }) as AgeSubjectRow[];
}

export const ageSubjects = memoised('ageSubjects', ['persons', 'households', 'household_memberships'], readAgeSubjects);

export interface PersonFieldsRow {
  personId: number;
  idNumber: string;
  name: string;
  householdId: number;
  communityId: number;
  skills: string | null;
  skillLevel: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  wishRecordedOn: string | null;
  /** 1/0; null when no wish is recorded. */
  hasWish: number | null;
  wishedJob: string | null;
  trainingWanted: string | null;
  noWishReason: string | null;
}

/** `h`: the person's household on D (dated membership). */
const FIELDS_SELECT = `p.id AS personId, p.id_number AS idNumber, p.name, h.id AS householdId, h.community_id AS communityId,
       p.skills, p.skill_level AS skillLevel, p.social_insurance AS socialInsurance, p.policies_enjoyed AS policiesEnjoyed,
       w.recorded_on AS wishRecordedOn, w.has_wish AS hasWish, w.wished_job AS wishedJob,
       w.training_wanted AS trainingWanted, w.no_wish_reason AS noWishReason`;

/**
 * Persons in U on D (DOMAIN §3), with their fields and wish: working age (the derived date columns), able to work,
 * not a student, not retired, not archived, with no spell open on D, and the wish in force saying yes, in their
 * household of D (dated membership). The persons and the spells are each read once (the spells into an ephemeral
 * index); the wish is looked up, and the household joined, only for the few persons left — which is what keeps it
 * fast street-wide.
 */
const UNEMPLOYED_SQL = `
WITH lf AS MATERIALIZED (
  SELECT p.id AS pid FROM persons p
   WHERE +p.working_age_from <= $asOf AND +p.retirement_on > $asOf
     AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
     AND (p.archived_on IS NULL OR p.archived_on > $asOf)
     AND p.id NOT IN (${employedPersonIdsOnSql('$asOf')})
), wished AS MATERIALIZED (
  SELECT pid, ${wishInForceSql('pid')} AS wid FROM lf
)
SELECT ${FIELDS_SELECT}
  FROM wished ${joinWishSql('w', 'wished.wid')}
  JOIN persons p ON p.id = wished.pid ${householdOnSql('p', '$asOf')}
 WHERE w.has_wish = 1 AND ($communityId IS NULL OR h.community_id = $communityId)`;

function readUnemployedOn(db: DeskDatabase, asOf: string, communityId: number | null): PersonFieldsRow[] {
  return db.sqlite.prepare(UNEMPLOYED_SQL).all({ asOf, communityId }) as PersonFieldsRow[];
}

export const unemployedOn = memoised('unemployedOn', ['persons', 'employment_spells', 'employment_wishes', 'households', 'household_memberships'], readUnemployedOn);

export interface ReemployedRow {
  personId: number;
  /** The community on D. */
  communityId: number;
}

/**
 * The re-employed of the period `$from` … D (shared/domain/population/reemployed.ts), as the street's population on D
 * decides them (population/reemployed.ts), without reading the whole street: only the persons with a registration
 * open on some day of the period (of the persons given, when given) are looked at — in LF on D, in a household that
 * day, the wish in force saying yes and a spell open on D — in person order.
 */
function reemployedSql(byIds: boolean): string {
  const registered = registeredDuringSql('$from', '$asOf', byIds ? '$ids' : undefined);
  return `
SELECT p.id AS personId, h.community_id AS communityId
  FROM persons p ${householdOnSql('p', '$asOf')}
 WHERE p.id IN (${registered})
   AND +p.working_age_from <= $asOf AND +p.retirement_on > $asOf
   AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
   AND (p.archived_on IS NULL OR p.archived_on > $asOf)
   AND ${employedOnSql('p.id', '$asOf')}
   AND ${wishInForceSql('p.id', 'has_wish')} = 1
 ORDER BY p.id`;
}

function readReemployedOn(db: DeskDatabase, asOf: string, from: string, personIds: readonly number[] | null): ReemployedRow[] {
  return db.sqlite.prepare(reemployedSql(personIds !== null)).all(personIds === null ? { asOf, from } : { asOf, from, ids: JSON.stringify(personIds) }) as ReemployedRow[];
}

/**
 * readReemployedOn kept across writes (db/read-memo.ts patchedRows): after a job, a wish, a registration or a move is
 * recorded only that person is looked at again.
 */
export function reemployedOn(db: DeskDatabase, asOf: string, from: string): readonly ReemployedRow[] {
  return patchedRows(
    db.sqlite,
    {
      name: 'reemployedOn',
      keyed: [
        ['persons', 'id'],
        ['employment_spells', 'person_id'],
        ['employment_wishes', 'person_id'],
        ['unemployment_registrations', 'person_id'],
        ['household_memberships', 'person_id'],
      ],
      whole: ['households'],
      params: JSON.stringify([asOf, from]),
    },
    {
      all: () => readReemployedOn(db, asOf, from, null),
      ofKeys: (ids) => readReemployedOn(db, asOf, from, ids),
      keyOf: (r) => r.personId,
      order: (a, b) => a.personId - b.personId,
    },
  );
}

/** A person in no household on D is read in their latest household (persons.household_id). */
const FIELDS_SQL = `
WITH inforce AS (SELECT pid, ${wishInForceSql('pid')} AS wid FROM (SELECT DISTINCT value AS pid FROM json_each($ids)))
SELECT ${FIELDS_SELECT}
  FROM inforce i JOIN persons p ON p.id = i.pid
  JOIN households h ON h.id = COALESCE(${householdIdOnSql('p', '$asOf')}, p.household_id)
  ${joinWishSql('w', 'i.wid', 'LEFT JOIN')}`;

/** The fields and wish in force of the persons given (any persons), in their household of D. */
function readPersonFieldRows(db: DeskDatabase, personIds: readonly number[], asOf: string): PersonFieldsRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite.prepare(FIELDS_SQL).all({ ids: JSON.stringify(personIds), asOf }) as PersonFieldsRow[];
}

/** readPersonFieldRows kept per person (db/read-memo.ts keyedRows): after a write only the changed ones are read again. */
export function personFieldRows(db: DeskDatabase, personIds: readonly number[], asOf: string): readonly PersonFieldsRow[] {
  return keyedRows(
    db.sqlite,
    { name: 'personFieldRows', keyed: [['persons', 'id'], ['employment_wishes', 'person_id'], ['household_memberships', 'person_id']], whole: ['households'], params: asOf },
    personIds,
    (r) => r.personId,
    (keys) => readPersonFieldRows(db, keys, asOf),
  );
}

/**
 * Persons in labour resources (LF) on at least one date — working age by the derived columns (16th birthday up to
 * the day before retirement), able to work, not a student, not retired, not archived on the date: one code each,
 * the dates in LF as bits. The date indexes are bypassed (`+`): working age covers most of the street.
 */
export function labourForceMasks(db: DeskDatabase, scope: TrendScope): number[] {
  const mask = intervalMask(scope, 'p.working_age_from', "MIN(p.retirement_on, COALESCE(p.archived_on, '9999-12-31'))", false);
  return db.sqlite
    .prepare(
      `SELECT p.id * ${MASK_SPAN} + ${mask} FROM persons p
        WHERE +p.working_age_from <= $last AND +p.retirement_on > $first AND (p.archived_on IS NULL OR p.archived_on > $first)
          AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0 AND ${personInCommunitySql('p.id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

export interface LabourCountParams extends PopulationParams {
  communityId: number | null;
}

/** One community's labour counts on D (labour-force-repo's share of the street snapshot, population/street-snapshot-repo.ts). */
export interface LabourCounts {
  cid: number;
  labourResources: number;
  lfw: number;
  employedLfw: number;
  unemployed: number;
  age4050: number;
}

/**
 * Working-age persons on D (the derived date columns), with LF, the wish in force (latest dated ≤ D, else the last
 * undated), an open spell, and 4050, summed per community — the community of their household on D (dated
 * membership: someone in no household that day is in no community). Correlated lookups run only for persons in LF.
 * Street-wide, working age covers about two thirds of the persons, so the date indexes are bypassed (`+`): a scan of
 * the table is ten times faster than a range over the index; they serve narrower ranges (birthdays, retirements soon).
 */
const LABOUR_COUNTS_SQL = `
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
         (lf AND COALESCE(${wishInForceSql('pid', 'has_wish')}, 0)) AS lfw
    FROM base
), counted AS MATERIALIZED (
  SELECT cid, lf, a4050, lfw,
         (lfw AND ${employedOnSql('pid', '$asOf')}) AS emp
    FROM withWish
)
SELECT cid, SUM(lf) AS labourResources, SUM(lfw) AS lfw, SUM(emp) AS employedLfw, SUM(lfw) - SUM(emp) AS unemployed,
       SUM(a4050) AS age4050
  FROM counted GROUP BY cid`;

export function labourCountsByCommunity(db: DeskDatabase, params: LabourCountParams): LabourCounts[] {
  const { asOf, women4050BornBy, men4050BornBy, communityId } = params;
  return db.sqlite.prepare(LABOUR_COUNTS_SQL).all({ asOf, women4050BornBy, men4050BornBy, communityId }) as LabourCounts[];
}
