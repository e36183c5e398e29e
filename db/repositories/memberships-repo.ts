/**
 * Dated household membership (db/schema.ts `household_memberships`, DOMAIN §2): the only owner of the table.
 * `persons.household_id` / `relation` mirror each person's latest period (the registry keeps them in step).
 *
 * DOMAIN rule, for every read as of a date D: a person belongs to the household (and through it the community) of
 * the period that contains D, and to none when no period does (not yet in the street, or gone). So the community of
 * a person on D, a household's members on D and the head of a household on D all come from here, never from
 * `persons.household_id`.
 */
import type { Relation } from '../../shared/domain/population/types';
import type { DeskDatabase } from '../open-database';
import { memoised } from '../read-memo';

export interface MembershipRow {
  id: number;
  personId: number;
  householdId: number;
  relation: Relation;
  fromDate: string | null;
  toDate: string | null;
}

/**
 * SQL joining the households table as `h` (by default) to the person in column `personId` through the membership
 * in force on `date` (a parameter or column): an inner join, so a person in no household that day drops out.
 * The (person, from, to, household) index answers it without reading the table.
 */
export function householdOnSql(personId: string, date: string, options: { h?: string; cross?: boolean } = {}): string {
  const h = options.h ?? 'h';
  const m = `${h}_m`;
  // CROSS JOIN keeps the caller's tables outermost: left to itself the planner may walk all the memberships first.
  const join = options.cross ? 'CROSS JOIN' : 'JOIN';
  return `${join} household_memberships ${m} ON ${m}.person_id = ${personId}
                AND (${m}.from_date IS NULL OR ${m}.from_date <= ${date}) AND (${m}.to_date IS NULL OR ${m}.to_date >= ${date})
          ${join} households ${h} ON ${h}.id = ${m}.household_id`;
}

/** SQL condition: person `personId` is a member of household `householdId` on `date`, with the relation given (optional). */
export function memberOnSql(personId: string, householdId: string, date: string, relation?: string): string {
  return `EXISTS (SELECT 1 FROM household_memberships mo WHERE mo.person_id = ${personId} AND mo.household_id = ${householdId}
                     AND (mo.from_date IS NULL OR mo.from_date <= ${date}) AND (mo.to_date IS NULL OR mo.to_date >= ${date})
                     ${relation === undefined ? '' : `AND mo.relation = ${relation}`})`;
}

const SELECT = `SELECT id, person_id AS personId, household_id AS householdId, relation, from_date AS fromDate, to_date AS toDate
  FROM household_memberships`;
const ORDER = 'ORDER BY person_id, from_date IS NOT NULL, from_date, id';

export function membershipsOfPerson(db: DeskDatabase, personId: number): MembershipRow[] {
  return db.sqlite.prepare(`${SELECT} WHERE person_id = ? ${ORDER}`).all(personId) as MembershipRow[];
}

/** Every period of the persons given, by person then date. */
export function membershipsOfPersons(db: DeskDatabase, personIds: readonly number[]): MembershipRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite.prepare(`${SELECT} WHERE person_id IN (SELECT value FROM json_each(?)) ${ORDER}`).all(JSON.stringify(personIds)) as MembershipRow[];
}

/** Every period spent in the households given (former members included), by person then date. */
export function membershipsInHouseholds(db: DeskDatabase, householdIds: readonly number[]): MembershipRow[] {
  if (householdIds.length === 0) return [];
  return db.sqlite
    .prepare(`${SELECT} WHERE household_id IN (SELECT value FROM json_each(?)) ${ORDER}`)
    .all(JSON.stringify(householdIds)) as MembershipRow[];
}

/** Every period of the street, by household then person then date (a bulk recompute reads it once). */
export function allMemberships(db: DeskDatabase): MembershipRow[] {
  return db.sqlite.prepare(`${SELECT} ORDER BY household_id, person_id, from_date IS NOT NULL, from_date, id`).all() as MembershipRow[];
}

/** The households the persons ever belonged to. */
export function householdsEverOf(db: DeskDatabase, personIds: readonly number[]): number[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare('SELECT DISTINCT household_id FROM household_memberships WHERE person_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(personIds)) as number[];
}

export interface HeadPeriod {
  personId: number;
  name: string;
  fromDate: string | null;
  toDate: string | null;
}

/** The periods in which someone is the household's 户主. */
export function headPeriods(db: DeskDatabase, householdId: number): HeadPeriod[] {
  return db.sqlite
    .prepare(
      `SELECT m.person_id AS personId, p.name, m.from_date AS fromDate, m.to_date AS toDate
         FROM household_memberships m JOIN persons p ON p.id = m.person_id
        WHERE m.household_id = ? AND m.relation = 'head' ORDER BY m.from_date IS NOT NULL, m.from_date, m.id`,
    )
    .all(householdId) as HeadPeriod[];
}

export interface MembershipValues {
  personId: number;
  householdId: number;
  relation: Relation;
  fromDate: string | null;
  toDate: string | null;
}

export function insertMembership(db: DeskDatabase, values: MembershipValues): number {
  const result = db.sqlite
    .prepare('INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, ?, ?, ?)')
    .run(values.personId, values.householdId, values.relation, values.fromDate, values.toDate);
  return Number(result.lastInsertRowid);
}

export function updateMembership(db: DeskDatabase, id: number, change: { relation?: Relation; toDate?: string | null }): void {
  const row = db.sqlite.prepare('SELECT relation, to_date AS toDate FROM household_memberships WHERE id = ?').get(id) as
    | { relation: Relation; toDate: string | null }
    | undefined;
  if (!row) return;
  db.sqlite
    .prepare('UPDATE household_memberships SET relation = ?, to_date = ? WHERE id = ?')
    .run(change.relation ?? row.relation, change.toDate === undefined ? row.toDate : change.toDate, id);
}

/** Removes a person's periods (before writing the history again, e.g. from an imported 移户记录). */
export function deleteMembershipsOf(db: DeskDatabase, personIds: readonly number[]): void {
  if (personIds.length === 0) return;
  db.sqlite.prepare('DELETE FROM household_memberships WHERE person_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(personIds));
}

/**
 * The periods of every person whose membership is dated (a move, a later arrival, 迁出), as [personId, householdId,
 * from, to]: the few persons for whom `persons.household_id` is not their household on every date. Read through the
 * partial index on dated periods.
 */
function readDatedMemberships(db: DeskDatabase): [number, number, string | null, string | null][] {
  return db.sqlite
    .prepare(
      `SELECT person_id, household_id, from_date, to_date FROM household_memberships
        WHERE person_id IN (SELECT person_id FROM household_memberships INDEXED BY memberships_dated_idx
                             WHERE from_date IS NOT NULL OR to_date IS NOT NULL)`,
    )
    .raw()
    .all() as [number, number, string | null, string | null][];
}
export const datedMemberships = memoised('datedMemberships', ['household_memberships'], readDatedMemberships);

/**
 * The community of each [personId, date] on that date (0 when the person belongs to no household then), in the
 * order given.
 */
export function communitiesOnDates(db: DeskDatabase, pairs: readonly (readonly [number, string])[]): number[] {
  if (pairs.length === 0) return [];
  const rows = db.sqlite
    .prepare(
      `SELECT j.key AS k, (SELECT h.community_id FROM household_memberships m JOIN households h ON h.id = m.household_id
                             WHERE m.person_id = j.value ->> 0 AND (m.from_date IS NULL OR m.from_date <= j.value ->> 1)
                               AND (m.to_date IS NULL OR m.to_date >= j.value ->> 1) LIMIT 1) AS c
         FROM json_each(?) j`,
    )
    .raw()
    .all(JSON.stringify(pairs)) as [number, number | null][];
  const out = new Array<number>(pairs.length).fill(0);
  for (const [k, c] of rows) out[k] = c ?? 0;
  return out;
}

export interface PlaceOn {
  householdId: number;
  householdNumber: string;
  relation: Relation;
  communityId: number;
  communityName: string;
}

/** Where the person lived on the date: household, relation then, community; null when in no household that day. */
export function placeOn(db: DeskDatabase, personId: number, date: string): PlaceOn | null {
  const row = db.sqlite
    .prepare(
      `SELECT h.id AS householdId, h.number AS householdNumber, h_m.relation, c.id AS communityId, c.name AS communityName
         FROM (SELECT $pid AS pid) x ${householdOnSql('x.pid', '$date', { cross: true })} JOIN communities c ON c.id = h.community_id`,
    )
    .get({ pid: personId, date }) as PlaceOn | undefined;
  return row ?? null;
}
