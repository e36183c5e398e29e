import type { DeskDatabase } from '../../desk-database';
import { auditEvents } from '../../schema';
import { nowIso } from '../../../shared/clock';
import { jsonTextOrNull } from '../json-object';

export interface AuditEntry {
  username: string;
  action:
    | 'create'
    | 'update'
    | 'archive'
    | 'import'
    | 'export'
    | 'setup'
    | 'reveal'
    | 'sign_in'
    | 'sign_in_failed'
    | 'sign_out'
    | 'locked'
    | 'refused'
    | 'password'
    | 'backup'
    | 'restore'
    | 'void'
    | 'delete';
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

export interface AuditFilter {
  username?: string | null;
  entity?: string | null;
  entityKey?: string | null;
  action?: string | null;
  /** Inclusive UTC instants (`at` is an ISO timestamp). */
  fromAt?: string | null;
  toAt?: string | null;
  beforeId?: number | null;
  limit: number;
}

type AuditRowRaw = typeof auditEvents.$inferSelect;

/** The audit trail, newest first, narrowed by the filter; `limit + 1` rows tell the caller whether there are more. */
export function queryAudit(db: DeskDatabase, filter: AuditFilter): AuditRowRaw[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    where.push(sql);
    params.push(value);
  };
  add('username = ?', filter.username);
  add('entity = ?', filter.entity);
  add('entity_key = ?', filter.entityKey);
  add('action = ?', filter.action);
  add('at >= ?', filter.fromAt);
  add('at <= ?', filter.toAt);
  add('id < ?', filter.beforeId);
  const sql = `SELECT id, at, username, action, entity, entity_key AS entityKey, before, after FROM audit_events
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return db.sqlite.prepare(sql).all(...params, filter.limit + 1) as AuditRowRaw[];
}

/** Everything recorded about one person: the person's own rows and every record whose before or after names them. */
export function auditOfPerson(db: DeskDatabase, personId: number): AuditRowRaw[] {
  return db.sqlite
    .prepare(
      `SELECT id, at, username, action, entity, entity_key AS entityKey, before, after FROM audit_events
        WHERE (entity = 'person' AND entity_key = @key)
           OR (entity <> 'person' AND (json_valid(after) AND json_extract(after, '$.personId') = @id
               OR json_valid(before) AND json_extract(before, '$.personId') = @id))
        ORDER BY id DESC LIMIT 1000`,
    )
      .all({ key: String(personId), id: personId }) as AuditRowRaw[];
}
