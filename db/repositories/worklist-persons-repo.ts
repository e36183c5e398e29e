/**
 * Worklist: persons in labour resources on D (in a household that day, working age, able to work, not a student, not retired, not archived)
 * whose birthday (entering 4050) or retirement date falls in a window. The birth-date ranges are coarse (the caller
 * checks each date exactly); the date indexes keep it to the few persons in them.
 */
import type { DeskDatabase } from '../desk-database';
import { memoised } from '../read-memo';
import { householdOnSql } from './memberships-repo';

export interface AgeSubjectRow {
  personId: number;
  idNumber: string;
  name: string;
  communityId: number;
  gender: 'M' | 'F';
  birthDate: string;
  retirementOn: string;
}

export interface AgeWindow {
  asOf: string;
  /** Women born in [womenFrom, womenTo], men born in [menFrom, menTo], anyone retiring in [asOf, retireTo]. */
  womenFrom: string;
  womenTo: string;
  menFrom: string;
  menTo: string;
  retireTo: string;
  communityId: number | null;
}

const AGE_SQL = `
SELECT p.id AS personId, p.id_number AS idNumber, p.name, h.community_id AS communityId, p.gender,
       p.birth_date AS birthDate, p.retirement_on AS retirementOn
  FROM persons p ${householdOnSql('p', '$asOf')}
 WHERE p.id IN (SELECT id FROM persons WHERE gender = 'F' AND birth_date BETWEEN $womenFrom AND $womenTo
                UNION SELECT id FROM persons WHERE gender = 'M' AND birth_date BETWEEN $menFrom AND $menTo
                UNION SELECT id FROM persons WHERE retirement_on BETWEEN $asOf AND $retireTo)
   AND p.working_age_from <= $asOf AND p.retirement_on >= $asOf
   AND p.work_ability <> 'none' AND p.is_student = 0 AND p.is_retired = 0
   AND (p.archived_on IS NULL OR p.archived_on > $asOf)
   AND ($communityId IS NULL OR h.community_id = $communityId)`;

function readAgeSubjects(db: DeskDatabase, window: AgeWindow): AgeSubjectRow[] {
  return db.sqlite.prepare(AGE_SQL).all({ ...window }) as AgeSubjectRow[];
}
export const ageSubjects = memoised('ageSubjects', ['persons', 'households', 'household_memberships'], readAgeSubjects);
