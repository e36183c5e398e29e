/** Whom a service record is about (a community clerk's scope is checked against it). */
import type { DeskDatabase } from '../../desk-database';

export function subjectOfService(db: DeskDatabase, id: number): { personId: number | null; householdId: number | null } | null {
  const row = db.sqlite.prepare('SELECT person_id AS personId, household_id AS householdId FROM service_records WHERE id = ?').get(id) as
    | { personId: number | null; householdId: number | null }
    | undefined;
  return row ?? null;
}
