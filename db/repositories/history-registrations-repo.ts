import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { unemploymentRegistrations } from '../schema';
import { nowIso } from '../../shared/clock';

export type RegistrationReason = 'laid_off' | 'unemployed' | 'graduate' | 'veteran' | 'returnee' | 'other';

export interface RegistrationRow {
  id: number;
  personId: number;
  registeredOn: string;
  reason: RegistrationReason;
  /** No longer open on this day; null = open. */
  cancelledOn: string | null;
  cancelReason: string | null;
}

const columns = {
  id: unemploymentRegistrations.id,
  personId: unemploymentRegistrations.personId,
  registeredOn: unemploymentRegistrations.registeredOn,
  reason: unemploymentRegistrations.reason,
  cancelledOn: unemploymentRegistrations.cancelledOn,
  cancelReason: unemploymentRegistrations.cancelReason,
};

export function listRegistrationsOfPerson(db: DeskDatabase, personId: number): RegistrationRow[] {
  return db.orm
    .select(columns)
    .from(unemploymentRegistrations)
    .where(eq(unemploymentRegistrations.personId, personId))
    .orderBy(asc(unemploymentRegistrations.registeredOn))
    .all();
}

export function findRegistration(db: DeskDatabase, id: number): RegistrationRow | null {
  return db.orm.select(columns).from(unemploymentRegistrations).where(eq(unemploymentRegistrations.id, id)).get() ?? null;
}

export function insertRegistration(
  db: DeskDatabase,
  values: { personId: number; registeredOn: string; reason: RegistrationReason },
): RegistrationRow {
  const now = nowIso();
  return db.orm
    .insert(unemploymentRegistrations)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
}

/** Returns null when the registration was already cancelled. */
export function cancelRegistration(
  db: DeskDatabase,
  id: number,
  cancelledOn: string,
  cancelReason: string,
): RegistrationRow | null {
  return (
    db.orm
      .update(unemploymentRegistrations)
      .set({ cancelledOn, cancelReason, updatedAt: nowIso() })
      .where(and(eq(unemploymentRegistrations.id, id), isNull(unemploymentRegistrations.cancelledOn)))
      .returning(columns)
      .get() ?? null
  );
}
