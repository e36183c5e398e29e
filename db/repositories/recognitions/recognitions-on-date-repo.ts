/**
 * difficulty_recognitions (recognitions) on a date or in a period, kept between requests (db/read-memo.ts): those in
 * force on D (with place and 五清 marks), the especially difficult recognised in a period.
 */
import type { DeskDatabase } from '../../desk-database';
import { memoised } from '../../read-memo';
import { employedOnSql } from '../employment/employment-sql';
import { householdOnSql } from '../registry/memberships-repo';
import { joinPersonSql } from '../registry/registry-sql';
import { firstServiceSql } from '../services/service-sql';

export interface RecognitionOn {
  personId: number;
  recognisedOn: string;
  especiallyDifficult: 0 | 1;
}

/** Recognised difficult persons on D: recognised on or before D and not exited by D (the latest recognition each). */
function readRecognitionsInForceOn(db: DeskDatabase, asOf: string): RecognitionOn[] {
  return db.sqlite
    .prepare(
      `SELECT r.person_id AS personId, MAX(r.recognised_on) AS recognisedOn, r.especially_difficult AS especiallyDifficult
         FROM difficulty_recognitions r
        WHERE r.recognised_on IS NOT NULL AND r.recognised_on <= $asOf AND (r.exited_on IS NULL OR r.exited_on > $asOf)
        GROUP BY r.person_id ORDER BY r.person_id`,
    )
    .all({ asOf }) as RecognitionOn[];
}

export const recognitionsInForceOn = memoised('recognitionsInForceOn', ['difficulty_recognitions'], readRecognitionsInForceOn);

export interface RecognitionInPeriod {
  recognitionId: number;
  personId: number;
  recognisedOn: string;
  /** The first 即时就业承诺 record dated on or after the recognition day, up to D. */
  firstCommitmentOn: string | null;
}

/** Especially difficult persons recognised `from` … `to`, each with its first commitment record up to `to`. */
function readEspeciallyDifficultRecognisedBetween(db: DeskDatabase, from: string, to: string): RecognitionInPeriod[] {
  return db.sqlite
    .prepare(
      `SELECT r.id AS recognitionId, r.person_id AS personId, r.recognised_on AS recognisedOn,
              ${firstServiceSql('commitment', 'r.person_id', 'r.recognised_on', '$to')} AS firstCommitmentOn
         FROM difficulty_recognitions r
        WHERE r.especially_difficult = 1 AND r.recognised_on BETWEEN $from AND $to
        ORDER BY r.recognised_on, r.id`,
    )
    .all({ from, to }) as RecognitionInPeriod[];
}

export const especiallyDifficultRecognisedBetween = memoised('especiallyDifficultRecognisedBetween', ['difficulty_recognitions', 'service_records'], readEspeciallyDifficultRecognisedBetween);

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

function readRecognisedWithPlaceOn(db: DeskDatabase, asOf: string, communityId: number | null, personId: number | null = null): RecognisedRow[] {
  return db.sqlite
    .prepare(
      `SELECT d.id AS recognitionId, p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId,
              d.recognised_on AS recognisedOn, d.especially_difficult AS especiallyDifficult, d.five_clear AS fiveClear,
              ${employedOnSql('p.id', '$asOf', 'sp')} AS employed
         FROM difficulty_recognitions d
         ${joinPersonSql('p', 'd.person_id')} ${householdOnSql('p', '$asOf')}
        WHERE d.status IN ('recognised', 'exited') AND d.recognised_on IS NOT NULL AND d.recognised_on <= $asOf
          AND (d.exited_on IS NULL OR d.exited_on > $asOf)
          AND (p.archived_on IS NULL OR p.archived_on > $asOf)
          AND ($communityId IS NULL OR h.community_id = $communityId)
          AND ($personId IS NULL OR d.person_id = $personId)`,
    )
    .all({ asOf, communityId, personId }) as RecognisedRow[];
}

export const recognisedWithPlaceOn = memoised('recognisedWithPlaceOn', ['difficulty_recognitions', 'persons', 'households', 'household_memberships', 'employment_spells'], readRecognisedWithPlaceOn);
