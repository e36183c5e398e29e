/**
 * Which households' episodes a change of the retirement dates can touch (electron/services/population/settings-recompute.ts
 * gives the reasoning), read set-based from temp.retirement_windows (person-dates-repo applyRetirementMonths): each
 * person whose working age the change moves, with the days on which the rules before and after disagree about it
 * and their retirement date under the rule before (`before_on`; the rule now is persons.retirement_on).
 */
import type { DeskDatabase } from '../../desk-database';
import { employedThroughoutSql, everWishedSql, wishedThroughoutSql } from '../employment/employment-sql';
import { RETIREMENT_WINDOWS_SQL } from '../registry/person-dates-repo';
import { flagThroughoutSql, joinMembershipSql, joinPersonSql, membershipsSql } from '../registry/registry-sql';

/** Could be in labour resources with a wish on some day (every undated fact allows it; some wish was 有). */
const couldBeLfw = (p: string) => `${p}.work_ability <> 'none' AND ${p}.is_student = 0 AND ${p}.is_retired = 0 AND ${everWishedSql(`${p}.id`)}`;

/**
 * The member `q` (person `qp`, retirement window `qr`, LEFT JOINed) could be in labour resources with a wish and not
 * employed on some day of the window or the day before it (`qfrom` … `wto`): a member of the window's household on
 * one of those days, not archived on the first, within working age under either rule on one of them, no single spell
 * covering them all.
 */
const couldBeUnemployedMember = (q: string, qp: string, qr: string) => `${q}.household_id = w.hid
           AND (${q}.from_date IS NULL OR ${q}.from_date <= w.wto) AND (${q}.to_date IS NULL OR ${q}.to_date >= w.qfrom)
           AND (${qp}.archived_on IS NULL OR ${qp}.archived_on > w.qfrom)
           AND ${qp}.working_age_from <= w.wto AND (${qp}.retirement_on > w.qfrom OR ${qr}.wto >= w.qfrom)
           AND ${couldBeLfw(qp)}
           AND NOT ${employedThroughoutSql(`${qp}.id`, 'w.qfrom', 'w.wto')}`;

/** A person's retirement date under the settings before the change (`r`: their retirement window, LEFT JOINed). */
const retiredBefore = (p: string, r: string) => `IFNULL(${r}.before_on, ${p}.retirement_on)`;

/** The member `alias` (with person `p`) belongs to the window's household on every day of it and the day before, not archived. */
const memberThroughout = (alias: string, p: string) => `${alias}.household_id = w.hid
           AND (${alias}.from_date IS NULL OR ${alias}.from_date <= w.qfrom) AND (${alias}.to_date IS NULL OR ${alias}.to_date >= w.wto)
           AND (${p}.archived_on IS NULL OR ${p}.archived_on > w.wto)`;

/**
 * The households in which some moved person P could be in labour resources with a wish on a day of their window
 * (as a member, not archived: `wfrom` … `wto`), and some member Q — P or another — could be in labour resources with
 * a wish and not employed on a day of it or the day before it (`qfrom` … `wto`; within working age under either
 * rule, a member, not archived, no single spell covering those days); unless neither condition can hold on any of
 * those days under either rule:
 * - zero-employment: the household has business income on all of them, or is rural on all of them (with rural
 *   households excluded, `$ruralExcluded`), or some member E is in LFW and employed on all of them on which anyone
 *   else could be in LFW and unemployed, under both rules (a member and not archived throughout, of working age from
 *   the first day, a wish in force throughout, one spell covering them; and under each rule E's retirement date is
 *   after the window or not before that of any other member who could be in LFW and unemployed on one of them);
 * - double-unemployed: P's period (`prel`) is not the head's or the spouse's (the condition does not read P), or the
 *   head or the spouse (P too) is a member, not archived and employed (one spell) on all of them, or no other head
 *   or spouse could be in LFW and unemployed on any of them.
 * Each check is looser than the rule, so no touched household is left out. Read from the moved persons (CROSS JOIN
 * keeps that order: there are fewer of them than persons), each household's windows tried until one counts.
 */
const TOUCHED_SQL = `
WITH windows AS MATERIALIZED (
  SELECT hid, pid, prel, date(wfrom, '-1 day') AS qfrom, wfrom, wto FROM (
    SELECT m.household_id AS hid, r.person_id AS pid, m.relation AS prel,
           max(r.wfrom, IFNULL(m.from_date, r.wfrom)) AS wfrom,
           min(r.wto, IFNULL(m.to_date, r.wto), IFNULL(date(p.archived_on, '-1 day'), r.wto)) AS wto
      FROM ${RETIREMENT_WINDOWS_SQL} r
      ${joinPersonSql('p', 'r.person_id', 'CROSS JOIN')}
      ${joinMembershipSql('m', 'm.person_id = r.person_id', 'CROSS JOIN')}
     WHERE ${couldBeLfw('p')})
   WHERE wfrom <= wto
)
SELECT h.hid FROM (SELECT DISTINCT hid FROM windows) h
 WHERE EXISTS (
   SELECT 1 FROM windows w
    WHERE w.hid = h.hid
      AND EXISTS (
        SELECT 1 FROM ${membershipsSql('q')} ${joinPersonSql('qp', 'q.person_id')}
          LEFT JOIN ${RETIREMENT_WINDOWS_SQL} qr ON qr.person_id = q.person_id
         WHERE ${couldBeUnemployedMember('q', 'qp', 'qr')})
      AND NOT (
        (${flagThroughoutSql('w.hid', 'business_income', true, 'w.qfrom', 'w.wto')}
         OR ($ruralExcluded = 1 AND ${flagThroughoutSql('w.hid', 'urban', false, 'w.qfrom', 'w.wto')})
         OR EXISTS (
           SELECT 1 FROM ${membershipsSql('e')} ${joinPersonSql('ep', 'e.person_id')}
             LEFT JOIN ${RETIREMENT_WINDOWS_SQL} er ON er.person_id = e.person_id
            WHERE ${memberThroughout('e', 'ep')}
              AND ep.working_age_from <= w.qfrom
              AND ep.work_ability <> 'none' AND ep.is_student = 0 AND ep.is_retired = 0
              AND ${employedThroughoutSql('ep.id', 'w.qfrom', 'w.wto')}
              AND ${wishedThroughoutSql('ep.id', 'w.qfrom', 'w.wto')}
              AND ((ep.retirement_on > w.wto AND ${retiredBefore('ep', 'er')} > w.wto)
               OR NOT EXISTS (
                 SELECT 1 FROM ${membershipsSql('o')} ${joinPersonSql('op', 'o.person_id')}
                   LEFT JOIN ${RETIREMENT_WINDOWS_SQL} orw ON orw.person_id = o.person_id
                  WHERE o.person_id <> e.person_id AND ${couldBeUnemployedMember('o', 'op', 'orw')}
                    AND ((ep.retirement_on <= w.wto AND ep.retirement_on < op.retirement_on)
                      OR (${retiredBefore('ep', 'er')} <= w.wto AND ${retiredBefore('ep', 'er')} < ${retiredBefore('op', 'orw')}))))))
        AND (w.prel NOT IN ('head', 'spouse')
         OR EXISTS (
           SELECT 1 FROM ${membershipsSql('c')} ${joinPersonSql('cp', 'c.person_id')}
            WHERE ${memberThroughout('c', 'cp')} AND c.relation IN ('head', 'spouse')
              AND ${employedThroughoutSql('cp.id', 'w.qfrom', 'w.wto')})
         OR NOT EXISTS (
           SELECT 1 FROM ${membershipsSql('c')} ${joinPersonSql('cp', 'c.person_id')}
             LEFT JOIN ${RETIREMENT_WINDOWS_SQL} cr ON cr.person_id = c.person_id
            WHERE c.person_id <> w.pid AND c.relation IN ('head', 'spouse') AND ${couldBeUnemployedMember('c', 'cp', 'cr')}))))
 ORDER BY h.hid`;

/**
 * The households whose episodes the retirement dates' change (temp.retirement_windows) can touch, in id order;
 * `ruralExcluded`: rural households are excluded from zero-employment under the settings both before and after.
 */
export function householdsTouchedByRetirementChange(db: DeskDatabase, ruralExcluded: boolean): number[] {
  return db.sqlite.prepare(TOUCHED_SQL).pluck().all({ ruralExcluded: ruralExcluded ? 1 : 0 }) as number[];
}

