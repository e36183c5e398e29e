/**
 * employment_spells, unemployment_registrations and the undated employment_wishes (employment) as the standard
 * workbook keys them: the export's rows, the import's snapshot and writes.
 */
import type { RegistrationRecord, SpellRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { joinPersonSql } from '../registry/registry-sql';

type Bool = 0 | 1;

const b = (v: boolean): Bool => (v ? 1 : 0);

export function* readSpells(db: DeskDatabase): Generator<SpellRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, s.start_date AS startDate, s.end_date AS endDate, s.kind, s.employer_name AS employerName
         FROM employment_spells s ${joinPersonSql('p', 's.person_id')} ORDER BY p.id_number, s.start_date`,
    )
    .iterate() as IterableIterator<SpellRecord>;
}

export function* readRegistrations(db: DeskDatabase): Generator<RegistrationRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn, r.cancel_reason AS cancelReason
         FROM unemployment_registrations r ${joinPersonSql('p', 'r.person_id')} ORDER BY p.id_number, r.registered_on`,
    )
    .iterate() as IterableIterator<RegistrationRecord>;
}

/** Every spell with its row id, in no particular order (the import's snapshot). */
export function existingSpells(db: DeskDatabase): IterableIterator<SpellRecord & { rowId: number }> {
  return db.sqlite
    .prepare(
      `SELECT s.id AS rowId, p.id_number AS idNumber, s.start_date AS startDate, s.end_date AS endDate, s.kind, s.employer_name AS employerName
       FROM employment_spells s ${joinPersonSql('p', 's.person_id')}`,
    )
    .iterate() as IterableIterator<SpellRecord & { rowId: number }>;
}

/** Every registration with its row id, in no particular order (the import's snapshot). */
export function existingRegistrations(db: DeskDatabase): IterableIterator<RegistrationRecord & { rowId: number }> {
  return db.sqlite
    .prepare(
      `SELECT r.id AS rowId, p.id_number AS idNumber, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn, r.cancel_reason AS cancelReason
       FROM unemployment_registrations r ${joinPersonSql('p', 'r.person_id')}`,
    )
    .iterate() as IterableIterator<RegistrationRecord & { rowId: number }>;
}

/** The wish columns of a 人员 row. */
export interface WorkbookWishRow {
  personId: number;
  hasWish: Bool;
  noWishReason: string | null;
  trainingWanted: string | null;
}

/** Each person's wish in force on `date` (the latest dated on or before it, else the last undated), by person id. */
export function workbookWishesOn(db: DeskDatabase, date: string): Map<number, WorkbookWishRow> {
  const out = new Map<number, WorkbookWishRow>();
  const rows = db.sqlite
    .prepare(
      `SELECT person_id AS personId, has_wish AS hasWish, no_wish_reason AS noWishReason, training_wanted AS trainingWanted
         FROM employment_wishes WHERE recorded_on IS NULL OR recorded_on <= ?
        ORDER BY person_id, recorded_on IS NOT NULL, recorded_on`,
    )
    .iterate(date) as IterableIterator<WorkbookWishRow>;
  for (const row of rows) out.set(row.personId, row);
  return out;
}

/** Prepared writes of an imported person's undated wish (inside the caller's transaction), replacing the one recorded. */
export function undatedWishWriter(db: DeskDatabase, now: string): {
  deleteOf(personId: number): void;
  insert(personId: number, wish: { hasWish: boolean; trainingWanted: string | null; noWishReason: string | null }): void;
} {
  const del = db.sqlite.prepare('DELETE FROM employment_wishes WHERE person_id = ? AND recorded_on IS NULL');
  const ins = db.sqlite.prepare(
    'INSERT INTO employment_wishes (person_id, recorded_on, has_wish, training_wanted, no_wish_reason, deemed_by_refusals, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, 0, ?, ?)',
  );
  return {
    deleteOf(personId) {
      del.run(personId);
    },
    insert(personId, wish) {
      ins.run(personId, b(wish.hasWish), wish.trainingWanted, wish.noWishReason, now, now);
    },
  };
}

/** Prepared writes of imported spells (inside the caller's transaction). */
export function spellRecordWriter(db: DeskDatabase, now: string): {
  insert(record: SpellRecord, personId: number): void;
  update(record: SpellRecord, id: number): void;
} {
  const ins = db.sqlite.prepare('INSERT INTO employment_spells (person_id, start_date, end_date, kind, employer_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const upd = db.sqlite.prepare('UPDATE employment_spells SET end_date = ?, kind = ?, employer_name = ?, updated_at = ? WHERE id = ?');
  return {
    insert(r, personId) {
      ins.run(personId, r.startDate, r.endDate, r.kind, r.employerName, now, now);
    },
    update(r, id) {
      upd.run(r.endDate, r.kind, r.employerName, now, id);
    },
  };
}

/** Prepared writes of imported registrations (inside the caller's transaction). */
export function registrationRecordWriter(db: DeskDatabase, now: string): {
  insert(record: RegistrationRecord, personId: number): void;
  update(record: RegistrationRecord, id: number): void;
} {
  const ins = db.sqlite.prepare(
    'INSERT INTO unemployment_registrations (person_id, registered_on, reason, cancelled_on, cancel_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const upd = db.sqlite.prepare('UPDATE unemployment_registrations SET reason = ?, cancelled_on = ?, cancel_reason = ?, updated_at = ? WHERE id = ?');
  return {
    insert(r, personId) {
      ins.run(personId, r.registeredOn, r.reason, r.cancelledOn, r.cancelReason, now, now);
    },
    update(r, id) {
      upd.run(r.reason, r.cancelledOn, r.cancelReason, now, id);
    },
  };
}
