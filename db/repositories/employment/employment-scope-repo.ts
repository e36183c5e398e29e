/** The person an employment record is about (a community clerk's scope is checked against the person's community). */
import type { DeskDatabase } from '../../desk-database';

export function personOfSpell(db: DeskDatabase, id: number): number | null {
  const value = db.sqlite.prepare('SELECT person_id FROM employment_spells WHERE id = ?').pluck().get(id);
  return typeof value === 'number' ? value : null;
}

export function personOfRegistration(db: DeskDatabase, id: number): number | null {
  const value = db.sqlite.prepare('SELECT person_id FROM unemployment_registrations WHERE id = ?').pluck().get(id);
  return typeof value === 'number' ? value : null;
}
