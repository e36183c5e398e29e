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

/** A key's dates under the settings (`workingAgeFrom` and `retirementOn`, for every person of the key). */
export interface KeyedDates extends DateKey {
  workingAgeFrom: string;
  retirementOn: string;
}

/** Every distinct (gender, birth date, recorded base) among the persons. */
export function listDateKeys(db: DeskDatabase): DateKey[] {
  return db.sqlite.prepare('SELECT DISTINCT gender, birth_date AS birthDate, retirement_base AS retirementBase FROM persons').all() as DateKey[];
}

/** A recorded base of NULL is keyed as -1 (NULLs never join). */
const KEY_JOIN = 'k.gender = p.gender AND k.birth_date = p.birth_date AND k.base = IFNULL(p.retirement_base, -1)';

/**
 * Sets every person's dates from the dates of their key, set-based (a temp table of the keys, one UPDATE … FROM);
 * only rows whose value changes are written. Returns how many were.
 */
export function applyDatesByKey(db: DeskDatabase, keyed: Iterable<KeyedDates>): number {
  db.sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS person_date_keys (gender TEXT NOT NULL, birth_date TEXT NOT NULL, base INTEGER NOT NULL,
    working_age_from TEXT NOT NULL, retirement_on TEXT NOT NULL, PRIMARY KEY (gender, birth_date, base)) WITHOUT ROWID`);
  db.sqlite.exec('DELETE FROM temp.person_date_keys');
  const insert = db.sqlite.prepare('INSERT INTO temp.person_date_keys VALUES (?, ?, ?, ?, ?)');
  for (const k of keyed) insert.run(k.gender, k.birthDate, k.retirementBase ?? -1, k.workingAgeFrom, k.retirementOn);
  const written = applyBothDates(db);
  db.sqlite.exec('DELETE FROM temp.person_date_keys');
  return written;
}

/** Both dates, where they differ; the retirement date alone where only it does (the other column's index left alone). */
function applyBothDates(db: DeskDatabase): number {
  return (
    db.sqlite
      .prepare(`UPDATE persons AS p SET retirement_on = k.retirement_on FROM temp.person_date_keys AS k
        WHERE ${KEY_JOIN} AND p.working_age_from IS k.working_age_from AND p.retirement_on IS NOT k.retirement_on`)
      .run().changes +
    db.sqlite
      .prepare(`UPDATE persons AS p SET working_age_from = k.working_age_from, retirement_on = k.retirement_on
        FROM temp.person_date_keys AS k WHERE ${KEY_JOIN} AND p.working_age_from IS NOT k.working_age_from`)
      .run().changes
  );
}

// ---------------------------------------------------------------- every person's retirement date after a settings change

/** The first and last birth month (`YYYY-MM`) among the persons; null when there are none. */
export function birthMonthRange(db: DeskDatabase): { first: string; last: string } | null {
  const row = db.sqlite.prepare('SELECT substr(min(birth_date), 1, 7) AS first, substr(max(birth_date), 1, 7) AS last FROM persons').get() as {
    first: string | null;
    last: string | null;
  };
  return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
}

/**
 * The retirement age in months (shared/domain/population/retirement.ts retirementAgeMonthsOf) of the persons of one
 * gender, recorded base (null: none, or one that is not 50 or 55) and birth month (`YYYY-MM`), under the settings
 * now and before a change.
 */
export interface RetirementMonths {
  gender: 'M' | 'F';
  base: 50 | 55 | null;
  month: string;
  now: number;
  before: number;
}

/** A person's key in temp.retirement_months (any gender but 'M' retires as a woman; a base other than 50 or 55 is none). */
const MONTH_JOIN = `k.gender = (CASE WHEN p.gender = 'M' THEN 'M' ELSE 'F' END)
  AND k.base = (CASE WHEN p.retirement_base IN (50, 55) THEN p.retirement_base ELSE -1 END)
  AND k.month = substr(p.birth_date, 1, 7)`;

/** The birth date plus a number of months, clamped to the end of the month (as shared/domain/dates.ts addMonthsClamped). */
const plusMonthsSql = (months: string) => `date(p.birth_date, '+' || ${months} || ' months', 'floor')`;

/**
 * After a settings change: every person's retirement date, the birth date plus the retirement age in months of their
 * gender, base and birth month (`months` covers every birth month of the persons), computed and compared in one pass
 * over the persons (the dates in SQL, each once: a materialised CTE). Only rows whose value changes are written;
 * returns how many were. Also fills temp.retirement_windows: for each person whose retirement date differs between
 * the settings before and now, the days on which the two disagree about their working age, from the day before the
 * earlier date (`wfrom`) to the day before the later one (`wto`), and the date under the settings before (`before_on`).
 */
export function applyRetirementMonths(db: DeskDatabase, months: readonly RetirementMonths[]): number {
  db.sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS retirement_months (gender TEXT NOT NULL, base INTEGER NOT NULL, month TEXT NOT NULL,
    now INTEGER NOT NULL, before INTEGER NOT NULL, PRIMARY KEY (gender, base, month)) WITHOUT ROWID`);
  db.sqlite.exec('DELETE FROM temp.retirement_months');
  db.sqlite
    .prepare("INSERT INTO temp.retirement_months SELECT value->>'$.gender', IFNULL(value->>'$.base', -1), value->>'$.month', value->>'$.now', value->>'$.before' FROM json_each(?)")
    .run(JSON.stringify(months));
  db.sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS retirement_windows (person_id INTEGER PRIMARY KEY, retirement_on TEXT NOT NULL, wfrom TEXT, wto TEXT, before_on TEXT)`);
  db.sqlite.exec('DELETE FROM temp.retirement_windows');
  db.sqlite.exec(`INSERT INTO temp.retirement_windows (person_id, retirement_on, wfrom, wto, before_on)
    WITH dated AS MATERIALIZED (
      SELECT p.id, p.retirement_on AS stored, ${plusMonthsSql('k.now')} AS now,
             CASE WHEN k.before <> k.now THEN ${plusMonthsSql('k.before')} END AS before
        FROM persons p JOIN temp.retirement_months k ON ${MONTH_JOIN})
    SELECT id, now, date(min(before, now), '-1 day'), date(max(before, now), '-1 day'), before FROM dated
     WHERE before IS NOT NULL OR stored IS NOT now`);
  db.sqlite.exec('DELETE FROM temp.retirement_months');
  const update = () =>
    db.sqlite
      .prepare(`UPDATE persons AS p SET retirement_on = w.retirement_on FROM temp.retirement_windows AS w
        WHERE p.id = w.person_id AND p.retirement_on IS NOT w.retirement_on`)
      .run().changes;
  const toWrite = db.sqlite.prepare('SELECT count(*) FROM temp.retirement_windows').pluck().get() as number;
  const written = toWrite > 0 && toWrite * REBUILD_SHARE > personCount(db) ? withoutRetirementIndex(db, update) : update();
  db.sqlite.exec('DELETE FROM temp.retirement_windows WHERE wfrom IS NULL');
  return written;
}

/**
 * Rewriting a large share of the persons' retirement dates costs more in the updates of persons_retirement_on_idx
 * (one delete and one insert per row) than building that index afresh from the written table; above this share
 * (1 / REBUILD_SHARE of the persons) the index is dropped and recreated around the update, in the caller's
 * transaction (a rollback restores it), from its own stored definition so the schema ends exactly as it was.
 */
const REBUILD_SHARE = 5;
const RETIREMENT_INDEX = 'persons_retirement_on_idx';

function personCount(db: DeskDatabase): number {
  return db.sqlite.prepare('SELECT count(*) FROM persons').pluck().get() as number;
}

function withoutRetirementIndex(db: DeskDatabase, update: () => number): number {
  const definition = db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(RETIREMENT_INDEX) as
    | string
    | null
    | undefined;
  if (typeof definition !== 'string') return update();
  db.sqlite.exec(`DROP INDEX ${RETIREMENT_INDEX}`);
  const written = update();
  db.sqlite.exec(definition);
  return written;
}

/** The temp table applyRetirementMonths fills (person_id, retirement_on, wfrom, wto, before_on), for set-based reads in population. */
export const RETIREMENT_WINDOWS_SQL = 'temp.retirement_windows';
