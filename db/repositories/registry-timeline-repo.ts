/** What the person page's timeline reads: a person's wishes and difficulty recognitions (spells, registrations and services have their own lists). */
import type { DeskDatabase } from '../open-database';

export interface TimelineWishRow {
  id: number;
  recordedOn: string | null;
  hasWish: boolean;
  wishedJob: string | null;
  noWishReason: string | null;
  deemedByRefusals: boolean;
}

export interface TimelineRecognitionRow {
  id: number;
  category: '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';
  status: 'applied' | 'recognised' | 'refused' | 'exited';
  appliedOn: string;
  reviewedOn: string | null;
  recognisedOn: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  especiallyDifficult: boolean;
}

export function listWishesOfPerson(db: DeskDatabase, personId: number): TimelineWishRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, recorded_on AS recordedOn, has_wish AS hasWish, wished_job AS wishedJob, no_wish_reason AS noWishReason,
              deemed_by_refusals AS deemedByRefusals
         FROM employment_wishes WHERE person_id = ? ORDER BY recorded_on, id`,
    )
    .all(personId) as (Omit<TimelineWishRow, 'hasWish' | 'deemedByRefusals'> & { hasWish: number; deemedByRefusals: number })[];
  return rows.map((r) => ({ ...r, hasWish: r.hasWish === 1, deemedByRefusals: r.deemedByRefusals === 1 }));
}

export function listRecognitionsOfPerson(db: DeskDatabase, personId: number): TimelineRecognitionRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, category, status, applied_on AS appliedOn, reviewed_on AS reviewedOn, recognised_on AS recognisedOn,
              exited_on AS exitedOn, exit_reason AS exitReason, especially_difficult AS especiallyDifficult
         FROM difficulty_recognitions WHERE person_id = ? ORDER BY applied_on, id`,
    )
    .all(personId) as (Omit<TimelineRecognitionRow, 'especiallyDifficult'> & { especiallyDifficult: number })[];
  return rows.map((r) => ({ ...r, especiallyDifficult: r.especiallyDifficult === 1 }));
}
