/** Which community a person or household belongs to now: what a community clerk's scope is checked against. */
import type { DeskDatabase } from '../../desk-database';
import { pluckId } from '../pluck';

/** The community of the person's current household; null when there is no such person. */
export function communityOfPerson(db: DeskDatabase, personId: number): number | null {
  return pluckId(db, 'SELECT h.community_id FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id = ?', personId);
}

export function communityOfHousehold(db: DeskDatabase, householdId: number): number | null {
  return pluckId(db, 'SELECT community_id FROM households WHERE id = ?', householdId);
}

/** The ids of every person whose current household is in the community. */
export function personIdsInCommunity(db: DeskDatabase, communityId: number): Set<number> {
  const ids = db.sqlite.prepare('SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id WHERE h.community_id = ?').pluck().all(communityId) as number[];
  return new Set(ids);
}
