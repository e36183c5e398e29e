/**
 * Dated history the assessment reads (DOMAIN §4): registrations and their first guidance, open registrations,
 * complaints, the latest service of given persons, difficulty recognitions and commitments. Each query covers
 * every community at once. Rows name the person only: the caller knows every person's community from one read
 * (assessment-population-repo personCodes), which spares a join to the wide persons rows here.
 */
import type { DeskDatabase } from '../desk-database';
import { memoised, memoisedSet } from '../read-memo';

const ids = (values: Iterable<number>) => JSON.stringify([...values]);

export interface RegistrationWithGuidance {
  registrationId: number;
  personId: number;
  registeredOn: string;
  cancelledOn: string | null;
  /** The first 职业指导 record dated from the registration day to D, if any. */
  firstGuidanceOn: string | null;
}

/** Registrations dated `from` … `to` (= D), each with its first guidance on or after the registration day, up to D. */
function readRegistrationsWithGuidance(db: DeskDatabase, from: string, to: string): RegistrationWithGuidance[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS registrationId, r.person_id AS personId, r.registered_on AS registeredOn, r.cancelled_on AS cancelledOn,
              (SELECT s.date FROM service_records s WHERE s.person_id = r.person_id AND s.date >= r.registered_on AND s.date <= $to
                  AND s.kind = 'guidance' ORDER BY s.date LIMIT 1) AS firstGuidanceOn
         FROM unemployment_registrations r
        WHERE r.registered_on BETWEEN $from AND $to
        ORDER BY r.registered_on, r.id`,
    )
    .all({ from, to }) as RegistrationWithGuidance[];
}
export const registrationsWithGuidance = memoised('registrationsWithGuidance', ['unemployment_registrations', 'service_records'], readRegistrationsWithGuidance);

export interface OpenRegistration {
  personId: number;
  /** The earliest registration open on D (it decides how long the person has been registered). */
  registeredOn: string;
}

/**
 * Persons with a registration open on D (registered on or before D, not cancelled by D). Nearly every registration
 * is dated before D, so the table is scanned rather than walked through an index one row at a time.
 */
function readOpenRegistrationsOn(db: DeskDatabase, asOf: string): OpenRegistration[] {
  return db.sqlite
    .prepare(
      `SELECT person_id AS personId, MIN(registered_on) AS registeredOn FROM unemployment_registrations NOT INDEXED
        WHERE registered_on <= $asOf AND (cancelled_on IS NULL OR cancelled_on > $asOf)
        GROUP BY person_id ORDER BY registeredOn, person_id`,
    )
    .all({ asOf }) as OpenRegistration[];
}
export const openRegistrationsOn = memoised('openRegistrationsOn', ['unemployment_registrations'], readOpenRegistrationsOn);

/**
 * Persons who had a registration open on some day of `from` … `to` (shared/domain/population/reemployed.ts
 * wasRegisteredDuring, set-based).
 */
function readPersonsRegisteredDuring(db: DeskDatabase, from: string, to: string): Set<number> {
  const rows = db.sqlite
    .prepare(
      `SELECT DISTINCT person_id FROM unemployment_registrations NOT INDEXED
        WHERE registered_on <= $to AND (cancelled_on IS NULL OR cancelled_on > $from)`,
    )
    .pluck()
    .all({ from, to }) as number[];
  return new Set(rows);
}
export const personsRegisteredDuring = memoisedSet('personsRegisteredDuring', ['unemployment_registrations'], readPersonsRegisteredDuring);

export interface ComplaintRow {
  id: number;
  communityId: number;
  date: string;
  content: string;
  valid: 0 | 1 | null;
  /** When `valid` was judged (null while unjudged); a judgement without a day is taken as made on the complaint's date. */
  judgedOn: string | null;
  validityReason: string | null;
}

/** Complaints dated `from` … `to`, with their judgement as it stands now (the caller decides what was known on D). */
function readComplaintsBetween(db: DeskDatabase, from: string, to: string): ComplaintRow[] {
  return db.sqlite
    .prepare(
      `SELECT id, community_id AS communityId, date, content, valid,
              CASE WHEN valid IS NULL THEN NULL ELSE COALESCE(judged_on, date) END AS judgedOn, validity_reason AS validityReason
         FROM complaints WHERE date BETWEEN ? AND ? ORDER BY date, id`,
    )
    .all(from, to) as ComplaintRow[];
}
export const complaintsBetween = memoised('complaintsBetween', ['complaints'], readComplaintsBetween);

/**
 * Which of `personIds` had a service (any kind) dated `from` … `to`: their own records first — wherever they were
 * given (DOMAIN §2: "every person in U was served" looks at the person's services, in this community or a former
 * one) — then, when `withHousehold`, for those without one, a record for a household as a whole dated while they
 * were its member (a household record has no person). Both lookups are answered from the (subject, date) indexes.
 */
function readPersonsServedBetween(db: DeskDatabase, personIds: readonly number[], from: string, to: string, withHousehold: boolean): Set<number> {
  if (personIds.length === 0) return new Set();
  const own = db.sqlite
    .prepare(
      `SELECT p.value FROM json_each($ids) p
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.person_id = p.value AND s.date BETWEEN $from AND $to)`,
    )
    .pluck()
    .all({ ids: ids(personIds), from, to }) as number[];
  const served = new Set(own);
  if (!withHousehold) return served;
  const rest = personIds.filter((id) => !served.has(id));
  if (rest.length === 0) return served;
  const viaHousehold = db.sqlite
    .prepare(
      `SELECT DISTINCT m.person_id FROM json_each($ids) p CROSS JOIN household_memberships m ON m.person_id = p.value
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.household_id = m.household_id
                         AND s.date BETWEEN MAX($from, COALESCE(m.from_date, $from)) AND MIN($to, COALESCE(m.to_date, $to)))`,
    )
    .pluck()
    .all({ ids: ids(rest), from, to }) as number[];
  for (const id of viaHousehold) served.add(id);
  return served;
}
export const personsServedBetween = memoisedSet('personsServedBetween', ['service_records', 'household_memberships'], readPersonsServedBetween);

/**
 * Households among `householdIds` with a service dated `from` … `to`, for the household or any of its members
 * (a member's record counts when dated while they were a member).
 */
function readHouseholdsServedBetween(db: DeskDatabase, householdIds: readonly number[], from: string, to: string): Set<number> {
  if (householdIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT h.value FROM json_each($ids) h
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.household_id = h.value AND s.date BETWEEN $from AND $to)
           OR EXISTS (SELECT 1 FROM household_memberships m JOIN service_records s ON s.person_id = m.person_id
                       WHERE m.household_id = h.value
                         AND s.date BETWEEN MAX($from, COALESCE(m.from_date, $from)) AND MIN($to, COALESCE(m.to_date, $to)))`,
    )
    .pluck()
    .all({ ids: ids(householdIds), from, to }) as number[];
  return new Set(rows);
}
export const householdsServedBetween = memoisedSet('householdsServedBetween', ['service_records', 'household_memberships'], readHouseholdsServedBetween);

/** Households among `householdIds` with a member on D (not archived) in an open employment spell on D. */
function readHouseholdsWithMemberEmployedOn(db: DeskDatabase, householdIds: readonly number[], asOf: string): Set<number> {
  if (householdIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT DISTINCT m.household_id FROM household_memberships m JOIN persons p ON p.id = m.person_id
        WHERE m.household_id IN (SELECT value FROM json_each($ids))
          AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = p.id AND s.start_date <= $asOf
                         AND (s.end_date IS NULL OR s.end_date >= $asOf))`,
    )
    .pluck()
    .all({ ids: ids(householdIds), asOf }) as number[];
  return new Set(rows);
}
export const householdsWithMemberEmployedOn = memoisedSet(
  'householdsWithMemberEmployedOn',
  ['persons', 'household_memberships', 'employment_spells'],
  readHouseholdsWithMemberEmployedOn,
);

export interface RecognitionOn {
  personId: number;
  recognisedOn: string;
  especiallyDifficult: 0 | 1;
}

/** Recognised difficult persons on D: recognised on or before D and not exited by D (the latest recognition each). */
function readRecognisedOn(db: DeskDatabase, asOf: string): RecognitionOn[] {
  return db.sqlite
    .prepare(
      `SELECT r.person_id AS personId, MAX(r.recognised_on) AS recognisedOn, r.especially_difficult AS especiallyDifficult
         FROM difficulty_recognitions r
        WHERE r.recognised_on IS NOT NULL AND r.recognised_on <= $asOf AND (r.exited_on IS NULL OR r.exited_on > $asOf)
        GROUP BY r.person_id ORDER BY r.person_id`,
    )
    .all({ asOf }) as RecognitionOn[];
}
export const recognisedOn = memoised('recognisedOn', ['difficulty_recognitions'], readRecognisedOn);

export interface RecognitionInPeriod {
  recognitionId: number;
  personId: number;
  recognisedOn: string;
  /** The first 即时就业承诺 record dated on or after the recognition day, up to D. */
  firstCommitmentOn: string | null;
}

/** Especially difficult persons recognised `from` … `to`, each with its first commitment record up to `to`. */
function readEspeciallyDifficultRecognisedBetween(db: DeskDatabase, from: string, to: string): RecognitionInPeriod[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS recognitionId, r.person_id AS personId, r.recognised_on AS recognisedOn,
              (SELECT s.date FROM service_records s WHERE s.person_id = r.person_id AND s.date >= r.recognised_on AND s.date <= $to
                  AND s.kind = 'commitment' ORDER BY s.date LIMIT 1) AS firstCommitmentOn
         FROM difficulty_recognitions r
        WHERE r.especially_difficult = 1 AND r.recognised_on BETWEEN $from AND $to
        ORDER BY r.recognised_on, r.id`,
    )
    .all({ from, to }) as RecognitionInPeriod[];
}
export const especiallyDifficultRecognisedBetween = memoised('especiallyDifficultRecognisedBetween', ['difficulty_recognitions', 'service_records'], readEspeciallyDifficultRecognisedBetween);

/** Persons among `personIds` with a service of one of `kinds` dated `from` … `to`. */
function readPersonsWithServiceKinds(db: DeskDatabase, personIds: readonly number[], kinds: readonly string[], from: string, to: string): Set<number> {
  if (personIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT p.value FROM json_each($ids) p
        WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.person_id = p.value AND s.date BETWEEN $from AND $to
                         AND s.kind IN (SELECT value FROM json_each($kinds)))`,
    )
    .pluck()
    .all({ ids: ids(personIds), kinds: JSON.stringify(kinds), from, to }) as number[];
  return new Set(rows);
}
export const personsWithServiceKinds = memoisedSet('personsWithServiceKinds', ['service_records'], readPersonsWithServiceKinds);
