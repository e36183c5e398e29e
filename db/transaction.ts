import type { DeskDatabase } from './desk-database';

/** Runs `fn` in one IMMEDIATE transaction: all of it is written, or (on any throw) none of it. */
export function inTransaction<T>(db: DeskDatabase, fn: () => T): T {
  return db.sqlite.transaction(fn).immediate();
}
