/**
 * 就业困难人员花名册 (seed 003): difficulty recognitions in force on D (recognised on or before D, not exited by D),
 * with the assistance agreement (一人一策) in force on D, if any.
 */
import type { DeskDatabase } from '../../desk-database';

export interface LedgerRecognitionRow {
  recognitionId: number;
  personId: number;
  category: '4050' | 'dibao' | 'zero_employment' | 'disabled' | 'long_term_unemployed' | 'landless' | 'other';
  recognisedOn: string;
  exitedOn: string | null;
  especiallyDifficult: 0 | 1;
  /** The signing date of the agreement in force on D (signed by D, not closed by D). */
  agreementSignedOn: string | null;
}

/** By person, the latest recognition first. */
export function recognitionsInForceOn(db: DeskDatabase, asOf: string): LedgerRecognitionRow[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS recognitionId, r.person_id AS personId, r.category, r.recognised_on AS recognisedOn, r.exited_on AS exitedOn,
              r.especially_difficult AS especiallyDifficult,
              (SELECT a.signed_on FROM assistance_agreements a WHERE a.person_id = r.person_id AND a.signed_on <= $asOf
                  AND (a.closed_on IS NULL OR a.closed_on > $asOf) ORDER BY a.signed_on DESC LIMIT 1) AS agreementSignedOn
         FROM difficulty_recognitions r
        WHERE r.recognised_on IS NOT NULL AND r.recognised_on <= $asOf AND (r.exited_on IS NULL OR r.exited_on > $asOf)
        ORDER BY r.person_id, r.recognised_on DESC, r.id DESC`,
    )
    .all({ asOf }) as LedgerRecognitionRow[];
}
