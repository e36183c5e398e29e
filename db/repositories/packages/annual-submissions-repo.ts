/**
 * `annual_submissions` (年度上报): one row per frozen year, pointing at the saved assessment run (its street row in
 * `assessments`) that the submission carries. A year with a row is frozen: the assessment services refuse to change
 * anything of it.
 */
import type { DeskDatabase } from '../../desk-database';

export interface AnnualSubmissionRow {
  id: number;
  year: number;
  assessmentId: number;
  /** JSON array of community codes. */
  recommended: string;
  /** JSON street snapshot. */
  totals: string;
  note: string | null;
  frozenBy: string;
  frozenAt: string;
}

const SELECT = `SELECT id, year, assessment_id AS assessmentId, recommended, totals, note, frozen_by AS frozenBy, frozen_at AS frozenAt
  FROM annual_submissions`;

export function findAnnualSubmission(db: DeskDatabase, year: number): AnnualSubmissionRow | null {
  return (db.sqlite.prepare(`${SELECT} WHERE year = ?`).get(year) as AnnualSubmissionRow | undefined) ?? null;
}

export function listAnnualSubmissions(db: DeskDatabase): AnnualSubmissionRow[] {
  return db.sqlite.prepare(`${SELECT} ORDER BY year DESC`).all() as AnnualSubmissionRow[];
}

/** The frozen years among `years`. */
export function frozenYearsAmong(db: DeskDatabase, years: readonly number[]): number[] {
  if (years.length === 0) return [];
  return db.sqlite.prepare('SELECT year FROM annual_submissions WHERE year IN (SELECT value FROM json_each(?)) ORDER BY year').pluck().all(JSON.stringify(years)) as number[];
}

export function insertAnnualSubmission(db: DeskDatabase, values: Omit<AnnualSubmissionRow, 'id'>): number {
  const info = db.sqlite
    .prepare('INSERT INTO annual_submissions (year, assessment_id, recommended, totals, note, frozen_by, frozen_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(values.year, values.assessmentId, values.recommended, values.totals, values.note, values.frozenBy, values.frozenAt);
  return Number(info.lastInsertRowid);
}
