/** household_flags (registry): dated flags (低保, 城镇, 经营收入) of households. */
import type { DeskDatabase } from '../../desk-database';
import { memoised } from '../../read-memo';

export type FlagName = 'dibao' | 'urban' | 'business_income';

export interface FlagRow {
  householdId: number;
  flag: FlagName;
  value: boolean;
  effectiveFrom: string | null;
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

/** Every 低保 flag row of the households that ever had the flag set, by household and entry order. */
function readDibaoFlagRows(db: DeskDatabase): { householdId: number; value: 0 | 1; effectiveFrom: string | null }[] {
  return db.sqlite
    .prepare(
      `SELECT household_id AS householdId, value, effective_from AS effectiveFrom FROM household_flags
        WHERE flag = 'dibao' AND household_id IN (SELECT household_id FROM household_flags WHERE flag = 'dibao' AND value = 1)
        ORDER BY household_id, id`,
    )
    .all() as { householdId: number; value: 0 | 1; effectiveFrom: string | null }[];
}

export const dibaoFlagRows = memoised('dibaoFlagRows', ['household_flags'], readDibaoFlagRows);

/** Flag rows [householdId, flag, value, effectiveFrom] of the households given (null = every household), by household and entry order. */
export function flagEntries(db: DeskDatabase, householdIds: readonly number[] | null): IterableIterator<[number, FlagName, 0 | 1, string | null]> {
  const where = householdIds === null ? '' : 'WHERE household_id IN (SELECT value FROM json_each(?))';
  const args = householdIds === null ? [] : [JSON.stringify(householdIds)];
  return db.sqlite
    .prepare(`SELECT household_id, flag, value, effective_from FROM household_flags ${where} ORDER BY household_id, id`)
    .raw()
    .iterate(...args) as IterableIterator<[number, FlagName, 0 | 1, string | null]>;
}

/** The households with a 城镇户口 flag recorded as 否 at some date (or undated): the only ones ever not urban. */
export function householdsEverNotUrban(db: DeskDatabase): number[] {
  return db.sqlite.prepare("SELECT DISTINCT household_id FROM household_flags WHERE flag = 'urban' AND value = 0 ORDER BY household_id").pluck().all() as number[];
}
