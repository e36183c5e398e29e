/** The service records written under 一人一策 agreements: the signing (援助协议) and the follow-ups (跟踪回访). */
import type { ServiceKind } from '../../shared/domain/workbook/records';
import type { DeskDatabase } from '../desk-database';
import { serviceRecords } from '../schema';
import { nowIso } from '../../shared/clock';

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
  const now = nowIso();
  const id = db.orm
    .insert(serviceRecords)
    .values({ ...values, householdId: null, createdAt: now, updatedAt: now })
    .returning({ id: serviceRecords.id })
    .get().id;
  return db.sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as AgreementServiceRow;
}

/** The service records of these agreements, oldest first. */
export function listAgreementServices(db: DeskDatabase, agreementIds: readonly number[]): AgreementServiceRow[] {
  if (agreementIds.length === 0) return [];
  return db.sqlite
    .prepare(`${SELECT} WHERE agreement_id IN (SELECT value FROM json_each(?)) ORDER BY date, id`)
    .all(JSON.stringify(agreementIds)) as AgreementServiceRow[];
}

/** The latest follow-up under the agreement, if any. */
export function latestFollowUpOn(db: DeskDatabase, agreementId: number): string | null {
  const value = db.sqlite
    .prepare("SELECT MAX(date) FROM service_records WHERE agreement_id = ? AND kind = 'follow_up'")
    .pluck()
    .get(agreementId) as string | null;
  return value ?? null;
}

/** A person's own service record (for linking a measure to it): its person, kind and date; null when unknown. */
export function findServiceFacts(db: DeskDatabase, id: number): { id: number; personId: number | null; kind: ServiceKind; date: string } | null {
  return (
    (db.sqlite.prepare('SELECT id, person_id AS personId, kind, date FROM service_records WHERE id = ?').get(id) as
      | { id: number; personId: number | null; kind: ServiceKind; date: string }
      | undefined) ?? null
  );
}
