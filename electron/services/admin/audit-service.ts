/** The audit trail as the 审计日志 page and a person's 历史 tab read it; it is written only by the services. */
import type { AuditPage, AuditQuery, AuditRow } from '../../../shared/contract/admin';
import { maskerFor } from '../../../shared/domain/privacy/masking';
import { maskingRules } from '../street/print-settings';
import { auditOfPerson, queryAudit } from '../../../db/repositories/system/audit-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** Local midnight of `iso` as a UTC instant (the trail stores UTC instants). */
function startOfLocalDay(iso: string, plusDays = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

type Masker = ReturnType<typeof maskerFor>;

/** ID and phone numbers in a recorded before/after are shown masked (the one masking rule), like everywhere else. */
export function maskRecorded(value: unknown, masker: Masker): unknown {
  if (Array.isArray(value)) return value.map((v) => maskRecorded(v, masker));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      if (typeof v === 'string' && /^idNumber$/i.test(key)) return [key, masker.idNumber(v)];
      if (typeof v === 'string' && /phone$/i.test(key)) return [key, masker.phone(v)];
      return [key, maskRecorded(v, masker)];
    }),
  );
}

function parseJson(text: string | null, masker: Masker): unknown {
  if (text === null) return null;
  try {
    return maskRecorded(JSON.parse(text), masker);
  } catch {
    return text;
  }
}

type RawRow = { id: number; at: string; username: string; action: string; entity: string; entityKey: string | null; before: string | null; after: string | null };

function rowsOf(db: DeskDatabase, raws: RawRow[]): AuditRow[] {
  const masker = maskerFor(maskingRules(db));
  return raws.map((raw) => ({ ...raw, before: parseJson(raw.before, masker), after: parseJson(raw.after, masker) }));
}

export function listAuditTrail(db: DeskDatabase, query: AuditQuery): AuditPage {
  const rows = queryAudit(db, {
    username: query.username,
    entity: query.entity,
    entityKey: query.entityKey,
    action: query.action,
    fromAt: query.from ? startOfLocalDay(query.from) : null,
    // `to` is inclusive: everything before the next day's midnight.
    toAt: query.to ? startOfLocalDay(query.to, 1) : null,
    beforeId: query.beforeId,
    limit: query.limit,
  });
  return { rows: rowsOf(db, rows.slice(0, query.limit)), more: rows.length > query.limit };
}

export function personHistory(db: DeskDatabase, personId: number): AuditRow[] {
  return rowsOf(db, auditOfPerson(db, personId));
}
