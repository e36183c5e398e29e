/** The person an employment record is about (a community clerk's scope is checked against the person's community). */
import type { DeskDatabase } from '../../desk-database';
import { pluckId } from '../pluck';

export function personOfSpell(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT person_id FROM employment_spells WHERE id = ?', id);
}

export function personOfRegistration(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT person_id FROM unemployment_registrations WHERE id = ?', id);
}
