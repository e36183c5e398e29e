/** complaints (complaints): the judgements of a period, kept between requests (db/read-memo.ts). */
import type { DeskDatabase } from '../../desk-database';
import { memoised } from '../../read-memo';

export interface ComplaintJudgementRow {
  id: number;
  communityId: number;
  date: string;
  content: string;
  valid: 0 | 1 | null;
  /** When `valid` was judged (null while unjudged); a judgement without a day is taken as made on the complaint's date. */
  judgedOn: string | null;
  validityReason: string | null;
}

/** Complaints dated `from` … `to`, with their judgement as it stands now (the caller decides what was known on D). */
function readComplaintsBetween(db: DeskDatabase, from: string, to: string): ComplaintJudgementRow[] {
  return db.sqlite
    .prepare(
      `SELECT id, community_id AS communityId, date, content, valid,
              CASE WHEN valid IS NULL THEN NULL ELSE COALESCE(judged_on, date) END AS judgedOn, validity_reason AS validityReason
         FROM complaints WHERE date BETWEEN ? AND ? ORDER BY date, id`,
    )
    .all(from, to) as ComplaintJudgementRow[];
}

export const complaintsBetween = memoised('complaintsBetween', ['complaints'], readComplaintsBetween);
