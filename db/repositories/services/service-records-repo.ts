/** service_records (services): services recorded for persons and households, 一人一策 services, referrals of a vacancy. */
import { nowIso } from '../../../shared/clock';
import type { ServiceKind } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { rowsForIds } from '../rows-for-ids';
import { pluckText } from '../pluck';
import { serviceRecords } from '../../schema';
import { joinCommunitySql } from '../communities/community-sql';
import { joinVacancySql } from '../employers/employer-sql';
import { joinHouseholdSql, joinPersonSql } from '../registry/registry-sql';
import { insertStamped } from '../insert-stamped';

export type { ServiceKind };

export interface ServiceValues {
  personId: number | null;
  householdId: number | null;
  date: string;
  kind: ServiceKind;
  clerk: string | null;
  outcome: string | null;
  content: string | null;
  vacancyId: number | null;
  referralResult: 'hired' | 'refused' | 'pending' | null;
  /** Set when a referral's result is hired or refused. */
  referralResultOn?: string | null;
  course: string | null;
  hours: number | null;
  certificate: string | null;
  benefitType: string | null;
  amount: number | null;
  benefitPeriod: string | null;
  approvalNumber: string | null;
}

export interface ServiceRow extends ServiceValues {
  id: number;
  referralResultOn: string | null;
  vacancyTitle: string | null;
}

/** The columns of a ServiceRow, over service_records `s` LEFT JOINed to its vacancy `v`. */
export const SERVICE_ROW_COLUMNS = `s.id, s.person_id AS personId, s.household_id AS householdId, s.date, s.kind, s.clerk,
        s.outcome, s.content, s.vacancy_id AS vacancyId, v.title AS vacancyTitle, s.referral_result AS referralResult,
        s.referral_result_on AS referralResultOn,
        s.course, s.hours, s.certificate, s.benefit_type AS benefitType, s.amount, s.benefit_period AS benefitPeriod,
        s.approval_number AS approvalNumber`;

const SELECT_SERVICE = `SELECT ${SERVICE_ROW_COLUMNS}
   FROM service_records s ${joinVacancySql('v', 's.vacancy_id', 'LEFT JOIN')}`;

export function insertService(db: DeskDatabase, values: ServiceValues): number {
  return insertStamped(db, serviceRecords, values).returning({ id: serviceRecords.id }).get().id;
}

export function findService(db: DeskDatabase, id: number): ServiceRow | null {
  return (db.sqlite.prepare(`${SELECT_SERVICE} WHERE s.id = ?`).get(id) as ServiceRow | undefined) ?? null;
}

/** A person's own service records, newest first. */
export function listServicesOfPerson(db: DeskDatabase, personId: number): ServiceRow[] {
  return db.sqlite
    .prepare(`${SELECT_SERVICE} WHERE s.person_id = ? ORDER BY s.date DESC, s.id DESC`)
    .all(personId) as ServiceRow[];
}

/** Services recorded for a household as a whole (not its members' own), newest first. */
export function listServicesOfHousehold(db: DeskDatabase, householdId: number): ServiceRow[] {
  return db.sqlite
    .prepare(`${SELECT_SERVICE} WHERE s.household_id = ? ORDER BY s.date DESC, s.id DESC`)
    .all(householdId) as ServiceRow[];
}

/**
 * Decides a pending referral: changes the row only while it is still pending, so of two clerks deciding the same
 * referral the second changes nothing (false).
 */
export function decidePendingReferral(db: DeskDatabase, id: number, result: 'hired' | 'refused', resultOn: string): boolean {
  const info = db.sqlite
    .prepare(
      `UPDATE service_records SET referral_result = ?, referral_result_on = ?, updated_at = ?
        WHERE id = ? AND kind = 'referral' AND referral_result = 'pending'`,
    )
    .run(result, resultOn, nowIso(), id);
  return info.changes === 1;
}

export interface AgreementServiceValues {
  personId: number;
  agreementId: number;
  date: string;
  kind: Extract<ServiceKind, 'assistance_agreement' | 'follow_up'>;
  clerk: string;
  content: string;
  outcome: string | null;
}

export interface AgreementServiceRow {
  id: number;
  agreementId: number;
  personId: number;
  date: string;
  kind: ServiceKind;
  clerk: string | null;
  content: string | null;
  outcome: string | null;
}

const SELECT = `SELECT id, agreement_id AS agreementId, person_id AS personId, date, kind, clerk, content, outcome
                  FROM service_records`;

export function insertAgreementService(db: DeskDatabase, values: AgreementServiceValues): AgreementServiceRow {
  const id = insertStamped(db, serviceRecords, { ...values, householdId: null }).returning({ id: serviceRecords.id }).get().id;
  return db.sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as AgreementServiceRow;
}

/** The service records of these agreements, oldest first. */
export function listAgreementServices(db: DeskDatabase, agreementIds: readonly number[]): AgreementServiceRow[] {
  return rowsForIds<AgreementServiceRow>(db, `${SELECT} WHERE agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY date, id`, agreementIds);
}

/** The latest follow-up under the agreement, if any. */
export function latestFollowUpOn(db: DeskDatabase, agreementId: number): string | null {
  return pluckText(db, "SELECT MAX(date) FROM service_records WHERE agreement_id = ? AND kind = 'follow_up'", agreementId);
}

/** A person's own service record (for linking a measure to it): its person, kind and date; null when unknown. */
export function findServiceFacts(db: DeskDatabase, id: number): { id: number; personId: number | null; kind: ServiceKind; date: string } | null {
  return (
    (db.sqlite.prepare('SELECT id, person_id AS personId, kind, date FROM service_records WHERE id = ?').get(id) as
      | { id: number; personId: number | null; kind: ServiceKind; date: string }
      | undefined) ?? null
  );
}

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
         ${joinPersonSql('p', 's.person_id')}
         ${joinHouseholdSql('h', 'p.household_id')}
         ${joinCommunitySql('c', 'h.community_id')}
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

export function countPersonServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NOT NULL').pluck().get());
}

export function countHouseholdServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NULL').pluck().get());
}

/** Whether any service is recorded. */
export function hasServiceRecords(db: DeskDatabase): boolean {
  return db.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM service_records)').pluck().get() === 1;
}
