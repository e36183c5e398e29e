/**
 * employment_wishes, employment_spells and unemployment_registrations as the standard workbook reads and writes them
 * (docs/workbook-v2.md 就业愿望, 就业记录, 失业登记), by ID number and date; a spell's employer is its row id (the
 * workbook service names it).
 */
import type { DeskDatabase } from '../../desk-database';
import { batchedInsert } from '../batched-insert';
import type { RegistrationRecord, SpellRecord, WishRecord } from '../../../shared/domain/workbook/records';
import { idNumbersWhere, joinPersonSql } from '../registry/registry-sql';

type Bool = 0 | 1;
const b = (v: boolean): Bool => (v ? 1 : 0);
const bn = (v: boolean | null): Bool | null => (v === null ? null : b(v));
const fromBool = (v: Bool | null): boolean | null => (v === null ? null : v === 1);

/** Every wish with its row id, by ID number, the undated first, then by date. */
export function* wishSheetRows(db: DeskDatabase): Generator<{ id: number; record: WishRecord }> {
  const rows = db.sqlite
    .prepare(
      `SELECT w.id, p.id_number, w.recorded_on, w.has_wish, w.wished_job, w.wished_wage, w.training_wanted, w.no_wish_reason, w.deemed_by_refusals
         FROM employment_wishes w ${joinPersonSql('p', 'w.person_id')}
        ORDER BY p.id_number, w.recorded_on IS NOT NULL, w.recorded_on`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string | null, Bool, string | null, number | null, string | null, string | null, Bool]>;
  for (const [id, idNumber, recordedOn, hasWish, wishedJob, wishedWage, trainingWanted, noWishReason, deemed] of rows) {
    yield { id, record: { idNumber, recordedOn, hasWish: hasWish === 1, wishedJob, wishedWage, trainingWanted, noWishReason, deemedByRefusals: deemed === 1 } };
  }
}

/** Every spell with its row id and its employer's row id, by ID number and start. */
export function* spellSheetRows(db: DeskDatabase): Generator<{ id: number; employerId: number | null; record: Omit<SpellRecord, 'employer'> }> {
  const rows = db.sqlite
    .prepare(
      `SELECT s.id, p.id_number, s.start_date, s.end_date, s.kind, s.employer_name, s.employer_id, s.post, s.contract_signed, s.social_insurance_paid
         FROM employment_spells s ${joinPersonSql('p', 's.person_id')} ORDER BY p.id_number, s.start_date`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string, string | null, SpellRecord['kind'], string | null, number | null, string | null, Bool | null, Bool | null]>;
  for (const [id, idNumber, startDate, endDate, kind, employerName, employerId, post, contract, insurance] of rows) {
    yield {
      id,
      employerId,
      record: { idNumber, startDate, endDate, kind, employerName, post, contractSigned: fromBool(contract), socialInsurancePaid: fromBool(insurance) },
    };
  }
}

/** Every registration with its row id, by ID number and date. */
export function* registrationSheetRows(db: DeskDatabase, idNumbers?: readonly string[]): Generator<{ id: number; record: RegistrationRecord }> {
  const only = idNumbersWhere('p', idNumbers);
  const rows = db.sqlite
    .prepare(
      `SELECT r.id, p.id_number, r.registered_on, r.reason, r.cancelled_on, r.cancel_reason
         FROM unemployment_registrations r ${joinPersonSql('p', 'r.person_id')} ${only.where} ORDER BY p.id_number, r.registered_on`,
    )
    .raw()
    .iterate(...only.params) as IterableIterator<[number, string, string, RegistrationRecord['reason'], string | null, string | null]>;
  for (const [id, idNumber, registeredOn, reason, cancelledOn, cancelReason] of rows) {
    yield { id, record: { idNumber, registeredOn, reason, cancelledOn, cancelReason } };
  }
}

/** Prepared writes of imported wishes, spells and registrations (inside the caller's transaction). */
export function employmentSheetWriter(db: DeskDatabase, now: string): {
  insertWish(w: WishRecord, personId: number): void;
  updateWish(w: WishRecord, id: number): void;
  insertSpell(s: SpellRecord, personId: number, employerId: number | null): void;
  updateSpell(s: SpellRecord, id: number, employerId: number | null): void;
  insertRegistration(r: RegistrationRecord, personId: number): void;
  updateRegistration(r: RegistrationRecord, id: number): void;
  /** Inserts the rows still waiting in their batches (at the end). */
  flush(): void;
} {
  const s = db.sqlite;
  const insWish = batchedInsert(db, 'employment_wishes', [
    'person_id', 'recorded_on', 'has_wish', 'wished_job', 'wished_wage', 'training_wanted', 'no_wish_reason', 'deemed_by_refusals', 'created_at', 'updated_at',
  ]);
  const updWish = s.prepare(
    'UPDATE employment_wishes SET has_wish = ?, wished_job = ?, wished_wage = ?, training_wanted = ?, no_wish_reason = ?, deemed_by_refusals = ?, updated_at = ? WHERE id = ?',
  );
  const insSpell = batchedInsert(db, 'employment_spells', [
    'person_id', 'start_date', 'end_date', 'kind', 'employer_name', 'employer_id', 'post', 'contract_signed', 'social_insurance_paid', 'created_at', 'updated_at',
  ]);
  const updSpell = s.prepare(
    'UPDATE employment_spells SET end_date = ?, kind = ?, employer_name = ?, employer_id = ?, post = ?, contract_signed = ?, social_insurance_paid = ?, updated_at = ? WHERE id = ?',
  );
  const insReg = batchedInsert(db, 'unemployment_registrations', ['person_id', 'registered_on', 'reason', 'cancelled_on', 'cancel_reason', 'created_at', 'updated_at']);
  const updReg = s.prepare('UPDATE unemployment_registrations SET reason = ?, cancelled_on = ?, cancel_reason = ?, updated_at = ? WHERE id = ?');
  return {
    insertWish: (w, personId) => {
      insWish.add([personId, w.recordedOn, b(w.hasWish), w.wishedJob, w.wishedWage, w.trainingWanted, w.noWishReason, b(w.deemedByRefusals), now, now]);
    },
    updateWish: (w, id) => {
      updWish.run(b(w.hasWish), w.wishedJob, w.wishedWage, w.trainingWanted, w.noWishReason, b(w.deemedByRefusals), now, id);
    },
    insertSpell: (r, personId, employerId) => {
      insSpell.add([personId, r.startDate, r.endDate, r.kind, r.employerName, employerId, r.post, bn(r.contractSigned), bn(r.socialInsurancePaid), now, now]);
    },
    updateSpell: (r, id, employerId) => {
      updSpell.run(r.endDate, r.kind, r.employerName, employerId, r.post, bn(r.contractSigned), bn(r.socialInsurancePaid), now, id);
    },
    insertRegistration: (r, personId) => {
      insReg.add([personId, r.registeredOn, r.reason, r.cancelledOn, r.cancelReason, now, now]);
    },
    updateRegistration: (r, id) => {
      updReg.run(r.reason, r.cancelledOn, r.cancelReason, now, id);
    },
    flush: () => {
      insWish.flush();
      insSpell.flush();
      insReg.flush();
    },
  };
}
