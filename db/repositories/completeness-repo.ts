/**
 * The records the 十清/五清 completeness rules read (shared/domain/completeness), set-based: who is concerned on a
 * date D (the unemployed, the re-employed of the period), and for a list of persons their fields, wish in force,
 * registrations, spells and household facts. Lists of ids are passed as one JSON array (json_each).
 */
import type { RegistrationReason, SpellKind } from '../../shared/domain/workbook/records';
import type { DeskDatabase } from '../desk-database';
import { keyedRows, memoised } from '../read-memo';
import { householdIdOnSql, householdOnSql } from './memberships-repo';

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

/** The id of the wish in force on D for the person in column `pid`: the latest dated ≤ D, else the last undated. */
const WISH_IN_FORCE = `COALESCE(
           (SELECT w.id FROM employment_wishes w WHERE w.person_id = pid AND w.recorded_on <= $asOf
             ORDER BY w.recorded_on DESC, w.id DESC LIMIT 1),
           (SELECT w.id FROM employment_wishes w WHERE w.person_id = pid AND w.recorded_on IS NULL
             ORDER BY w.id DESC LIMIT 1))`;

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
     AND p.id NOT IN (SELECT s.person_id FROM employment_spells s
                       WHERE s.start_date <= $asOf AND (s.end_date IS NULL OR s.end_date >= $asOf))
), wished AS MATERIALIZED (
  SELECT pid, ${WISH_IN_FORCE} AS wid FROM lf
)
SELECT ${FIELDS_SELECT}
  FROM wished JOIN employment_wishes w ON w.id = wished.wid
  JOIN persons p ON p.id = wished.pid ${householdOnSql('p', '$asOf')}
 WHERE w.has_wish = 1 AND ($communityId IS NULL OR h.community_id = $communityId)`;

function readUnemployedOn(db: DeskDatabase, asOf: string, communityId: number | null): PersonFieldsRow[] {
  return db.sqlite.prepare(UNEMPLOYED_SQL).all({ asOf, communityId }) as PersonFieldsRow[];
}
export const unemployedOn = memoised('unemployedOn', ['persons', 'employment_spells', 'employment_wishes', 'households', 'household_memberships'], readUnemployedOn);

export interface DestinationRow {
  personId: number;
  idNumber: string;
  name: string;
  kind: SpellKind;
  startDate: string;
  employerName: string | null;
  post: string | null;
}

/**
 * The employment destination on D of each person given (the re-employed of the period, electron/services/population/
 * reemployed.ts): the spell open on D that began last. Persons with no spell open on D are left out.
 */
function readDestinationsOn(db: DeskDatabase, personIds: readonly number[], asOf: string): DestinationRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT p.id AS personId, p.id_number AS idNumber, p.name, s.kind, s.start_date AS startDate, s.employer_name AS employerName, s.post
         FROM (SELECT DISTINCT value AS pid FROM json_each($ids)) j
         CROSS JOIN persons p ON p.id = j.pid
         CROSS JOIN employment_spells s ON s.id = (SELECT s2.id FROM employment_spells s2 WHERE s2.person_id = j.pid AND s2.start_date <= $asOf
                                                     AND (s2.end_date IS NULL OR s2.end_date >= $asOf) ORDER BY s2.start_date DESC, s2.id DESC LIMIT 1)`,
    )
    .all({ ids: JSON.stringify(personIds), asOf }) as DestinationRow[];
}
export const destinationsOn = memoised('destinationsOn', ['persons', 'employment_spells'], readDestinationsOn);

/** A person in no household on D is read in their latest household (persons.household_id). */
const FIELDS_SQL = `
WITH inforce AS (SELECT pid, ${WISH_IN_FORCE} AS wid FROM (SELECT DISTINCT value AS pid FROM json_each($ids)))
SELECT ${FIELDS_SELECT}
  FROM inforce i JOIN persons p ON p.id = i.pid
  JOIN households h ON h.id = COALESCE(${householdIdOnSql('p', '$asOf')}, p.household_id)
  LEFT JOIN employment_wishes w ON w.id = i.wid`;

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

export interface RegistrationRow {
  personId: number;
  registeredOn: string;
  reason: RegistrationReason;
  cancelledOn: string | null;
}

/** The persons' registrations dated on or before D, by person and date. */
function readRegistrationsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): RegistrationRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT r.person_id AS personId, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn
         FROM json_each(?) j CROSS JOIN unemployment_registrations r ON r.person_id = j.value
        WHERE r.registered_on <= ? ORDER BY r.person_id, r.registered_on`,
    )
    .all(JSON.stringify(personIds), asOf) as RegistrationRow[];
}
/** readRegistrationsOf kept per person (db/read-memo.ts keyedRows): after a write only the changed ones are read again. */
export function registrationsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): readonly RegistrationRow[] {
  return keyedRows(db.sqlite, { name: 'registrationsOf', keyed: [['unemployment_registrations', 'person_id']], params: asOf }, personIds, (r) => r.personId, (keys) => readRegistrationsOf(db, keys, asOf));
}

export interface SpellFactRow {
  personId: number;
  /** The last day of the latest spell that ended before D. */
  lastSpellEnd: string | null;
  /** 1 when a spell is open on D. */
  employed: number;
}

/** Per person (those with spells that began on or before D): the last end before D, and employment on D. */
function readSpellFactsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): SpellFactRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT s.person_id AS personId, MAX(CASE WHEN s.end_date < $asOf THEN s.end_date END) AS lastSpellEnd,
              MAX(s.end_date IS NULL OR s.end_date >= $asOf) AS employed
         FROM json_each($ids) j CROSS JOIN employment_spells s ON s.person_id = j.value
        WHERE s.start_date <= $asOf GROUP BY s.person_id`,
    )
    .all({ ids: JSON.stringify(personIds), asOf }) as SpellFactRow[];
}
/** readSpellFactsOf kept per person (db/read-memo.ts keyedRows): after a write only the changed ones are read again. */
export function spellFactsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): readonly SpellFactRow[] {
  return keyedRows(db.sqlite, { name: 'spellFactsOf', keyed: [['employment_spells', 'person_id']], params: asOf }, personIds, (r) => r.personId, (keys) => readSpellFactsOf(db, keys, asOf));
}

export interface HouseholdFactRow {
  householdId: number;
  /** Distinct flags with a value in force on D. */
  flagsRecorded: number;
  /** 1 when a member on D (not archived) is the 户主 then. */
  hasHead: number;
}

function readHouseholdFactRows(db: DeskDatabase, householdIds: readonly number[], asOf: string): HouseholdFactRow[] {
  if (householdIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT j.value AS householdId,
              (SELECT COUNT(DISTINCT f.flag) FROM household_flags f
                WHERE f.household_id = j.value AND (f.effective_from IS NULL OR f.effective_from <= $asOf)) AS flagsRecorded,
              EXISTS (SELECT 1 FROM household_memberships m JOIN persons p ON p.id = m.person_id
                       WHERE m.household_id = j.value AND m.relation = 'head'
                         AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
                         AND (p.archived_on IS NULL OR p.archived_on > $asOf)) AS hasHead
         FROM (SELECT DISTINCT value FROM json_each($ids)) j`,
    )
    .all({ ids: JSON.stringify(householdIds), asOf }) as HouseholdFactRow[];
}
/** readHouseholdFactRows kept per household (db/read-memo.ts keyedRows): after a write only the changed ones are read again. */
export function householdFactRows(db: DeskDatabase, householdIds: readonly number[], asOf: string): readonly HouseholdFactRow[] {
  return keyedRows(
    db.sqlite,
    { name: 'householdFactRows', keyed: [['household_flags', 'household_id'], ['household_memberships', 'household_id'], ['persons', 'household_id']], params: asOf },
    householdIds,
    (r) => r.householdId,
    (keys) => readHouseholdFactRows(db, keys, asOf),
  );
}

export interface DemandRow {
  communityId: number;
  latestOpenedOn: string | null;
}

/**
 * Per community, the latest opening date (on or before D) of a vacancy of the community or of an employer paired
 * with it (结对).
 */
function readLatestDemandByCommunity(db: DeskDatabase, asOf: string): DemandRow[] {
  return db.sqlite
    .prepare(
      `SELECT c.id AS communityId,
              (SELECT MAX(v.opened_on) FROM vacancies v LEFT JOIN employers e ON e.id = v.employer_id
                WHERE v.opened_on <= $asOf AND (v.community_id = c.id OR (v.community_id IS NULL AND e.paired_community_id = c.id))) AS latestOpenedOn
         FROM communities c`,
    )
    .all({ asOf }) as DemandRow[];
}
export const latestDemandByCommunity = memoised('latestDemandByCommunity', ['vacancies', 'employers', 'communities'], readLatestDemandByCommunity);
