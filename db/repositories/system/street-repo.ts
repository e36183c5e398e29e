import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { street } from '../../schema';
import { nowIso } from '../../../shared/clock';

export interface StreetRow {
  code: string;
  name: string;
  complaintPhone: string | null;
  complaintMailbox: string | null;
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
    .onConflictDoUpdate({ target: street.id, set: { ...value, updatedAt: now } })
    .run();
}
