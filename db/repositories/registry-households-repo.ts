/** Households and their dated flags (db/schema.ts `households`, `household_flags`). */
import { and, eq } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { households } from '../schema';
import { nowIso } from '../../shared/clock';

export type FlagName = 'dibao' | 'urban' | 'business_income';

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

export interface FlagRow {
  householdId: number;
  flag: FlagName;
  value: boolean;
  effectiveFrom: string | null;
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

const columns = {
  id: households.id,
  number: households.number,
  communityId: households.communityId,
  address: households.address,
  version: households.version,
};

/** The upper bound of a prefix range: `x >= q AND x < q || MAX` uses the column's index. */
export const PREFIX_END = '\u{10FFFF}';

export function findHousehold(db: DeskDatabase, id: number): HouseholdRecordRow | null {
  const row = db.sqlite
    .prepare(
      `SELECT h.id, h.number, h.community_id AS communityId, c.name AS communityName, h.address, h.version
         FROM households h JOIN communities c ON c.id = h.community_id WHERE h.id = ?`,
    )
    .get(id) as HouseholdRecordRow | undefined;
  return row ?? null;
}

export function findHouseholdByNumber(db: DeskDatabase, number: string): HouseholdRecordRow | null {
  const row = db.sqlite
    .prepare(
      `SELECT h.id, h.number, h.community_id AS communityId, c.name AS communityName, h.address, h.version
         FROM households h JOIN communities c ON c.id = h.community_id WHERE h.number = ?`,
    )
    .get(number) as HouseholdRecordRow | undefined;
  return row ?? null;
}

export interface HouseholdValues {
  number: string;
  communityId: number;
  address: string | null;
}

export function insertHousehold(db: DeskDatabase, values: HouseholdValues): number {
  const now = nowIso();
  return db.orm.insert(households).values({ ...values, version: 0, createdAt: now, updatedAt: now }).returning(columns).get().id;
}

/** Sets address and community (either may be left out) and bumps the version; false when `expectedVersion` is stale. */
export function updateHousehold(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  values: Partial<Pick<HouseholdValues, 'address' | 'communityId'>>,
): boolean {
  const row = db.orm
    .update(households)
    .set({ ...values, version: expectedVersion + 1, updatedAt: nowIso() })
    .where(and(eq(households.id, id), eq(households.version, expectedVersion)))
    .returning(columns)
    .get();
  return row !== undefined;
}

/** Flag rows of the given households, undated first, then by date (the order the history is shown in). */
export function listFlagRows(db: DeskDatabase, householdIds: readonly number[]): FlagRow[] {
  if (householdIds.length === 0) return [];
  const rows = db.sqlite
    .prepare(
      `SELECT household_id AS householdId, flag, value, effective_from AS effectiveFrom FROM household_flags
        WHERE household_id IN (SELECT value FROM json_each(?))
        ORDER BY household_id, effective_from IS NOT NULL, effective_from, id`,
    )
    .all(JSON.stringify(householdIds)) as (Omit<FlagRow, 'value'> & { value: 0 | 1 })[];
  return rows.map((r) => ({ ...r, value: r.value === 1 }));
}

/** Writes the flag's value from `effectiveFrom` (NULL = undated), replacing a row for the same flag and date. */
export function putFlag(db: DeskDatabase, householdId: number, flag: FlagName, value: boolean, effectiveFrom: string | null): void {
  const s = db.sqlite;
  const existing = s
    .prepare('SELECT id FROM household_flags WHERE household_id = ? AND flag = ? AND effective_from IS ?')
    .pluck()
    .get(householdId, flag, effectiveFrom) as number | undefined;
  if (existing === undefined) {
    s.prepare('INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, ?, ?, ?)').run(
      householdId,
      flag,
      value ? 1 : 0,
      effectiveFrom,
    );
  } else {
    s.prepare('UPDATE household_flags SET value = ? WHERE id = ?').run(value ? 1 : 0, existing);
  }
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
