/**
 * Dated household membership (db/schema.ts `household_memberships`, DOMAIN §2): the only owner of the table.
 * `persons.household_id` / `relation` mirror each person's latest period (the registry keeps them in step).
 *
 * DOMAIN rule, for every read as of a date D: a person belongs to the household (and through it the community) of
 * the period that contains D, and to none when no period does (not yet in the street, or gone). So the community of
 * a person on D, a household's members on D and the head of a household on D all come from here, never from
 * `persons.household_id`.
 */
import type { Relation } from '../../../shared/domain/population/types';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { memoised, memoisedSet } from '../../read-memo';
import { joinCommunitySql } from '../communities/community-sql';
import { employedOnSql } from '../employment/employment-sql';
import { auditedUpdatesSql } from '../system/audit-repo';
import type { TrendScope } from '../trend-mask-sql';
import { bind, intervalMask, MASK_SPAN } from '../trend-mask-sql';

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

export const INSERT_MEMBERSHIP_SQL = 'INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, ?, ?, ?)';

export function insertMembership(db: DeskDatabase, values: MembershipValues): number {
  const result = db.sqlite
    .prepare(INSERT_MEMBERSHIP_SQL)
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
         FROM household_memberships m JOIN households h ON h.id = m.household_id ${joinCommunitySql('c', 'h.community_id')}
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

export interface MemberRow {
  id: number;
  name: string;
  /** The relation during this membership period. */
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other';
  gender: 'M' | 'F';
  birthDate: string;
  idNumber: string;
  archivedOn: string | null;
  /** The membership period: first and last day (null = open). */
  memberFrom: string | null;
  memberTo: string | null;
}

/** Everyone who ever belonged to the household: one row per membership period, head first, then by relation and age. */
export function listMemberPeriods(db: DeskDatabase, householdId: number): MemberRow[] {
  return db.sqlite
    .prepare(
      `SELECT p.id, p.name, m.relation, p.gender, p.birth_date AS birthDate, p.id_number AS idNumber, p.archived_on AS archivedOn,
              m.from_date AS memberFrom, m.to_date AS memberTo
         FROM household_memberships m JOIN persons p ON p.id = m.person_id WHERE m.household_id = ?
        ORDER BY m.to_date IS NULL DESC,
                 CASE m.relation WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 WHEN 'parent' THEN 2 WHEN 'child' THEN 3 ELSE 4 END,
                 p.birth_date, p.id, m.from_date`,
    )
    .all(householdId) as MemberRow[];
}

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

export interface MemberOnRow {
  personId: number;
  householdId: number;
}

/** The members on D of the households given (dated membership). */
function readMembersOf(db: DeskDatabase, householdIds: readonly number[], asOf: string): MemberOnRow[] {
  return rowsForIds<MemberOnRow>(
    db,
    `SELECT m.person_id AS personId, m.household_id AS householdId
       FROM json_each($ids) j CROSS JOIN household_memberships m ON m.household_id = j.value
      WHERE (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)`,
    householdIds,
    { asOf },
  );
}

export const membersOf = memoised('membersOf', ['household_memberships'], readMembersOf);

const ids = (values: Iterable<number>) => JSON.stringify([...values]);

/** Households among `householdIds` with a member on D (not archived) in an open employment spell on D. */
function readHouseholdsWithMemberEmployedOn(db: DeskDatabase, householdIds: readonly number[], asOf: string): Set<number> {
  if (householdIds.length === 0) return new Set();
  const rows = db.sqlite
    .prepare(
      `SELECT DISTINCT m.household_id FROM household_memberships m JOIN persons p ON p.id = m.person_id
        WHERE m.household_id IN (SELECT value FROM json_each($ids))
          AND (m.from_date IS NULL OR m.from_date <= $asOf) AND (m.to_date IS NULL OR m.to_date >= $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ${employedOnSql('p.id', '$asOf')}`,
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

/** Persons who belonged to a household of the community on some date (membershipMasks says on which). */
export const personInCommunitySql = (personColumn: string): string =>
  `($communityId IS NULL OR ${personColumn} IN (SELECT m.person_id FROM household_memberships m JOIN households h ON h.id = m.household_id
                                                 WHERE h.community_id = $communityId))`;

/**
 * The dates on which persons belong to the scope (DOMAIN §2, dated membership): for the street, only the persons
 * whose membership is dated (everyone else belongs on every date); for a community, everyone who ever belonged to
 * one of its households (anyone else never does). personId × MASK_SPAN + dates; a person may appear more than once.
 */
export function membershipMasks(db: DeskDatabase, scope: TrendScope): number[] {
  const mask = intervalMask(scope, "COALESCE(m.from_date, '0000-01-01')", 'm.to_date', true);
  const where =
    scope.communityId === null
      ? `m.person_id IN (SELECT person_id FROM household_memberships WHERE from_date IS NOT NULL OR to_date IS NOT NULL)`
      : `m.household_id IN (SELECT id FROM households WHERE community_id = $communityId)`;
  return db.sqlite
    .prepare(`SELECT m.person_id * ${MASK_SPAN} + ${mask} FROM household_memberships m WHERE ${where}`)
    .pluck()
    .all(bind(scope)) as number[];
}

/** One side of a move: the household and its community (named as the move's audit recorded them, when it did). */
export interface MovePlace {
  householdId: number | null;
  householdNumber: string | null;
  communityId: number | null;
  communityName: string | null;
}

export interface TimelineMoveRow {
  /** The first day in the new household. */
  movedOn: string;
  /** null: an arrival from outside the street (the first membership period begins on a date). */
  from: MovePlace | null;
  to: MovePlace;
  /** The relation to the head in the new household. */
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other';
}

interface MoveDbRow {
  movedOn: string;
  relation: TimelineMoveRow['relation'];
  fromHouseholdId: number | null;
  fromHouseholdNumber: string | null;
  fromCommunityId: number | null;
  fromCommunityName: string | null;
  toHouseholdId: number;
  toHouseholdNumber: string;
  toCommunityId: number;
  toCommunityName: string;
}

/**
 * The person's moves, from their membership periods (household_memberships): each period that begins on a date,
 * with the household of the period before it (none: an arrival from outside). Communities are named as the move's
 * audit event recorded them on the day, when there is one (a community renamed later does not rewrite the history),
 * else as they are named now.
 */
export function listMovesOfPerson(db: DeskDatabase, personId: number): TimelineMoveRow[] {
  const rows = db.sqlite
    .prepare(
      `WITH audited AS (
         SELECT json_extract(a.after, '$.movedOn') AS movedOn, json_extract(a.after, '$.householdId') AS toHouseholdId,
                json_extract(a.before, '$.communityName') AS fromCommunityName, json_extract(a.after, '$.communityName') AS toCommunityName
           FROM (${auditedUpdatesSql('person', '$key')}) a
          WHERE json_extract(a.after, '$.movedOn') IS NOT NULL)
       SELECT m.from_date AS movedOn, m.relation,
              prev.household_id AS fromHouseholdId, fh.number AS fromHouseholdNumber, fh.community_id AS fromCommunityId,
              COALESCE((SELECT au.fromCommunityName FROM audited au WHERE au.movedOn = m.from_date AND au.toHouseholdId = m.household_id), fc.name) AS fromCommunityName,
              m.household_id AS toHouseholdId, th.number AS toHouseholdNumber, th.community_id AS toCommunityId,
              COALESCE((SELECT au.toCommunityName FROM audited au WHERE au.movedOn = m.from_date AND au.toHouseholdId = m.household_id), tc.name) AS toCommunityName
         FROM household_memberships m
         JOIN households th ON th.id = m.household_id ${joinCommunitySql('tc', 'th.community_id')}
         LEFT JOIN household_memberships prev ON prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day')
         LEFT JOIN households fh ON fh.id = prev.household_id ${joinCommunitySql('fc', 'fh.community_id', 'LEFT JOIN')}
        WHERE m.person_id = $personId AND m.from_date IS NOT NULL
        ORDER BY m.from_date`,
    )
    .all({ personId, key: String(personId) }) as MoveDbRow[];
  return rows.map((r) => ({
    movedOn: r.movedOn,
    relation: r.relation,
    from:
      r.fromHouseholdId === null
        ? null
        : { householdId: r.fromHouseholdId, householdNumber: r.fromHouseholdNumber, communityId: r.fromCommunityId, communityName: r.fromCommunityName },
    to: { householdId: r.toHouseholdId, householdNumber: r.toHouseholdNumber, communityId: r.toCommunityId, communityName: r.toCommunityName },
  }));
}
