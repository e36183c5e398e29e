/** complaints (complaints): record, judge, resolve, list; the judgements of a period. */
import type { DeskDatabase } from '../../desk-database';
import { complaints } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import { updateAtVersion } from '../versioned-update';
import { insertStamped } from '../insert-stamped';

export interface ComplaintRow {
  id: number;
  communityId: number;
  communityName: string;
  date: string;
  content: string;
  valid: boolean | null;
  judgedOn: string | null;
  validityReason: string | null;
  resolution: string | null;
  resolvedOn: string | null;
  version: number;
}

type RawComplaint = Omit<ComplaintRow, 'valid'> & { valid: number | null };

const SELECT_COMPLAINT = `SELECT k.id, k.community_id AS communityId, c.name AS communityName, k.date, k.content, k.valid,
        k.judged_on AS judgedOn, k.validity_reason AS validityReason, k.resolution, k.resolved_on AS resolvedOn, k.version
   FROM complaints k ${joinCommunitySql('c', 'k.community_id')}`;

function toRow(raw: RawComplaint): ComplaintRow {
  return { ...raw, valid: raw.valid === null ? null : raw.valid === 1 };
}

export function findComplaint(db: DeskDatabase, id: number): ComplaintRow | null {
  const raw = db.sqlite.prepare(`${SELECT_COMPLAINT} WHERE k.id = ?`).get(id) as RawComplaint | undefined;
  return raw ? toRow(raw) : null;
}

export interface ComplaintFilter {
  communityId: number | null;
  from: string | null;
  to: string | null;
  validity: 'valid' | 'invalid' | 'unjudged' | null;
  status: 'open' | 'resolved' | null;
}

/** Newest first. */
export function listComplaints(db: DeskDatabase, filter: ComplaintFilter): ComplaintRow[] {
  const rows = db.sqlite
    .prepare(
      `${SELECT_COMPLAINT}
        WHERE (@communityId IS NULL OR k.community_id = @communityId)
          AND (@from IS NULL OR k.date >= @from) AND (@to IS NULL OR k.date <= @to)
          AND (@validity IS NULL OR (@validity = 'valid' AND k.valid = 1) OR (@validity = 'invalid' AND k.valid = 0)
               OR (@validity = 'unjudged' AND k.valid IS NULL))
          AND (@status IS NULL OR (@status = 'open' AND k.resolved_on IS NULL) OR (@status = 'resolved' AND k.resolved_on IS NOT NULL))
        ORDER BY k.date DESC, k.id DESC`,
    )
    .all(filter) as RawComplaint[];
  return rows.map(toRow);
}

export function insertComplaint(db: DeskDatabase, values: { communityId: number; date: string; content: string }): number {
  return insertStamped(db, complaints, { ...values, version: 0 }).returning({ id: complaints.id }).get().id;
}

export type ComplaintChange = Partial<{
  valid: boolean;
  judgedOn: string;
  validityReason: string;
  resolution: string;
  resolvedOn: string;
}>;

/** Returns false when `expectedVersion` is stale. */
export function updateComplaint(db: DeskDatabase, id: number, expectedVersion: number, change: ComplaintChange): boolean {
  return updateAtVersion(db, complaints, id, expectedVersion, change).returning({ id: complaints.id }).get() !== undefined;
}
