/** households (registry): a household's row, the paged list, ids. */
import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { households } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import { updateAtVersion } from '../versioned-update';
import { recordColumns } from '../record-columns';
import { insertStamped } from '../insert-stamped';

export interface HouseholdRecordRow {
  id: number;
  number: string;
  communityId: number;
  communityName: string;
  address: string | null;
  version: number;
}

export interface HouseholdListRow {
  id: number;
  number: string;
  address: string | null;
  communityId: number;
  memberCount: number;
  headName: string | null;
  version: number;
}

const columns = recordColumns(households);

/** The upper bound of a prefix range: `x >= q AND x < q || MAX` uses the column's index. */
export const PREFIX_END = '\u{10FFFF}';

function findHouseholdWhere(db: DeskDatabase, where: string, value: number | string): HouseholdRecordRow | null {
  const row = db.sqlite
    .prepare(
      `SELECT h.id, h.number, h.community_id AS communityId, c.name AS communityName, h.address, h.version
         FROM households h ${joinCommunitySql('c', 'h.community_id')} WHERE ${where}`,
    )
    .get(value) as HouseholdRecordRow | undefined;
  return row ?? null;
}

export function findHousehold(db: DeskDatabase, id: number): HouseholdRecordRow | null {
  return findHouseholdWhere(db, 'h.id = ?', id);
}

export function findHouseholdByNumber(db: DeskDatabase, number: string): HouseholdRecordRow | null {
  return findHouseholdWhere(db, 'h.number = ?', number);
}

export interface HouseholdValues {
  number: string;
  communityId: number;
  address: string | null;
}

export function insertHousehold(db: DeskDatabase, values: HouseholdValues): number {
  return insertStamped(db, households, { ...values, version: 0 }).returning(columns).get().id;
}

/** Sets address and community (either may be left out) and bumps the version; false when `expectedVersion` is stale. */
export function updateHousehold(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: Partial<Pick<HouseholdValues, 'address' | 'communityId'>>,
): boolean {
  return updateAtVersion(db, households, id, expectedVersion, values).returning(columns).get() !== undefined;
}

/**
 * `query`: household number prefix, part of the address, or the prefix of the current head's name. The list shows
 * the household as it is now: its current members (an open membership period) and head.
 */
function listFilter(query: string | null): string {
  if (query === null) return '';
  return `AND (h.number >= @q AND h.number < @qEnd
           OR instr(h.address, @q) > 0
           OR EXISTS (SELECT 1 FROM household_memberships m JOIN persons p ON p.id = m.person_id
                       WHERE m.household_id = h.id AND m.relation = 'head' AND m.to_date IS NULL
                         AND p.name >= @q AND p.name < @qEnd))`;
}

export function countHouseholds(db: DeskDatabase, communityId: number, query: string | null): number {
  return Number(
    db.sqlite
      .prepare(`SELECT COUNT(*) FROM households h WHERE h.community_id = @communityId ${listFilter(query)}`)
      .pluck()
      .get({ communityId, ...queryParams(query) }),
  );
}

/** One page in household-number order; member counts and head names are computed for the page's rows only. */
export function pageHouseholds(db: DeskDatabase, communityId: number, query: string | null, offset: number, limit: number): HouseholdListRow[] {
  return db.sqlite
    .prepare(
      `WITH page AS (
         SELECT h.id FROM households h WHERE h.community_id = @communityId ${listFilter(query)}
          ORDER BY h.number LIMIT @limit OFFSET @offset)
       SELECT h.id, h.number, h.address, h.community_id AS communityId, h.version,
              (SELECT COUNT(*) FROM household_memberships m WHERE m.household_id = h.id AND m.to_date IS NULL) AS memberCount,
              (SELECT p.name FROM household_memberships m JOIN persons p ON p.id = m.person_id
                WHERE m.household_id = h.id AND m.relation = 'head' AND m.to_date IS NULL ORDER BY p.id LIMIT 1) AS headName
         FROM page JOIN households h ON h.id = page.id ORDER BY h.number`,
    )
    .all({ communityId, limit, offset, ...queryParams(query) }) as HouseholdListRow[];
}

function queryParams(query: string | null): Record<string, string> {
  return query === null ? {} : { q: query, qEnd: query + PREFIX_END };
}

/** The households among `ids` that exist, in id order. */
export function existingHouseholdIds(db: DeskDatabase, ids: readonly number[]): number[] {
  return db.sqlite.prepare('SELECT id FROM households WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(ids)) as number[];
}

/** Every household, in id order. */
export function allHouseholdIds(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT id FROM households ORDER BY id').pluck().all() as number[];
}

export function householdExists(db: DeskDatabase, id: number): boolean {
  return db.orm.select({ id: households.id }).from(households).where(eq(households.id, id)).get() !== undefined;
}
