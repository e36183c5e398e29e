/**
 * Which households' episodes a change of the retirement dates can touch (electron/services/population/settings-recompute.ts
 * gives the reasoning), read set-based from temp.retirement_windows (person-dates-repo applyDatesByKey): each
 * person whose working age the change moves, with the days on which the rules before and after disagree about it.
 */
import type { DeskDatabase } from '../../desk-database';
import { employedThroughoutSql, everWishedSql } from '../employment/employment-sql';
import { RETIREMENT_WINDOWS_SQL } from '../registry/person-dates-repo';
import { joinMembershipSql, joinPersonSql, membershipsSql } from '../registry/registry-sql';

/** Could be in labour resources with a wish on some day (every undated fact allows it; some wish was 有). */
const couldBeLfw = (p: string) => `${p}.work_ability <> 'none' AND ${p}.is_student = 0 AND ${p}.is_retired = 0 AND ${everWishedSql(`${p}.id`)}`;

/**
 * The households in which some moved person P could be in labour resources with a wish on a day of their window
 * (as a member, not archived: `wfrom` … `wto`), and some member Q — P or another — could be in labour resources with
 * a wish and not employed on a day of it or the day before it (`qfrom` … `wto`; within working age under either
 * rule, a member, not archived, no single spell covering those days). Each check is looser than the rule, so no
 * touched household is left out.
 */
const TOUCHED_SQL = `
WITH windows AS (
  SELECT m.household_id AS hid,
         max(r.wfrom, IFNULL(m.from_date, r.wfrom)) AS wfrom,
         min(r.wto, IFNULL(m.to_date, r.wto), IFNULL(date(p.archived_on, '-1 day'), r.wto)) AS wto
    FROM ${RETIREMENT_WINDOWS_SQL} r
    ${joinMembershipSql('m', 'm.person_id = r.person_id')}
    ${joinPersonSql('p', 'r.person_id')}
   WHERE ${couldBeLfw('p')}
)
SELECT DISTINCT w.hid FROM (SELECT hid, date(wfrom, '-1 day') AS qfrom, wfrom, wto FROM windows) w
 WHERE w.wfrom <= w.wto
   AND EXISTS (
     SELECT 1 FROM ${membershipsSql('q')} ${joinPersonSql('qp', 'q.person_id')}
       LEFT JOIN ${RETIREMENT_WINDOWS_SQL} qr ON qr.person_id = q.person_id
      WHERE q.household_id = w.hid
        AND (q.from_date IS NULL OR q.from_date <= w.wto) AND (q.to_date IS NULL OR q.to_date >= w.qfrom)
        AND (qp.archived_on IS NULL OR qp.archived_on > w.qfrom)
        AND qp.working_age_from <= w.wto AND (qp.retirement_on > w.qfrom OR qr.wto >= w.qfrom)
        AND ${couldBeLfw('qp')}
        AND NOT ${employedThroughoutSql('qp.id', 'w.qfrom', 'w.wto')})
 ORDER BY w.hid`;

/** The households whose episodes the retirement dates' change (temp.retirement_windows) can touch, in id order. */
export function householdsTouchedByRetirementChange(db: DeskDatabase): number[] {
  return db.sqlite.prepare(TOUCHED_SQL).pluck().all() as number[];
}
