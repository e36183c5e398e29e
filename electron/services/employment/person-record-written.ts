/** The end of every write of a person's employment record (spell, registration, wish): the audit and the recompute. */
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';

/**
 * `row` written for its person: audited (a create, or with `before` an update showing the record as it was) and the
 * person's derived state (family episodes, worklist) recomputed. Returns `row`.
 */
export function personRecordWritten<R extends { id: number; personId: number }>(db: DeskDatabase, ctx: CallerContext, entity: string, row: R, before?: R): R {
  recordAudit(db, { username: ctx.username, action: before === undefined ? 'create' : 'update', entity, entityKey: String(row.id), before, after: row });
  refreshPersons(db, [row.personId]);
  return row;
}
