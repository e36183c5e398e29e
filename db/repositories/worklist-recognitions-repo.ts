/**
 * Difficulty recognitions in force on D (recognised on or before D, not exited by D), with employment on D and the
 * 五清 marks (the services come from worklist-services-repo's digest).
 */
import type { DeskDatabase } from '../desk-database';
import { memoised } from '../read-memo';
import { householdOnSql } from './memberships-repo';

export interface RecognisedRow {
  recognitionId: number;
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  recognisedOn: string;
  especiallyDifficult: number;
  /** The 五清 marks recorded on the recognition (JSON), if any. */
  fiveClear: string | null;
  employed: number;
}

function readRecognisedOn(db: DeskDatabase, asOf: string, communityId: number | null, personId: number | null = null): RecognisedRow[] {
  return db.sqlite
    .prepare(
      `SELECT d.id AS recognitionId, p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId,
              d.recognised_on AS recognisedOn, d.especially_difficult AS especiallyDifficult, d.five_clear AS fiveClear,
              EXISTS (SELECT 1 FROM employment_spells sp WHERE sp.person_id = p.id AND sp.start_date <= $asOf
                         AND (sp.end_date IS NULL OR sp.end_date >= $asOf)) AS employed
         FROM difficulty_recognitions d
         JOIN persons p ON p.id = d.person_id ${householdOnSql('p', '$asOf')}
        WHERE d.status IN ('recognised', 'exited') AND d.recognised_on IS NOT NULL AND d.recognised_on <= $asOf
          AND (d.exited_on IS NULL OR d.exited_on > $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)
          AND ($personId IS NULL OR d.person_id = $personId)`,
    )
    .all({ asOf, communityId, personId }) as RecognisedRow[];
}
export const recognisedOn = memoised('recognisedOn', ['difficulty_recognitions', 'persons', 'households', 'household_memberships', 'employment_spells'], readRecognisedOn);
