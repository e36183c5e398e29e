/**
 * The optimistic update every versioned table uses: the values with the next version and the time, written only
 * while the row still has the version the clerk read. The caller (the table's owner) passes its own drizzle table.
 */
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { DeskDatabase } from '../desk-database';
import { nowIso } from '../../shared/clock';

type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };

/** The update, to be finished with `.returning(…).get()`: undefined there means the version was stale. */
export function updateAtVersion<T extends VersionedTable>(db: DeskDatabase, table: T, id: number, expectedVersion: number, values: SQLiteUpdateSetSource<T>) {
  return db.orm
    .update(table)
    .set({ ...values, version: expectedVersion + 1, updatedAt: nowIso() } as SQLiteUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)));
}
