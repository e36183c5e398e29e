/**
 * employment_spells, unemployment_registrations, employment_wishes (employment): what correcting them needs — a
 * registration rewritten, a wish found by id, a voided record's removal, a person's count of records.
 */
import type { RegistrationReason } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { employmentSpells, employmentWishes, unemploymentRegistrations } from '../../schema';
import { findRecordById, rewriteRecordById } from '../record-by-id';
import type { RegistrationRow } from './registrations-repo';
import type { SpellRow } from './spells-repo';
import type { WishRow } from './wishes-repo';

export interface RegistrationFields {
  registeredOn: string;
  reason: RegistrationReason;
  cancelledOn: string | null;
  cancelReason: string | null;
}

/** Rewrites a registration's date, reason and cancellation; null when it no longer exists. */
export function rewriteRegistration(db: DeskDatabase, id: number, fields: RegistrationFields): RegistrationRow | null {
  return rewriteRecordById(db, unemploymentRegistrations, id, fields);
}

export type SpellFields = Pick<SpellRow, 'startDate' | 'endDate' | 'kind' | 'employerName' | 'post'>;

/** Rewrites a spell's dates, kind, employer name and post; null when it no longer exists. */
export function rewriteSpell(db: DeskDatabase, id: number, fields: SpellFields): SpellRow | null {
  return rewriteRecordById(db, employmentSpells, id, fields);
}

export type WishFields = Pick<WishRow, 'recordedOn' | 'hasWish' | 'wishedJob' | 'wishedWage' | 'trainingWanted' | 'noWishReason' | 'deemedByRefusals'>;

/** Rewrites a wish; null when it no longer exists. */
export function rewriteWish(db: DeskDatabase, id: number, fields: WishFields): WishRow | null {
  return rewriteRecordById(db, employmentWishes, id, fields);
}

export function findWish(db: DeskDatabase, id: number): WishRow | null {
  return findRecordById(db, employmentWishes, id);
}

const REMOVE = {
  employment_spell: 'DELETE FROM employment_spells WHERE id = ?',
  unemployment_registration: 'DELETE FROM unemployment_registrations WHERE id = ?',
  employment_wish: 'DELETE FROM employment_wishes WHERE id = ?',
} as const;

/** Removes a voided spell, registration or wish from the table every reader counts (it is kept in voided_records). */
export function removeEmploymentRecord(db: DeskDatabase, entity: keyof typeof REMOVE, id: number): boolean {
  return db.sqlite.prepare(REMOVE[entity]).run(id).changes === 1;
}

/** How many spells, registrations and wishes the person has. */
export function countEmploymentRecordsOfPerson(db: DeskDatabase, personId: number): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT (SELECT COUNT(*) FROM employment_spells WHERE person_id = @p) + (SELECT COUNT(*) FROM unemployment_registrations WHERE person_id = @p)
              + (SELECT COUNT(*) FROM employment_wishes WHERE person_id = @p)`,
      )
      .pluck()
      .get({ p: personId }),
  );
}
