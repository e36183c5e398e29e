/** service_records (services) as the standard workbook keys them: the export's rows, the import's snapshot and writes. */
import type { ServiceRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { joinPersonSql } from '../registry/registry-sql';

/** Person services only: the standard workbook (version 1) has no column for household-level services. */
export function* readServices(db: DeskDatabase): Generator<ServiceRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, s.date, s.kind, s.referral_result AS referralResult, s.content
         FROM service_records s ${joinPersonSql('p', 's.person_id')}
        ORDER BY p.id_number, s.date, s.kind, s.content`,
    )
    .iterate() as IterableIterator<ServiceRecord>;
}

/** Every person service with its row id, in no particular order (the import's snapshot). */
export function existingServices(db: DeskDatabase): IterableIterator<ServiceRecord & { rowId: number }> {
  return db.sqlite
    .prepare(
      `SELECT s.id AS rowId, p.id_number AS idNumber, s.date, s.kind, s.referral_result AS referralResult, s.content
       FROM service_records s ${joinPersonSql('p', 's.person_id')}`,
    )
    .iterate() as IterableIterator<ServiceRecord & { rowId: number }>;
}

/**
 * Prepared writes of imported services (inside the caller's transaction). The workbook has no result date: a result
 * decided in the file is taken as known on the referral's date.
 */
export function serviceRecordWriter(db: DeskDatabase, now: string): {
  insert(record: ServiceRecord, personId: number): void;
  update(record: ServiceRecord, id: number): void;
} {
  const ins = db.sqlite.prepare(
    'INSERT INTO service_records (person_id, date, kind, referral_result, referral_result_on, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const upd = db.sqlite.prepare(
    `UPDATE service_records SET referral_result = ?,
            referral_result_on = CASE WHEN ? IN ('hired', 'refused') THEN COALESCE(referral_result_on, date) ELSE NULL END,
            updated_at = ?
      WHERE id = ?`,
  );
  const resultOn = (r: { date: string; referralResult: string | null }) =>
    r.referralResult === 'hired' || r.referralResult === 'refused' ? r.date : null;
  return {
    insert(r, personId) {
      ins.run(personId, r.date, r.kind, r.referralResult, resultOn(r), r.content, now, now);
    },
    update(r, id) {
      upd.run(r.referralResult, r.referralResult, now, id);
    },
  };
}
