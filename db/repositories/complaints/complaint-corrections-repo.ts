/** complaints (complaints): a voided complaint's removal; a community's count of complaints. */
import { complaints } from '../../schema';
import { updateAtVersion } from '../versioned-update';
import type { DeskDatabase } from '../../desk-database';

/** Removes a voided complaint from the table every reader counts (it is kept in voided_records). */
export function removeComplaint(db: DeskDatabase, id: number): boolean {
  return db.sqlite.prepare('DELETE FROM complaints WHERE id = ?').run(id).changes === 1;
}

export function countComplaintsOfCommunity(db: DeskDatabase, communityId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM complaints WHERE community_id = ?').pluck().get(communityId));
}

export interface ComplaintFields {
  date: string;
  content: string;
  valid: boolean | null;
  judgedOn: string | null;
  validityReason: string | null;
}

/** Rewrites a complaint's date, content and judgement; false when `expectedVersion` is stale. */
export function rewriteComplaint(db: DeskDatabase, id: number, expectedVersion: number, fields: ComplaintFields): boolean {
  return updateAtVersion(db, complaints, id, expectedVersion, fields).returning({ id: complaints.id }).get() !== undefined;
}
