import type { DeskDatabase } from '../desk-database';

export interface VacancyReferralRow {
  serviceId: number;
  personId: number;
  name: string;
  idNumber: string;
  communityName: string;
  date: string;
  clerk: string | null;
  referralResult: 'hired' | 'refused' | 'pending' | null;
  outcome: string | null;
}

/** The referral services (职业介绍) that name the vacancy, in no particular order. */
function listVacancyReferrals(db: DeskDatabase, vacancyId: number): VacancyReferralRow[] {
  return db.sqlite
    .prepare(
      `SELECT s.id AS serviceId, p.id AS personId, p.name, p.id_number AS idNumber, c.name AS communityName, s.date,
              s.clerk, s.referral_result AS referralResult, s.outcome
         FROM service_records s
         JOIN persons p ON p.id = s.person_id
         JOIN households h ON h.id = p.household_id
         JOIN communities c ON c.id = h.community_id
        WHERE s.vacancy_id = ? AND s.kind = 'referral'`,
    )
    .all(vacancyId) as VacancyReferralRow[];
}

/**
 * Sorted here, not in SQL: an ORDER BY on the date makes SQLite walk services_date_kind_idx over every record of the
 * street (about 0.6 s at 400,000 records) instead of reading the few rows of the vacancy.
 */
export function listVacancyReferralsNewestFirst(db: DeskDatabase, vacancyId: number): VacancyReferralRow[] {
  return listVacancyReferrals(db, vacancyId).sort((a, b) => (a.date === b.date ? b.serviceId - a.serviceId : a.date < b.date ? 1 : -1));
}
