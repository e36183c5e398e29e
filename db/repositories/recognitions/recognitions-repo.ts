/** difficulty_recognitions (recognitions): a person's recognitions: find, list, record, update; the timeline's rows. */
import { desc, inArray } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { difficultyRecognitions } from '../../schema';
import { updateAtVersion } from '../versioned-update';
import { findRecordById } from '../record-by-id';
import { recordOfPerson, recordsOfPerson } from '../person-records';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

export type RecognitionCategory = '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';

export type RecognitionStatus = 'applied' | 'recognised' | 'refused' | 'exited';

/** A row as read (the table's columns but its timestamps). */
export type RecognitionRow = RecordOf<typeof difficultyRecognitions>;

const columns = recordColumns(difficultyRecognitions);

export function findRecognition(db: DeskDatabase, id: number): RecognitionRow | null {
  return findRecordById(db, difficultyRecognitions, id);
}

/** The person's recognition that is still applied for or in force, if any. */
export function findLiveRecognition(db: DeskDatabase, personId: number): RecognitionRow | null {
  return recordOfPerson(db, difficultyRecognitions, personId, inArray(difficultyRecognitions.status, ['applied', 'recognised']));
}

/** The person's recognitions, newest application first. */
export function listRecognitionsOf(db: DeskDatabase, personId: number): RecognitionRow[] {
  return recordsOfPerson(db, difficultyRecognitions, personId, [desc(difficultyRecognitions.appliedOn), desc(difficultyRecognitions.id)]);
}

export function insertRecognition(
  db: DeskDatabase,
  values: Pick<RecognitionRow, 'personId' | 'category' | 'appliedOn' | 'especiallyDifficult' | 'fiveClear'>,
): RecognitionRow {
  return insertStamped(db, difficultyRecognitions, { ...values, status: 'applied', version: 0 }).returning(columns).get();
}

export type RecognitionChange = Partial<
  Pick<RecognitionRow, 'status' | 'reviewedOn' | 'reviewer' | 'reviewNote' | 'recognisedOn' | 'exitedOn' | 'exitReason'>
>;

/** Returns null when `expectedVersion` is stale. */
export function updateRecognition(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  change: RecognitionChange,
): RecognitionRow | null {
  return updateAtVersion(db, difficultyRecognitions, id, expectedVersion, change).returning(columns).get() ?? null;
}

export interface TimelineRecognitionRow {
  id: number;
  category: '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';
  status: 'applied' | 'recognised' | 'refused' | 'exited';
  appliedOn: string;
  reviewedOn: string | null;
  reviewNote: string | null;
  recognisedOn: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  especiallyDifficult: boolean;
}

export function listRecognitionsOfPerson(db: DeskDatabase, personId: number): TimelineRecognitionRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT id, category, status, applied_on AS appliedOn, reviewed_on AS reviewedOn, review_note AS reviewNote, recognised_on AS recognisedOn,
              exited_on AS exitedOn, exit_reason AS exitReason, especially_difficult AS especiallyDifficult
         FROM difficulty_recognitions WHERE person_id = ? ORDER BY applied_on, id`,
    )
    .all(personId) as (Omit<TimelineRecognitionRow, 'especiallyDifficult'> & { especiallyDifficult: number })[];
  return rows.map((r) => ({ ...r, especiallyDifficult: r.especiallyDifficult === 1 }));
}
