import type { DeskDatabase } from '../desk-database';
import { auditEvents } from '../schema';
import { nowIso } from '../../shared/clock';

export interface AuditEntry {
  username: string;
  action: 'create' | 'update' | 'archive' | 'import' | 'export' | 'setup' | 'reveal';
  entity: string;
  entityKey: string | null;
  before?: unknown;
  after?: unknown;
}

export function recordAudit(db: DeskDatabase, entry: AuditEntry): void {
  db.orm
    .insert(auditEvents)
    .values({
      at: nowIso(),
      username: entry.username,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .run();
}

export function listAudit(db: DeskDatabase, entity: string, entityKey: string): (typeof auditEvents.$inferSelect)[] {
  return db.sqlite
    .prepare('SELECT id, at, username, action, entity, entity_key AS entityKey, before, after FROM audit_events WHERE entity = ? AND entity_key = ? ORDER BY id')
    .all(entity, entityKey) as (typeof auditEvents.$inferSelect)[];
}
