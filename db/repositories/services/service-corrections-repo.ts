/** service_records (services): what correcting a service record needs — its links, its removal when voided, a person's count. */
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';
import { pluckId } from '../pluck';

/** The 一人一策 agreement a service record belongs to (its signing or a follow-up), null when none. */
export function agreementOfService(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT agreement_id FROM service_records WHERE id = ?', id);
}

/** Removes a voided service record from the table every reader counts (it is kept in voided_records). */
export function removeService(db: DeskDatabase, id: number): boolean {
  return db.sqlite.prepare('DELETE FROM service_records WHERE id = ?').run(id).changes === 1;
}

/** A person's own service records. */
export function countServicesOfPerson(db: DeskDatabase, personId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id = ?').pluck().get(personId));
}

/** Services recorded for a household as a whole. */
export function countServicesOfHousehold(db: DeskDatabase, householdId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE household_id = ?').pluck().get(householdId));
}

export interface ServiceFields {
  date: string;
  clerk: string | null;
  content: string | null;
  outcome: string | null;
}

/** Rewrites a service record's date, clerk, content and outcome; false when it no longer exists. */
export function rewriteService(db: DeskDatabase, id: number, fields: ServiceFields): boolean {
  return (
    db.sqlite
      .prepare('UPDATE service_records SET date = @date, clerk = @clerk, content = @content, outcome = @outcome, updated_at = @now WHERE id = @id')
      .run({ ...fields, id, now: nowIso() }).changes === 1
  );
}
