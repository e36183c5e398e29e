/**
 * worklist_dispositions (worklist): a clerk's 已处理 or 暂缓 on a 待办 row, read as of a date D — in force from the
 * day decided, a postponement until its date, and no longer from the day withdrawn (撤销).
 */
import type { DeskDatabase } from '../../desk-database';
import { worklistDispositions } from '../../schema';
import { insertStamped } from '../insert-stamped';
import { nowIso } from '../../../shared/clock';

export type DispositionDecision = 'handled' | 'postponed';

export interface DispositionValues {
  rowId: string;
  dueOn: string;
  kind: string;
  subjectKind: 'person' | 'household' | 'community';
  subjectId: number;
  decision: DispositionDecision;
  decidedOn: string;
  decidedBy: string;
  serviceRecordId: number | null;
  reason: string | null;
  postponedUntil: string | null;
}

export interface DispositionRow extends DispositionValues {
  id: number;
  withdrawnOn: string | null;
}

const COLUMNS = `id, row_id AS rowId, due_on AS dueOn, kind, subject_kind AS subjectKind, subject_id AS subjectId, decision,
  decided_on AS decidedOn, decided_by AS decidedBy, service_record_id AS serviceRecordId, reason,
  postponed_until AS postponedUntil, withdrawn_on AS withdrawnOn`;

/** In force on @asOf: decided by then, not withdrawn by then, a postponement not yet run out. */
const IN_FORCE = `decided_on <= @asOf AND (withdrawn_on IS NULL OR withdrawn_on > @asOf)
  AND (decision = 'handled' OR postponed_until > @asOf)`;

export function insertDisposition(db: DeskDatabase, values: DispositionValues): number {
  return insertStamped(db, worklistDispositions, values).returning({ id: worklistDispositions.id }).get().id;
}

export function findDisposition(db: DeskDatabase, id: number): DispositionRow | null {
  return (db.sqlite.prepare(`SELECT ${COLUMNS} FROM worklist_dispositions WHERE id = ?`).get(id) as DispositionRow | undefined) ?? null;
}

/** Every disposition in force on `asOf`, oldest decided first. */
export function dispositionsInForce(db: DeskDatabase, asOf: string): DispositionRow[] {
  return db.sqlite.prepare(`SELECT ${COLUMNS} FROM worklist_dispositions WHERE ${IN_FORCE} ORDER BY decided_on, id`).all({ asOf }) as DispositionRow[];
}

/** Withdraws a disposition from `on`; false when it was withdrawn already. */
export function withdrawDisposition(db: DeskDatabase, id: number, on: string): boolean {
  return db.sqlite.prepare('UPDATE worklist_dispositions SET withdrawn_on = ?, updated_at = ? WHERE id = ? AND withdrawn_on IS NULL').run(on, nowIso(), id).changes === 1;
}

/**
 * A service record voided (作废): the dispositions that named it as the service a row led to no longer count on any
 * date (withdrawn from the day they were decided) and lose the link, so the row is listed again. Returns them as they were.
 */
export function releaseDispositionsOfService(db: DeskDatabase, serviceRecordId: number): DispositionRow[] {
  const rows = db.sqlite.prepare(`SELECT ${COLUMNS} FROM worklist_dispositions WHERE service_record_id = ?`).all(serviceRecordId) as DispositionRow[];
  if (rows.length > 0) {
    db.sqlite
      .prepare('UPDATE worklist_dispositions SET withdrawn_on = decided_on, service_record_id = NULL, updated_at = ? WHERE service_record_id = ?')
      .run(nowIso(), serviceRecordId);
  }
  return rows;
}
