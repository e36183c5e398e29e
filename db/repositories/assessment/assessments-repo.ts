/** assessments (assessment): saved assessment runs. */
import type { DeskDatabase } from '../../desk-database';

export interface SavedRowValues {
  standardRowId: number;
  communityId: number | null;
  periodFrom: string;
  periodTo: string;
  asOf: string;
  verdict: 'pass' | 'fail' | 'incomplete';
  score: number | null;
  stars: number | null;
  result: string;
  createdBy: string;
}

/** A saved street-wide run (no community). */
export interface SavedRunRow extends Omit<SavedRowValues, 'communityId'> {
  id: number;
  createdAt: string;
}

/** Inserts one row (frozen) and returns its id; all rows of a run share `createdAt`. */
export function insertSavedRow(db: DeskDatabase, values: SavedRowValues, createdAt: string): number {
  const info = db.sqlite
    .prepare(
      `INSERT INTO assessments (standard_row_id, community_id, period_from, period_to, as_of, verdict, score, stars, result, frozen, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(values.standardRowId, values.communityId, values.periodFrom, values.periodTo, values.asOf, values.verdict, values.score, values.stars, values.result, values.createdBy, createdAt, createdAt);
  return Number(info.lastInsertRowid);
}

const RUN_SELECT = `SELECT a.id, a.standard_row_id AS standardRowId, a.period_from AS periodFrom, a.period_to AS periodTo, a.as_of AS asOf,
  a.verdict, a.score, a.stars, a.result, a.created_by AS createdBy, a.created_at AS createdAt FROM assessments a`;

/** Saved runs (their street rows), newest first; only those of `standardId` when given. */
export function listSavedRuns(db: DeskDatabase, standardId: string | null, limit: number): SavedRunRow[] {
  return db.sqlite
    .prepare(
      `${RUN_SELECT} JOIN standards s ON s.id = a.standard_row_id
        WHERE a.community_id IS NULL AND ($standardId IS NULL OR s.standard_id = $standardId)
        ORDER BY a.id DESC LIMIT $limit`,
    )
    .all({ standardId, limit }) as SavedRunRow[];
}

export function findSavedRun(db: DeskDatabase, id: number): SavedRunRow | null {
  return (db.sqlite.prepare(`${RUN_SELECT} WHERE a.id = ? AND a.community_id IS NULL`).get(id) as SavedRunRow | undefined) ?? null;
}

/** The community rows of a saved run, in the order they were saved (by community code). */
export function savedRunCommunityResults(db: DeskDatabase, runId: number): string[] {
  return db.sqlite
    .prepare(`SELECT result FROM assessments WHERE community_id IS NOT NULL AND json_extract(result, '$.runId') = ? ORDER BY id`)
    .pluck()
    .all(runId) as string[];
}

/** Per saved run: how many of its communities passed, failed, or were incomplete. */
export function savedRunCommunityCounts(db: DeskDatabase, runIds: readonly number[]): Map<number, { pass: number; fail: number; incomplete: number }> {
  const out = new Map<number, { pass: number; fail: number; incomplete: number }>();
  if (runIds.length === 0) return out;
  const rows = db.sqlite
    .prepare(
      `SELECT json_extract(result, '$.runId') AS runId, verdict, COUNT(*) AS n FROM assessments
        WHERE community_id IS NOT NULL AND json_extract(result, '$.runId') IN (SELECT value FROM json_each(?))
        GROUP BY 1, 2`,
    )
    .all(JSON.stringify(runIds)) as { runId: number; verdict: 'pass' | 'fail' | 'incomplete'; n: number }[];
  for (const row of rows) {
    const counts = out.get(row.runId) ?? { pass: 0, fail: 0, incomplete: 0 };
    counts[row.verdict] = row.n;
    out.set(row.runId, counts);
  }
  return out;
}
