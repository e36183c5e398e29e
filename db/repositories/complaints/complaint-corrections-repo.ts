/** complaints (complaints): a voided complaint's removal; a community's count of complaints. */
import type { DeskDatabase } from '../../desk-database';

/** Removes a voided complaint from the table every reader counts (it is kept in voided_records). */
export function removeComplaint(db: DeskDatabase, id: number): boolean {
  return db.sqlite.prepare('DELETE FROM complaints WHERE id = ?').run(id).changes === 1;
}

export function countComplaintsOfCommunity(db: DeskDatabase, communityId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM complaints WHERE community_id = ?').pluck().get(communityId));
}
