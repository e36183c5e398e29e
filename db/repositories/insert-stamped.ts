/**
 * The insert every table with timestamps uses: the values with `createdAt` and `updatedAt` both now. The caller
 * (the table's owner) passes its own drizzle table and finishes with `.returning(…).get()` or `.run()`.
 */
import type { SQLiteInsertValue, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DeskDatabase } from '../desk-database';
import { nowIso } from '../../shared/clock';

export function insertStamped<T extends SQLiteTable>(db: DeskDatabase, table: T, values: Omit<SQLiteInsertValue<T>, 'createdAt' | 'updatedAt'>) {
  const now = nowIso();
  return db.orm.insert(table).values({ ...values, createdAt: now, updatedAt: now } as SQLiteInsertValue<T>);
}
