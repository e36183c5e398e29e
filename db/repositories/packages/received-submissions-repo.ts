/** `received_submissions`: annual submissions this install received from streets (the bureau's receiving desk). */
import type { DeskDatabase } from '../../desk-database';
import { nowIso } from '../../../shared/clock';

export interface ReceivedSubmissionRow {
  id: number;
  issuerCode: string;
  issuerName: string;
  year: number;
  /** JSON. */
  header: string;
  /** JSON. */
  communities: string;
  packageLogId: number;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, issuer_code AS issuerCode, issuer_name AS issuerName, year, header, communities, package_log_id AS packageLogId,
  created_at AS createdAt, updated_at AS updatedAt FROM received_submissions`;

export function findReceivedSubmission(db: DeskDatabase, issuerCode: string, year: number): ReceivedSubmissionRow | null {
  return (db.sqlite.prepare(`${SELECT} WHERE issuer_code = ? AND year = ?`).get(issuerCode, year) as ReceivedSubmissionRow | undefined) ?? null;
}

export function listReceivedSubmissions(db: DeskDatabase): ReceivedSubmissionRow[] {
  return db.sqlite.prepare(`${SELECT} ORDER BY year DESC, issuer_code`).all() as ReceivedSubmissionRow[];
}

/** Records a submission, replacing the same street's earlier one for the year (a corrected resubmission). */
export function upsertReceivedSubmission(db: DeskDatabase, v: Omit<ReceivedSubmissionRow, 'id' | 'createdAt' | 'updatedAt'>): void {
  const now = nowIso();
  db.sqlite
    .prepare(
      `INSERT INTO received_submissions (issuer_code, issuer_name, year, header, communities, package_log_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (issuer_code, year) DO UPDATE SET issuer_name = excluded.issuer_name, header = excluded.header,
         communities = excluded.communities, package_log_id = excluded.package_log_id, updated_at = excluded.updated_at`,
    )
    .run(v.issuerCode, v.issuerName, v.year, v.header, v.communities, v.packageLogId, now, now);
}
