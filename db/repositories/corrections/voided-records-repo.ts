/** voided_records (corrections): records voided with a reason, as they were; what the person's timeline shows struck through. */
import { nowIso } from '../../../shared/clock';
import type { DeskDatabase } from '../../desk-database';

export interface VoidedValues {
  entity: string;
  recordId: number;
  personId: number | null;
  communityId: number | null;
  recordDate: string | null;
  title: string;
  detail: string | null;
  /** The record as it was, stored as JSON. */
  row: unknown;
  reason: string;
  voidedBy: string;
}

/** A voided record as listed: what was stored but the row itself, with its id and the time it was voided. */
export interface VoidedRow extends Omit<VoidedValues, 'row'> {
  id: number;
  voidedAt: string;
}

const COLUMNS = `id, entity, record_id AS recordId, person_id AS personId, community_id AS communityId, record_date AS recordDate,
        title, detail, reason, voided_by AS voidedBy, voided_at AS voidedAt`;

export function insertVoided(db: DeskDatabase, values: VoidedValues): VoidedRow {
  return db.sqlite
    .prepare(
      `INSERT INTO voided_records (entity, record_id, person_id, community_id, record_date, title, detail, row, reason, voided_by, voided_at)
       VALUES (@entity, @recordId, @personId, @communityId, @recordDate, @title, @detail, @row, @reason, @voidedBy, @voidedAt)
       RETURNING ${COLUMNS}`,
    )
    .get({ ...values, row: JSON.stringify(values.row), voidedAt: nowIso() }) as VoidedRow;
}

/** The person's voided records, oldest voiding first. */
export function listVoidedOfPerson(db: DeskDatabase, personId: number): VoidedRow[] {
  return db.sqlite.prepare(`SELECT ${COLUMNS} FROM voided_records WHERE person_id = ? ORDER BY id`).all(personId) as VoidedRow[];
}

/** The community's voided records (its complaints), oldest voiding first. */
export function listVoidedOfCommunity(db: DeskDatabase, communityId: number): VoidedRow[] {
  return db.sqlite.prepare(`SELECT ${COLUMNS} FROM voided_records WHERE community_id = ? ORDER BY id`).all(communityId) as VoidedRow[];
}

/** How many voided records name the person (a person with any is not "entered by mistake"). */
export function countVoidedOfPerson(db: DeskDatabase, personId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM voided_records WHERE person_id = ?').pluck().get(personId));
}

export function countVoidedOfCommunity(db: DeskDatabase, communityId: number): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM voided_records WHERE community_id = ?').pluck().get(communityId));
}
