/** The person a recognition, agreement or measure is about (a community clerk's scope is checked against it). */
import type { DeskDatabase } from '../../desk-database';
import { pluckId } from '../pluck';

export function personOfRecognition(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT person_id FROM difficulty_recognitions WHERE id = ?', id);
}

export function personOfAgreement(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT person_id FROM assistance_agreements WHERE id = ?', id);
}

export function personOfMeasure(db: DeskDatabase, id: number): number | null {
  return pluckId(db, 'SELECT a.person_id FROM assistance_measures m JOIN assistance_agreements a ON a.id = m.agreement_id WHERE m.id = ?', id);
}
