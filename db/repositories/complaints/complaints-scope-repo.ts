/** The community a complaint is about (a community clerk's scope is checked against it). */
import type { DeskDatabase } from '../../desk-database';
import { pluckId } from '../pluck';

export function communityOfComplaint(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT community_id FROM complaints WHERE id = ?', id);
}
