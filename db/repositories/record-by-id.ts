/** A record found, or rewritten, by its id: the one-line reads and writes every record table's owner needs. */
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { nowIso } from '../../shared/clock';
import type { DeskDatabase } from '../desk-database';
import { recordColumns } from './record-columns';
import type { RecordOf } from './record-columns';

/** A table with an integer `id` and an `updatedAt` stamp, as every record table of the desk has. */
type RecordTable = SQLiteTable & { id: SQLiteColumn; updatedAt: SQLiteColumn };

/** The record with this id as its owner reads it (recordColumns); null when there is none. */
export function findRecordById<T extends RecordTable>(db: DeskDatabase, table: T, id: number): RecordOf<T> | null {
  const found = db.orm.select(recordColumns(table)).from(table as SQLiteTable).where(eq(table.id, id)).get();
  return (found as RecordOf<T> | undefined) ?? null;
}

/** Rewrites the fields given of the record with this id (its `updatedAt` stamped now); null when it no longer exists. */
export function rewriteRecordById<T extends RecordTable>(db: DeskDatabase, table: T, id: number, fields: SQLiteUpdateSetSource<T>): RecordOf<T> | null {
  const updated = db.orm
    .update(table)
    .set({ ...fields, updatedAt: nowIso() } as SQLiteUpdateSetSource<T>)
    .where(eq(table.id, id))
    .returning(recordColumns(table))
    .get();
  return (updated as RecordOf<T> | undefined) ?? null;
}
