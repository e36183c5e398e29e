/** persons (registry): the derived working-age dates (working_age_from, retirement_on) kept by electron/services/population. */
import type { DeskDatabase } from '../../desk-database';

// ---------------------------------------------------------------- person dates

export interface DateSubject {
  id: number;
  gender: 'M' | 'F';
  birthDate: string;
  retirementBase: number | null;
  workingAgeFrom: string | null;
  retirementOn: string | null;
}

const SUBJECT_SELECT = `SELECT id, gender, birth_date AS birthDate, retirement_base AS retirementBase,
  working_age_from AS workingAgeFrom, retirement_on AS retirementOn FROM persons`;

/** The persons among `ids`, or everyone when `ids` is null. */
export function listDateSubjects(db: DeskDatabase, ids: readonly number[] | null): DateSubject[] {
  if (ids === null) return db.sqlite.prepare(SUBJECT_SELECT).all() as DateSubject[];
  return db.sqlite.prepare(`${SUBJECT_SELECT} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as DateSubject[];
}

/** Ids of persons whose derived dates were never filled (rows from before the column existed). */
export function personsWithoutDates(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT id FROM persons WHERE retirement_on IS NULL OR working_age_from IS NULL').pluck().all() as number[];
}

/** Writes the dates of the persons given (one prepared statement). */
export function writePersonDates(db: DeskDatabase, rows: Iterable<{ id: number; workingAgeFrom: string; retirementOn: string }>): number {
  const update = db.sqlite.prepare('UPDATE persons SET working_age_from = ?, retirement_on = ? WHERE id = ?');
  let n = 0;
  for (const row of rows) {
    update.run(row.workingAgeFrom, row.retirementOn, row.id);
    n += 1;
  }
  return n;
}

// ---------------------------------------------------------------- every person's dates at once (a settings change)

/** What the derived dates depend on: persons sharing a key share their dates (a street has far fewer keys than persons). */
export interface DateKey {
  gender: 'M' | 'F';
  birthDate: string;
  retirementBase: number | null;
}

/** A key's dates under the settings now, and its retirement date under the settings before (null: no "before"). */
export interface KeyedDates extends DateKey {
  workingAgeFrom: string;
  retirementOn: string;
  retirementBefore: string | null;
}

/** Every distinct (gender, birth date, recorded base) among the persons. */
export function listDateKeys(db: DeskDatabase): DateKey[] {
  return db.sqlite.prepare('SELECT DISTINCT gender, birth_date AS birthDate, retirement_base AS retirementBase FROM persons').all() as DateKey[];
}

/** A recorded base of NULL is keyed as -1 (NULLs never join). */
const KEY_JOIN = 'k.gender = p.gender AND k.birth_date = p.birth_date AND k.base = IFNULL(p.retirement_base, -1)';

/**
 * Sets every person's dates from the dates of their key, set-based (a temp table of the keys, one UPDATE … FROM);
 * only rows whose value changes are written. Returns how many were. With `windows`, also fills
 * temp.retirement_windows (recomputeWindowsSql): for each person whose retirement date differs between the settings
 * before and now, the days on which the two disagree about their working age, from the day before the earlier date
 * (`wfrom`) to the day before the later one (`wto`).
 */
export function applyDatesByKey(db: DeskDatabase, keyed: Iterable<KeyedDates>, windows: boolean): number {
  db.sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS person_date_keys (gender TEXT NOT NULL, birth_date TEXT NOT NULL, base INTEGER NOT NULL,
    working_age_from TEXT NOT NULL, retirement_on TEXT NOT NULL, retirement_before TEXT, PRIMARY KEY (gender, birth_date, base)) WITHOUT ROWID`);
  db.sqlite.exec('DELETE FROM temp.person_date_keys');
  const insert = db.sqlite.prepare('INSERT INTO temp.person_date_keys VALUES (?, ?, ?, ?, ?, ?)');
  for (const k of keyed) insert.run(k.gender, k.birthDate, k.retirementBase ?? -1, k.workingAgeFrom, k.retirementOn, k.retirementBefore);
  if (windows) {
    db.sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS retirement_windows (person_id INTEGER PRIMARY KEY, wfrom TEXT NOT NULL, wto TEXT NOT NULL)`);
    db.sqlite.exec('DELETE FROM temp.retirement_windows');
    db.sqlite.exec(`INSERT INTO temp.retirement_windows (person_id, wfrom, wto)
      SELECT p.id, date(min(k.retirement_before, k.retirement_on), '-1 day'), date(max(k.retirement_before, k.retirement_on), '-1 day')
        FROM persons p JOIN temp.person_date_keys k ON ${KEY_JOIN} WHERE k.retirement_before <> k.retirement_on`);
  }
  // A setting moves only the retirement date: that column alone is set where only it differs, so the index of the
  // other is left alone; rows whose start of working age is wrong too (never filled) get both.
  const written =
    db.sqlite.prepare(`UPDATE persons AS p SET retirement_on = k.retirement_on FROM temp.person_date_keys AS k
      WHERE ${KEY_JOIN} AND p.working_age_from IS k.working_age_from AND p.retirement_on IS NOT k.retirement_on`).run().changes +
    db.sqlite.prepare(`UPDATE persons AS p SET working_age_from = k.working_age_from, retirement_on = k.retirement_on
      FROM temp.person_date_keys AS k WHERE ${KEY_JOIN} AND p.working_age_from IS NOT k.working_age_from`).run().changes;
  db.sqlite.exec('DELETE FROM temp.person_date_keys');
  return written;
}

/** The temp table applyDatesByKey fills with `windows` (person_id, wfrom, wto), for set-based reads in population. */
export const RETIREMENT_WINDOWS_SQL = 'temp.retirement_windows';
