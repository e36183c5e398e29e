/** The community a complaint is about (a community clerk's scope is checked against it). */
import type { DeskDatabase } from '../../desk-database';

export function communityOfComplaint(db: DeskDatabase, id: number): number | null {
  const value = db.sqlite.prepare('SELECT community_id FROM complaints WHERE id = ?').pluck().get(id);
  return typeof value === 'number' ? value : null;
}
