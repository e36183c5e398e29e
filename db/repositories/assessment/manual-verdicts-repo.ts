/** Manual item verdicts recorded by a clerk (`manual_verdicts`): never edited; a later record supersedes an earlier one. */
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';

export interface ManualVerdictRow {
  id: number;
  standardId: string;
  itemId: string;
  communityId: number | null;
  periodFrom: string;
  periodTo: string;
  verdict: 'pass' | 'fail';
  score: number | null;
  evidence: string | null;
  recordedBy: string;
  recordedAt: string;
}

const SELECT = `SELECT id, standard_id AS standardId, item_id AS itemId, community_id AS communityId, period_from AS periodFrom,
  period_to AS periodTo, verdict, score, evidence, recorded_by AS recordedBy, created_at AS recordedAt FROM manual_verdicts`;

export function insertManualVerdict(db: DeskDatabase, values: Omit<ManualVerdictRow, 'id' | 'recordedAt'>): ManualVerdictRow {
  const now = nowIso();
  const info = db.sqlite
    .prepare(
      `INSERT INTO manual_verdicts (standard_id, item_id, community_id, period_from, period_to, verdict, score, evidence, recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(values.standardId, values.itemId, values.communityId, values.periodFrom, values.periodTo, values.verdict, values.score, values.evidence, values.recordedBy, now, now);
  return db.sqlite.prepare(`${SELECT} WHERE id = ?`).get(Number(info.lastInsertRowid)) as ManualVerdictRow;
}

/** The verdicts of a standard whose period covers D, oldest first (the caller keeps the last per item and unit). */
export function manualVerdictsCovering(db: DeskDatabase, standardId: string, asOf: string): ManualVerdictRow[] {
  return db.sqlite
    .prepare(`${SELECT} WHERE standard_id = ? AND period_from <= ? AND period_to >= ? ORDER BY id`)
    .all(standardId, asOf, asOf) as ManualVerdictRow[];
}
