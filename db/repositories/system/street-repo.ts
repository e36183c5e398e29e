import { eq, sql } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { street } from '../../schema';
import { nowIso } from '../../../shared/clock';

export interface StreetRow {
  code: string;
  name: string;
  complaintPhone: string | null;
  complaintMailbox: string | null;
}

/** Everything the 街道信息 page shows and edits (the code only shown). */
export interface StreetDetailsRow extends StreetRow {
  preparer: string | null;
  address: string | null;
  version: number;
}

export function getStreet(db: DeskDatabase): StreetRow | null {
  const row = db.orm
    .select({
      code: street.code,
      name: street.name,
      complaintPhone: street.complaintPhone,
      complaintMailbox: street.complaintMailbox,
    })
    .from(street)
    .where(eq(street.id, 1))
    .get();
  return row ?? null;
}

export function saveStreet(db: DeskDatabase, value: StreetRow): void {
  const now = nowIso();
  db.orm
    .insert(street)
    .values({ id: 1, ...value, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: street.id, set: { ...value, version: sql`${street.version} + 1`, updatedAt: now } })
    .run();
}

export function getStreetDetails(db: DeskDatabase): StreetDetailsRow | null {
  const row = db.orm
    .select({
      code: street.code,
      name: street.name,
      complaintPhone: street.complaintPhone,
      complaintMailbox: street.complaintMailbox,
      preparer: street.preparer,
      address: street.address,
      version: street.version,
    })
    .from(street)
    .where(eq(street.id, 1))
    .get();
  return row ?? null;
}

/**
 * Writes the editable details when the row is still at `version` (optimistic concurrency); the code is never
 * changed here. Returns false when someone saved in between (nothing written).
 */
export function updateStreetDetails(
  db: DeskDatabase,
  version: number,
  value: Pick<StreetDetailsRow, 'name' | 'complaintPhone' | 'complaintMailbox' | 'preparer' | 'address'>,
): boolean {
  const result = db.sqlite
    .prepare(
      `UPDATE street SET name = ?, complaint_phone = ?, complaint_mailbox = ?, preparer = ?, address = ?, version = version + 1, updated_at = ?
        WHERE id = 1 AND version = ?`,
    )
    .run(value.name, value.complaintPhone, value.complaintMailbox, value.preparer, value.address, nowIso(), version);
  return result.changes === 1;
}
