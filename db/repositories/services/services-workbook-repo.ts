/**
 * service_records as the standard workbook reads and writes them (docs/workbook-v2.md 服务记录, 家庭服务记录): a
 * person's records by ID number, a household's by 户编号, each with its 序号 (1, 2 … among records of the same
 * subject, day, kind and content, in the order they were recorded); the vacancy and agreement as row ids (the
 * workbook service names them).
 */
import type { DeskDatabase } from '../../desk-database';
import type { HouseholdServiceRecord, ServiceKind, ServiceRecord, ServiceRef } from '../../../shared/domain/workbook/records';
import { idNumbersWhere, joinHouseholdSql, joinPersonSql } from '../registry/registry-sql';
import { batchedInsert } from '../batched-insert';

type Row = [
  id: number,
  date: string,
  kind: ServiceKind,
  content: string | null,
  clerk: string | null,
  outcome: string | null,
  referralResult: ServiceRecord['referralResult'],
  referralResultOn: string | null,
  vacancyId: number | null,
  course: string | null,
  hours: number | null,
  certificate: string | null,
  benefitType: string | null,
  amount: number | null,
  benefitPeriod: string | null,
  approvalNumber: string | null,
  agreementId: number | null,
];

const COLUMNS = `s.id, s.date, s.kind, s.content, s.clerk, s.outcome, s.referral_result, s.referral_result_on, s.vacancy_id, s.course, s.hours, s.certificate,
  s.benefit_type, s.amount, s.benefit_period, s.approval_number, s.agreement_id`;

export type PersonServiceRow = { id: number; vacancyId: number | null; agreementId: number | null; record: Omit<ServiceRecord, 'vacancy' | 'agreementSignedOn'> };

/**
 * Every person's (or, with `idNumbers`, those persons') service record with its row id, by ID number, date, kind,
 * content and the order recorded.
 */
export function* personServiceSheetRows(db: DeskDatabase, idNumbers?: readonly string[]): Generator<PersonServiceRow> {
  const only = idNumbersWhere('p', idNumbers);
  const rows = db.sqlite
    .prepare(
      `SELECT p.id_number, ${COLUMNS} FROM service_records s ${joinPersonSql('p', 's.person_id')} ${only.where}
        ORDER BY p.id_number, s.date, s.kind, s.content, s.id`,
    )
    .raw()
    .iterate(...only.params) as IterableIterator<[string, ...Row]>;
  let previous: Omit<ServiceRecord, 'vacancy' | 'agreementSignedOn'> | null = null;
  for (const [idNumber, id, date, kind, content, clerk, outcome, referralResult, referralResultOn, vacancyId, course, hours, certificate, benefitType, amount, benefitPeriod, approvalNumber, agreementId] of rows) {
    const sameGroup: boolean = previous !== null && previous.idNumber === idNumber && previous.date === date && previous.kind === kind && previous.content === content;
    const record: Omit<ServiceRecord, 'vacancy' | 'agreementSignedOn'> = {
      idNumber,
      date,
      kind,
      referralResult,
      content,
      seq: sameGroup && previous ? previous.seq + 1 : 1,
      clerk,
      outcome,
      referralResultOn,
      course,
      hours,
      certificate,
      benefitType,
      amount,
      benefitPeriod,
      approvalNumber,
    };
    previous = record;
    yield { id, vacancyId, agreementId, record };
  }
}

/** Every household's service record with its row id, by 户编号, date, kind, content and the order recorded. */
export function* householdServiceSheetRows(db: DeskDatabase): Generator<{ id: number; record: HouseholdServiceRecord }> {
  const rows = db.sqlite
    .prepare(
      `SELECT h.number, ${COLUMNS} FROM service_records s ${joinHouseholdSql('h', 's.household_id')}
        WHERE s.person_id IS NULL ORDER BY h.number, s.date, s.kind, s.content, s.id`,
    )
    .raw()
    .iterate() as IterableIterator<[string, ...Row]>;
  let previous: HouseholdServiceRecord | null = null;
  for (const [householdNumber, id, date, kind, content, clerk, outcome, , , , , , , benefitType, amount, benefitPeriod, approvalNumber] of rows) {
    const sameGroup: boolean = previous !== null && previous.householdNumber === householdNumber && previous.date === date && previous.kind === kind && previous.content === content;
    const record: HouseholdServiceRecord = {
      householdNumber,
      date,
      kind,
      content,
      seq: sameGroup && previous ? previous.seq + 1 : 1,
      clerk,
      outcome,
      benefitType,
      amount,
      benefitPeriod,
      approvalNumber,
    };
    previous = record;
    yield { id, record };
  }
}

export function countPersonServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NOT NULL').pluck().get());
}

export function countHouseholdServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NULL').pluck().get());
}

/** The services with these row ids as another sheet names them (date, kind, content, 序号). */
export function serviceRefsByIds(db: DeskDatabase, ids: readonly number[]): Map<number, ServiceRef> {
  if (ids.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT s.id, s.date, s.kind, s.content,
              (SELECT COUNT(*) FROM service_records o WHERE o.person_id = s.person_id AND o.date = s.date AND o.kind = s.kind
                  AND o.content IS s.content AND o.id <= s.id) AS seq
         FROM service_records s WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(ids)) as [number, string, ServiceKind, string | null, number][];
  return new Map(rows.map(([id, date, kind, content, seq]) => [id, { date, kind, content, seq }]));
}

export interface ServiceLinks {
  vacancyId: number | null;
  agreementId: number | null;
}

/** Prepared writes of imported service records (inside the caller's transaction). */
export function serviceSheetWriter(db: DeskDatabase, now: string): {
  insertPersonService(r: ServiceRecord, personId: number, links: ServiceLinks): number;
  updatePersonService(r: ServiceRecord, id: number, links: ServiceLinks): void;
  insertHouseholdService(r: HouseholdServiceRecord, householdId: number): void;
  updateHouseholdService(r: HouseholdServiceRecord, id: number): void;
  /** Inserts the records still waiting in the batch: before a row that refers to one (a measure) is written, and at the end. */
  flush(): void;
} {
  const s = db.sqlite;
  const ins = batchedInsert(db, 'service_records', [
    'person_id', 'household_id', 'date', 'kind', 'content', 'clerk', 'outcome', 'referral_result', 'referral_result_on', 'vacancy_id', 'course', 'hours',
    'certificate', 'benefit_type', 'amount', 'benefit_period', 'approval_number', 'agreement_id', 'created_at', 'updated_at',
  ]);
  const upd = s.prepare(
    `UPDATE service_records SET clerk = ?, outcome = ?, referral_result = ?, referral_result_on = ?, vacancy_id = ?, course = ?, hours = ?, certificate = ?,
            benefit_type = ?, amount = ?, benefit_period = ?, approval_number = ?, agreement_id = ?, updated_at = ? WHERE id = ?`,
  );
  return {
    insertPersonService: (r, personId, links) =>
      ins.add([personId, null, r.date, r.kind, r.content, r.clerk, r.outcome, r.referralResult, r.referralResultOn, links.vacancyId, r.course, r.hours, r.certificate,
        r.benefitType, r.amount, r.benefitPeriod, r.approvalNumber, links.agreementId, now, now]),
    updatePersonService: (r, id, links) => {
      upd.run(r.clerk, r.outcome, r.referralResult, r.referralResultOn, links.vacancyId, r.course, r.hours, r.certificate, r.benefitType, r.amount, r.benefitPeriod,
        r.approvalNumber, links.agreementId, now, id);
    },
    insertHouseholdService: (r, householdId) => {
      ins.add([null, householdId, r.date, r.kind, r.content, r.clerk, r.outcome, null, null, null, null, null, null, r.benefitType, r.amount, r.benefitPeriod,
        r.approvalNumber, null, now, now]);
    },
    updateHouseholdService: (r, id) => {
      upd.run(r.clerk, r.outcome, null, null, null, null, null, null, r.benefitType, r.amount, r.benefitPeriod, r.approvalNumber, null, now, id);
    },
    flush: () => ins.flush(),
  };
}
