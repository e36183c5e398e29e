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

/** How many 一人一策 agreements rest on the recognition. */
export function countAgreementsOfRecognition(db: DeskDatabase, recognitionId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM assistance_agreements WHERE recognition_id = ?').pluck().get(recognitionId));
}

/** Removes a voided recognition from the table every reader counts (it is kept in voided_records). */
export function removeRecognition(db: DeskDatabase, id: number): boolean {
  return db.sqlite.prepare('DELETE FROM difficulty_recognitions WHERE id = ?').run(id).changes === 1;
}

/** A measure of an agreement as it was, for the voided agreement's record. */
export interface MeasureAsWas {
  id: number;
  kind: string;
  description: string;
  plannedOn: string;
  doneOn: string | null;
  serviceRecordId: number | null;
}

export function measuresOfAgreement(db: DeskDatabase, agreementId: number): MeasureAsWas[] {
  return db.sqlite
    .prepare(
      `SELECT id, kind, description, planned_on AS plannedOn, done_on AS doneOn, service_record_id AS serviceRecordId
         FROM assistance_measures WHERE agreement_id = ? ORDER BY id`,
    )
    .all(agreementId) as MeasureAsWas[];
}

/** Removes a voided agreement's measures (kept, as they were, in voided_records with the agreement). */
export function removeMeasuresOfAgreement(db: DeskDatabase, agreementId: number): void {
  db.sqlite.prepare('DELETE FROM assistance_measures WHERE agreement_id = ?').run(agreementId);
}

/** Removes a voided agreement (its measures and services removed first). */
export function removeAgreement(db: DeskDatabase, agreementId: number): boolean {
  return db.sqlite.prepare('DELETE FROM assistance_agreements WHERE id = ?').run(agreementId).changes === 1;
}
