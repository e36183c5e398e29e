/** assistance_measures (recognitions): the measures of 一人一策 agreements. */
import { and, eq } from 'drizzle-orm';
import type { ServiceKind } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { pluckText } from '../pluck';
import { assistanceMeasures } from '../../schema';
import { joinServiceSql } from '../services/service-sql';
import { nowIso } from '../../../shared/clock';
import { findRecordById } from '../record-by-id';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A row as read (the table's columns but its timestamps). */
export type MeasureRow = RecordOf<typeof assistanceMeasures>;

/** A measure with the kind and date of the service record linked to it. */
export interface MeasureListRow extends MeasureRow {
  serviceKind: ServiceKind | null;
  serviceDate: string | null;
}

const columns = recordColumns(assistanceMeasures);

export function findMeasure(db: DeskDatabase, id: number): MeasureRow | null {
  return findRecordById(db, assistanceMeasures, id);
}

/** The measures of these agreements, by planned date, then in the order added. */
export function listMeasuresOf(db: DeskDatabase, agreementIds: readonly number[]): MeasureListRow[] {
  if (agreementIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT m.id, m.agreement_id AS agreementId, m.kind, m.description, m.planned_on AS plannedOn, m.done_on AS doneOn,
              m.service_record_id AS serviceRecordId, m.version, s.kind AS serviceKind, s.date AS serviceDate
         FROM assistance_measures m ${joinServiceSql('s', 's.id = m.service_record_id', 'LEFT JOIN')}
        WHERE m.agreement_id IN (SELECT value FROM json_each(?))
        ORDER BY m.planned_on, m.id`,
    )
    .all(JSON.stringify(agreementIds)) as MeasureListRow[];
}

/** The latest day a measure of the agreement was done, if any. */
export function latestDoneOn(db: DeskDatabase, agreementId: number): string | null {
  return pluckText(db, 'SELECT MAX(done_on) FROM assistance_measures WHERE agreement_id = ?', agreementId);
}

export function insertMeasure(
  db: DeskDatabase,
  values: Pick<MeasureRow, 'agreementId' | 'kind' | 'description' | 'plannedOn'>,
): MeasureRow {
  return insertStamped(db, assistanceMeasures, { ...values, doneOn: null, serviceRecordId: null, version: 0 }).returning(columns).get();
}

/** Marks the measure done; null when `expectedVersion` is stale. */
export function completeMeasureRow(
  db: DeskDatabase,
  id: number,
  expectedVersion: number,
  doneOn: string,
  serviceRecordId: number | null,
): MeasureRow | null {
  return (
    db.orm
      .update(assistanceMeasures)
      .set({ doneOn, serviceRecordId, version: expectedVersion + 1, updatedAt: nowIso() })
      .where(and(eq(assistanceMeasures.id, id), eq(assistanceMeasures.version, expectedVersion)))
      .returning(columns)
      .get() ?? null
  );
}
