import { getTableColumns } from 'drizzle-orm';
import type { Table } from 'drizzle-orm';

type Timestamp = 'createdAt' | 'updatedAt';
const TIMESTAMPS: ReadonlySet<string> = new Set<Timestamp>(['createdAt', 'updatedAt']);

/** A table's columns but its timestamps, in the schema's order: what its owner reads one of its records as. */
export function recordColumns<T extends Table>(table: T): Omit<T['_']['columns'], Timestamp> {
  return Object.fromEntries(Object.entries(getTableColumns(table)).filter(([name]) => !TIMESTAMPS.has(name))) as Omit<T['_']['columns'], Timestamp>;
}

/** A record of the table as its owner reads it (recordColumns): every column but the timestamps. */
export type RecordOf<T extends Table> = Omit<T['$inferSelect'], Timestamp>;
