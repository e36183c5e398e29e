/** communities (communities): deleting one entered by mistake. */
import type { DeskDatabase } from '../../desk-database';

/** False when there was no such community. Throws (a foreign key) while anything still names it. */
export function deleteCommunityRow(db: DeskDatabase, communityId: number): boolean {
  return db.sqlite.prepare('DELETE FROM communities WHERE id = ?').run(communityId).changes === 1;
}
