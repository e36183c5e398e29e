/**
 * difficulty_recognitions, assistance_agreements (recognitions): what correcting them needs — a recognition's or an
 * agreement's recorded fields rewritten at the version the clerk read.
 */
import type { DeskDatabase } from '../../desk-database';
import { assistanceAgreements, difficultyRecognitions } from '../../schema';
import { recordColumns } from '../record-columns';
import { updateAtVersion } from '../versioned-update';
import type { AgreementRow } from './agreements-repo';
import type { RecognitionRow } from './recognitions-repo';

export type RecognitionFields = Pick<
  RecognitionRow,
  'category' | 'appliedOn' | 'especiallyDifficult' | 'status' | 'reviewedOn' | 'reviewer' | 'reviewNote' | 'recognisedOn' | 'exitedOn' | 'exitReason'
>;

/** Null when `expectedVersion` is stale. */
export function rewriteRecognition(db: DeskDatabase, id: number, expectedVersion: number, fields: RecognitionFields): RecognitionRow | null {
  return updateAtVersion(db, difficultyRecognitions, id, expectedVersion, fields).returning(recordColumns(difficultyRecognitions)).get() ?? null;
}

export type AgreementFields = Pick<AgreementRow, 'signedOn' | 'clerk' | 'goal' | 'notes' | 'status' | 'closedOn' | 'closeReason'>;

/** Null when `expectedVersion` is stale. */
export function rewriteAgreement(db: DeskDatabase, id: number, expectedVersion: number, fields: AgreementFields): AgreementRow | null {
  return updateAtVersion(db, assistanceAgreements, id, expectedVersion, fields).returning(recordColumns(assistanceAgreements)).get() ?? null;
}
