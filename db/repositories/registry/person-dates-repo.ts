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
