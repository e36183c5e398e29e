/** unemployment_registrations (employment): a person's registrations; those open on a date or in a period; the trend's masks. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { nowIso } from '../../../shared/clock';
import type { RegistrationReason } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { END_OF_TIME, keyedRows, memoised, memoisedSet, patchedRows } from '../../read-memo';
import { unemploymentRegistrations } from '../../schema';
import { householdOnSql, personInCommunitySql } from '../registry/memberships-repo';
import { joinPersonSql } from '../registry/registry-sql';
import { firstServiceSql } from '../services/service-sql';
import type { TrendScope } from '../trend-mask-sql';
import { bind, intervalMask, MASK_SPAN } from '../trend-mask-sql';
import { findRecordById } from '../record-by-id';
import { recordsOfPerson } from '../person-records';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A row as read (the table's columns but its timestamps). */
export type RegistrationRow = RecordOf<typeof unemploymentRegistrations>;

const columns = recordColumns(unemploymentRegistrations);

export function listRegistrationsOfPerson(db: DeskDatabase, personId: number): RegistrationRow[] {
  return recordsOfPerson(db, unemploymentRegistrations, personId, [asc(unemploymentRegistrations.registeredOn)]);
}

export function findRegistration(db: DeskDatabase, id: number): RegistrationRow | null {
  return findRecordById(db, unemploymentRegistrations, id);
}

export function insertRegistration(
  db: DeskDatabase,
  values: { personId: number; registeredOn: string; reason: RegistrationReason },
): RegistrationRow {
  return insertStamped(db, unemploymentRegistrations, values).returning(columns).get();
}

/** Returns null when the registration was already cancelled. */
export function cancelRegistration(
  db: DeskDatabase,
  id: number,
  cancelledOn: string,
  cancelReason: string,
): RegistrationRow | null {
  return (
    db.orm
      .update(unemploymentRegistrations)
      .set({ cancelledOn, cancelReason, updatedAt: nowIso() })
      .where(and(eq(unemploymentRegistrations.id, id), isNull(unemploymentRegistrations.cancelledOn)))
      .returning(columns)
      .get() ?? null
  );
}

export interface RegistrationWithGuidance {
  registrationId: number;
  personId: number;
  registeredOn: string;
  cancelledOn: string | null;
  /** The first 职业指导 record dated from the registration day to D, if any. */
  firstGuidanceOn: string | null;
}

/**
 * Registrations dated `from` or later, each with its first guidance on or after the registration day (any date):
 * what registrationsWithGuidance cuts at D.
 */
function readRegistrationsWithGuidanceFrom(db: DeskDatabase, from: string, personIds: readonly number[] | null): RegistrationWithGuidance[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS registrationId, r.person_id AS personId, r.registered_on AS registeredOn, r.cancelled_on AS cancelledOn,
              ${firstServiceSql('guidance', 'r.person_id', 'r.registered_on')} AS firstGuidanceOn
         FROM ${personIds === null ? '' : '(SELECT DISTINCT value FROM json_each($ids)) j CROSS JOIN'} unemployment_registrations r ${personIds === null ? '' : 'ON r.person_id = j.value'}
        WHERE r.registered_on >= $from
        ORDER BY r.registered_on, r.id`,
    )
    .all(personIds === null ? { from } : { from, ids: JSON.stringify(personIds) }) as RegistrationWithGuidance[];
}

/**
 * Registrations dated `from` … `to` (= D), each with its first guidance from the registration day up to D, in
 * registration order. What is kept (db/read-memo.ts patchedRows) depends on `from` alone — the registrations from
 * then on with their first guidance at any date — and is cut at D here: the first guidance up to D is the first one
 * at all when it is dated D or earlier, else there is none. So another D of the same period (the assessment of an
 * earlier month) reads nothing again; after a service or a registration only that person's registrations are read
 * again and merged in their place.
 */
export function registrationsWithGuidance(db: DeskDatabase, from: string, to: string): readonly RegistrationWithGuidance[] {
  const kept = patchedRows(
    db.sqlite,
    {
      name: 'registrationsWithGuidance',
      keyed: [
        ['unemployment_registrations', 'person_id'],
        ['service_records', 'person_id'],
      ],
      params: JSON.stringify([from]),
    },
    {
      all: () => readRegistrationsWithGuidanceFrom(db, from, null),
      ofKeys: (ids) => readRegistrationsWithGuidanceFrom(db, from, ids),
      keyOf: (r) => r.personId,
      order: (a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : a.registrationId - b.registrationId),
    },
  );
  const cut: RegistrationWithGuidance[] = [];
  for (const r of kept) {
    if (r.registeredOn > to) break;
    cut.push(r.firstGuidanceOn !== null && r.firstGuidanceOn > to ? Object.freeze({ ...r, firstGuidanceOn: null }) : r);
  }
  return Object.freeze(cut);
}

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

export interface OpenRegistrationRow {
  registrationId: number;
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  registeredOn: string;
}

/**
 * Open on D: registered on or before D, not cancelled on or before D; the person not archived on D, in the community
 * of their household that day. The table is
 * read once (`+`: a range over the date index would visit nearly every row through the index).
 */
function readOpenRegistrations(db: DeskDatabase, asOf: string, communityId: number | null): OpenRegistrationRow[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS registrationId, p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId,
              r.registered_on AS registeredOn
         FROM unemployment_registrations r
         ${joinPersonSql('p', 'r.person_id', 'CROSS JOIN')} ${householdOnSql('p', '$asOf')}
        WHERE +r.registered_on <= $asOf AND (r.cancelled_on IS NULL OR r.cancelled_on > $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)`,
    )
    .all({ asOf, communityId }) as OpenRegistrationRow[];
}

export const openRegistrations = memoised('openRegistrations', ['unemployment_registrations', 'persons', 'households', 'household_memberships'], readOpenRegistrations);

export interface RegistrationFactRow {
  personId: number;
  registeredOn: string;
  reason: RegistrationReason;
  cancelledOn: string | null;
}

/** The persons' registrations dated on or before D, by person and date. */
function readRegistrationsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): RegistrationFactRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT r.person_id AS personId, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn
         FROM json_each(?) j CROSS JOIN unemployment_registrations r ON r.person_id = j.value
        WHERE r.registered_on <= ? ORDER BY r.person_id, r.registered_on`,
    )
    .all(JSON.stringify(personIds), asOf) as RegistrationFactRow[];
}

/**
 * The persons' registrations dated on or before D, by person and date: all of each person's registrations are kept
 * per person (db/read-memo.ts keyedRows; after a write only the changed ones are read again) and cut at D here, so
 * another D reads nothing again.
 */
export function registrationsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): readonly RegistrationFactRow[] {
  const all = keyedRows<RegistrationFactRow>(
    db.sqlite,
    { name: 'registrationsOf', keyed: [['unemployment_registrations', 'person_id']], params: '' },
    personIds,
    (r) => r.personId,
    (keys) => readRegistrationsOf(db, keys, END_OF_TIME),
  );
  return all.filter((r) => r.registeredOn <= asOf);
}

/** The persons' registrations dated on or before D, read now in one query (nothing kept): what registrationsOf answers. */
export function readRegistrationsOfOn(db: DeskDatabase, personIds: readonly number[], asOf: string): RegistrationFactRow[] {
  return readRegistrationsOf(db, personIds, asOf);
}

/**
 * Unemployment registrations open on at least one date (registered ≤ d, not cancelled on or before d): personId ×
 * MASK_SPAN + those dates; a person may appear more than once. The caller keeps the dates the person belongs to the
 * scope (membershipMasks), as the snapshot counts RU in a household on D.
 */
export function registrationMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT r.person_id * ${MASK_SPAN} + ${intervalMask(scope, 'r.registered_on', 'r.cancelled_on', false)} FROM unemployment_registrations r
        WHERE r.registered_on <= $last AND (r.cancelled_on IS NULL OR r.cancelled_on > $first) AND ${personInCommunitySql('r.person_id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

export interface RegisteredCountParams {
  asOf: string;
  /** An open registration from this date or earlier is long-term on D. */
  longTermRegisteredBy: string;
  communityId: number | null;
}

/** One community's registered unemployed on D (its share of the street snapshot, population/street-snapshot-repo.ts). */
export interface RegisteredCounts {
  cid: number;
  registeredUnemployed: number;
  longTermUnemployed: number;
}

/**
 * Open registrations on D (any person in the street that day, as DOMAIN §3 defines RU), the earliest open one
 * deciding long-term; counted in the community of the person's household on D.
 */
const REGISTERED_COUNTS_SQL = `
SELECT h.community_id AS cid, COUNT(*) AS registeredUnemployed, SUM(r.first <= $longTermRegisteredBy) AS longTermUnemployed
  FROM (SELECT person_id, MIN(registered_on) AS first FROM unemployment_registrations
         WHERE registered_on <= $asOf AND (cancelled_on IS NULL OR cancelled_on > $asOf) GROUP BY person_id) r
  ${joinPersonSql('p', 'r.person_id', 'CROSS JOIN')} ${householdOnSql('p', '$asOf')}
 WHERE $communityId IS NULL OR h.community_id = $communityId
 GROUP BY h.community_id`;

export function registeredCountsByCommunity(db: DeskDatabase, params: RegisteredCountParams): RegisteredCounts[] {
  const { asOf, longTermRegisteredBy, communityId } = params;
  return db.sqlite.prepare(REGISTERED_COUNTS_SQL).all({ asOf, longTermRegisteredBy, communityId }) as RegisteredCounts[];
}

/** Registrations [personId, registeredOn, cancelledOn] of the persons given (null = everyone), by person and date. */
export function registrationIntervals(db: DeskDatabase, personIds: readonly number[] | null): IterableIterator<[number, string, string | null]> {
  const where = personIds === null ? '' : 'WHERE person_id IN (SELECT value FROM json_each(?))';
  const args = personIds === null ? [] : [JSON.stringify(personIds)];
  return db.sqlite
    .prepare(`SELECT person_id, registered_on, cancelled_on FROM unemployment_registrations ${where} ORDER BY person_id, registered_on`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string, string | null]>;
}
