/** difficulty_recognitions, assistance_measures (recognitions): what a correction elsewhere must not break. */
import type { DeskDatabase } from '../../desk-database';

/** The measures recorded as done by the service record (they point at it). */
export function measuresDoneByService(db: DeskDatabase, serviceId: number): { description: string }[] {
  return db.sqlite.prepare('SELECT description FROM assistance_measures WHERE service_record_id = ? ORDER BY id').all(serviceId) as { description: string }[];
}

/** How many recognitions (and so agreements) the person has. */
export function countRecognitionsOfPerson(db: DeskDatabase, personId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM difficulty_recognitions WHERE person_id = ?').pluck().get(personId));
}
