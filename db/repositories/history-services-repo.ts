import type { DeskDatabase } from '../desk-database';
import { serviceRecords } from '../schema';

import type { ServiceKind } from '../../shared/domain/workbook/records';
import { nowIso } from '../../shared/clock';

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

const SELECT_SERVICE = `SELECT s.id, s.person_id AS personId, s.household_id AS householdId, s.date, s.kind, s.clerk,
        s.outcome, s.content, s.vacancy_id AS vacancyId, v.title AS vacancyTitle, s.referral_result AS referralResult,
        s.referral_result_on AS referralResultOn,
        s.course, s.hours, s.certificate, s.benefit_type AS benefitType, s.amount, s.benefit_period AS benefitPeriod,
        s.approval_number AS approvalNumber
   FROM service_records s LEFT JOIN vacancies v ON v.id = s.vacancy_id`;

export function insertService(db: DeskDatabase, values: ServiceValues): number {
  const now = nowIso();
  return db.orm
    .insert(serviceRecords)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: serviceRecords.id })
    .get().id;
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
