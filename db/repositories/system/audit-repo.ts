import type { DeskDatabase } from '../../desk-database';
import { auditEvents } from '../../schema';
import { nowIso } from '../../../shared/clock';
import { jsonTextOrNull } from '../json-object';

export interface AuditEntry {
  username: string;
  action: 'create' | 'update' | 'archive' | 'import' | 'export' | 'setup' | 'reveal';
  entity: string;
  entityKey: string | null;
  before?: unknown;
  after?: unknown;
}

export function recordAudit(db: DeskDatabase, entry: AuditEntry): void {
  const { before, after, ...subject } = entry;
  db.orm
    .insert(auditEvents)
    .values({ ...subject, at: nowIso(), before: jsonTextOrNull(before), after: jsonTextOrNull(after) })
    .run();
}

export function listAudit(db: DeskDatabase, entity: string, entityKey: string): (typeof auditEvents.$inferSelect)[] {
  return db.sqlite
    .prepare('SELECT id, at, username, action, entity, entity_key AS entityKey, before, after FROM audit_events WHERE entity = ? AND entity_key = ? ORDER BY id')
    .all(entity, entityKey) as (typeof auditEvents.$inferSelect)[];
}

/** Changes whenever anything is written (every write is audited): lets a previewed import notice later edits. */
export function dataStamp(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_events').pluck().get());
}

/**
 * SQL query of the audited updates (`before`, `after`) of one entity, the key given by the SQL expression `key`: how
 * other domains read their own audit trail without naming the table.
 */
export function auditedUpdatesSql(entity: string, key: string): string {
  return `SELECT a.before, a.after FROM audit_events a WHERE a.entity = '${entity}' AND a.entity_key = ${key} AND a.action = 'update'`;
}
