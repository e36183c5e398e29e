/** assessments (assessment): each community's latest saved run as of D, kept between requests (db/read-memo.ts). */
import type { DeskDatabase } from '../../desk-database';
import { memoised } from '../../read-memo';

export interface LatestAssessmentRow {
  assessmentId: number;
  communityId: number;
  asOf: string;
  verdict: 'pass' | 'fail' | 'incomplete';
  standardName: string;
}

function readLatestAssessments(db: DeskDatabase, asOf: string, communityId: number | null): LatestAssessmentRow[] {
  return db.sqlite
    .prepare(
      `SELECT assessmentId, communityId, asOf, verdict, standardName FROM (
         SELECT a.id AS assessmentId, a.community_id AS communityId, a.as_of AS asOf, a.verdict,
                st.name AS standardName,
                ROW_NUMBER() OVER (PARTITION BY a.community_id ORDER BY a.as_of DESC, a.id DESC) AS rn
           FROM assessments a JOIN standards st ON st.id = a.standard_row_id
          WHERE a.community_id IS NOT NULL AND a.as_of <= $asOf
            AND ($communityId IS NULL OR a.community_id = $communityId))
        WHERE rn = 1`,
    )
    .all({ asOf, communityId }) as LatestAssessmentRow[];
}

export const latestAssessments = memoised('latestAssessments', ['assessments', 'standards'], readLatestAssessments);
