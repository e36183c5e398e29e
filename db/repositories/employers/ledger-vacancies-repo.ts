/**
 * Vacancies for 岗位开发情况和需求台账 (DOMAIN §7): open on some day of the period (opened by its end, not filled before
 * its start), with the employer, the community (the vacancy's own, else the employer's paired community) and the
 * referrals hired into it whose result was known by D.
 */
import type { DeskDatabase } from '../../desk-database';
import { hiredIntoSql } from '../services/service-sql';

export interface LedgerVacancyRow {
  id: number;
  title: string;
  posts: number;
  skills: string | null;
  wage: number | null;
  openedOn: string;
  filledOn: string | null;
  publicWelfare: 0 | 1;
  developedByCommunity: 0 | 1;
  employerName: string;
  communityId: number | null;
  hired: number;
}

export function vacanciesOpenDuring(db: DeskDatabase, from: string, to: string, asOf: string): LedgerVacancyRow[] {
  return db.sqlite
    .prepare(
      `SELECT v.id, v.title, v.posts, v.skills, v.wage, v.opened_on AS openedOn, v.filled_on AS filledOn,
              v.public_welfare AS publicWelfare, v.developed_by_community AS developedByCommunity, e.name AS employerName,
              COALESCE(v.community_id, e.paired_community_id) AS communityId,
              ${hiredIntoSql('v.id', '$asOf')} AS hired
         FROM vacancies v JOIN employers e ON e.id = v.employer_id
        WHERE v.opened_on <= $to AND (v.filled_on IS NULL OR v.filled_on >= $from)
        ORDER BY v.opened_on, v.id`,
    )
    .all({ from, to, asOf }) as LedgerVacancyRow[];
}
