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
import type { DeskDatabase } from '../desk-database';
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
 * SQL: the id of the household the person (in column `personId`, of `persons` alias `person`) belongs to on `date`,
 * NULL when none. A person whose membership is not dated has one period, in `persons.household_id`, on every date
 * (the registry and the imports keep it so), so only the few dated persons — found through the partial index — are
 * looked up in their periods: a street-wide read pays almost nothing for the dates.
 */
export function householdIdOnSql(person: string, date: string): string {
  return `CASE WHEN ${person}.id IN (SELECT person_id FROM household_memberships INDEXED BY memberships_dated_idx
                                      WHERE from_date IS NOT NULL OR to_date IS NOT NULL)
               THEN (SELECT dm.household_id FROM household_memberships dm WHERE dm.person_id = ${person}.id
                        AND (dm.from_date IS NULL OR dm.from_date <= ${date}) AND (dm.to_date IS NULL OR dm.to_date >= ${date}))
               ELSE ${person}.household_id END`;
}

/**
 * SQL joining the households table as `h` (by default) to the `persons` row aliased `person`, through its
 * membership on `date` (a parameter or column): an inner join, so a person in no household that day drops out.
 * CROSS JOIN keeps the caller's tables outermost.
 */
export function householdOnSql(person: string, date: string, options: { h?: string } = {}): string {
  return `CROSS JOIN households ${options.h ?? 'h'} ON ${options.h ?? 'h'}.id = ${householdIdOnSql(person, date)}`;
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
function readCommunitiesOnDates(db: DeskDatabase, pairs: readonly (readonly [number, string])[]): number[] {
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
export const communitiesOnDates = memoised('communitiesOnDates', ['households', 'household_memberships'], readCommunitiesOnDates);

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
      `SELECT h.id AS householdId, h.number AS householdNumber, m.relation, c.id AS communityId, c.name AS communityName
         FROM household_memberships m JOIN households h ON h.id = m.household_id JOIN communities c ON c.id = h.community_id
        WHERE m.person_id = $pid AND (m.from_date IS NULL OR m.from_date <= $date) AND (m.to_date IS NULL OR m.to_date >= $date)`,
    )
    .get({ pid: personId, date }) as PlaceOn | undefined;
  return row ?? null;
}

/**
 * Persons for whom `persons.household_id` / `relation` do not mirror their periods as every as-of read assumes
 * (householdIdOnSql): without any period; not dated but not exactly one period in that household with that
 * relation; dated but the latest period elsewhere. Empty on a sound database (a test and `check` read it).
 */
export function membershipMirrorProblems(db: DeskDatabase): number[] {
  return db.sqlite
    .prepare(
      `SELECT p.id FROM persons p
        WHERE NOT EXISTS (SELECT 1 FROM household_memberships m WHERE m.person_id = p.id)
           OR (p.id NOT IN (SELECT person_id FROM household_memberships INDEXED BY memberships_dated_idx WHERE from_date IS NOT NULL OR to_date IS NOT NULL)
               AND ((SELECT COUNT(*) FROM household_memberships m WHERE m.person_id = p.id) <> 1
                    OR NOT EXISTS (SELECT 1 FROM household_memberships m WHERE m.person_id = p.id AND m.household_id = p.household_id AND m.relation = p.relation)))
           OR p.household_id IS NOT (SELECT m.household_id FROM household_memberships m WHERE m.person_id = p.id
                                     ORDER BY m.from_date IS NOT NULL DESC, m.from_date DESC LIMIT 1)
        ORDER BY p.id`,
    )
    .pluck()
    .all() as number[];
}
