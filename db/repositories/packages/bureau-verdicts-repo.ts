/** `bureau_verdicts` (验收结果): the bureau's verdict on each community for a year, as imported from its package. */
import type { DeskDatabase } from '../../desk-database';
import { nowIso } from '../../../shared/clock';
import { joinCommunitySql } from '../communities/community-sql';

export type VerdictResult = 'pass' | 'fail' | 'excellent';

export interface BureauVerdictRow {
  id: number;
  year: number;
  communityId: number;
  communityCode: string;
  communityName: string;
  result: VerdictResult;
  stars: number | null;
  decidedOn: string;
  decidedBy: string;
  note: string | null;
  packageLogId: number;
  updatedAt: string;
}

const SELECT = `SELECT v.id, v.year, v.community_id AS communityId, c.code AS communityCode, c.name AS communityName, v.result, v.stars,
  v.decided_on AS decidedOn, v.decided_by AS decidedBy, v.note, v.package_log_id AS packageLogId, v.updated_at AS updatedAt
  FROM bureau_verdicts v ${joinCommunitySql('c', 'v.community_id')}`;

/** A year's verdicts (every year's when null), by year (newest first) and community code. */
export function listBureauVerdicts(db: DeskDatabase, year: number | null): BureauVerdictRow[] {
  return db.sqlite.prepare(`${SELECT} WHERE ? IS NULL OR v.year = ? ORDER BY v.year DESC, c.code`).all(year, year) as BureauVerdictRow[];
}

/** The years that have verdicts, newest first. */
export function verdictYears(db: DeskDatabase): number[] {
  return db.sqlite.prepare('SELECT DISTINCT year FROM bureau_verdicts ORDER BY year DESC').pluck().all() as number[];
}

export interface VerdictValues {
  year: number;
  communityId: number;
  result: VerdictResult;
  stars: number | null;
  decidedOn: string;
  decidedBy: string;
  note: string | null;
  packageLogId: number;
}

/** Records a verdict, replacing the community's earlier one for the same year (a bureau's corrected issue). */
export function upsertBureauVerdict(db: DeskDatabase, v: VerdictValues): void {
  const now = nowIso();
  db.sqlite
    .prepare(
      `INSERT INTO bureau_verdicts (year, community_id, result, stars, decided_on, decided_by, note, package_log_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (year, community_id) DO UPDATE SET result = excluded.result, stars = excluded.stars, decided_on = excluded.decided_on,
         decided_by = excluded.decided_by, note = excluded.note, package_log_id = excluded.package_log_id, updated_at = excluded.updated_at`,
    )
    .run(v.year, v.communityId, v.result, v.stars, v.decidedOn, v.decidedBy, v.note, v.packageLogId, now, now);
}
