/** users (system): the accounts of a community's clerks. */
import type { DeskDatabase } from '../../desk-database';

export function countUsersOfCommunity(db: DeskDatabase, communityId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM users WHERE community_id = ?').pluck().get(communityId));
}
