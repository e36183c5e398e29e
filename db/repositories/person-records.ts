/** A person's records of one table (spells, registrations, recognitions, agreements …): the reads their owners share. */
import { and, eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DeskDatabase } from '../desk-database';
import { recordColumns } from './record-columns';
import type { RecordOf } from './record-columns';

/** A record table whose records each belong to one person. */
type PersonRecordTable = SQLiteTable & { personId: SQLiteColumn };

function ofPerson<T extends PersonRecordTable>(db: DeskDatabase, table: T, personId: number, where?: SQL) {
  const own = eq(table.personId, personId);
  return db.orm
    .select(recordColumns(table))
    .from(table as SQLiteTable)
    .where(where ? and(own, where) : own);
}

/** The person's records of the table (as its owner reads them: recordColumns), in the `order` given. */
export function recordsOfPerson<T extends PersonRecordTable>(db: DeskDatabase, table: T, personId: number, order: SQL[]): RecordOf<T>[] {
  return ofPerson(db, table, personId)
    .orderBy(...order)
    .all() as RecordOf<T>[];
}

/** The person's one record of the table that `where` admits (the agreement in force, the live recognition); null when none. */
export function recordOfPerson<T extends PersonRecordTable>(db: DeskDatabase, table: T, personId: number, where: SQL): RecordOf<T> | null {
  return (ofPerson(db, table, personId, where).get() as RecordOf<T> | undefined) ?? null;
}
