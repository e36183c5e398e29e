/** The communities by code (id, code, name): the worklist's and the completeness rates' names and order. */
import type { DeskDatabase } from '../desk-database';

export interface CommunityName {
  id: number;
  code: string;
  name: string;
}

export function communityNames(db: DeskDatabase): CommunityName[] {
  return db.sqlite.prepare('SELECT id, code, name FROM communities ORDER BY code').all() as CommunityName[];
}
