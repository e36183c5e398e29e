import type { DeskDatabase } from '../../desk-database';
import { hasPersons } from '../registry/persons-repo';
import { hasServiceRecords } from '../services/service-records-repo';

/** Row counts of every application table, by table name. */
export function tableCounts(db: DeskDatabase): Record<string, number> {
  const tables = db.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = Number(db.sqlite.prepare(`SELECT COUNT(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get());
  }
  return counts;
}

export interface IntegrityProblem {
  message: string;
  /** The table the problem is in (an index's table), when SQLite names one. */
  table: string | null;
  index: string | null;
}

export interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
}

export interface IntegrityReport {
  integrity: IntegrityProblem[];
  foreignKeys: ForeignKeyProblem[];
}

/**
 * The full check (`PRAGMA integrity_check`: every page, every row against every index — what quick_check leaves
 * out) and the foreign keys, with the table and index each problem is in.
 */
export function checkIntegrity(sqlite: DeskDatabase['sqlite']): IntegrityReport {
  const lines = (sqlite.prepare('PRAGMA integrity_check(1000)').pluck().all() as string[]).filter((l) => l !== 'ok');
  const tableOf = new Map(
    (sqlite.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('index', 'table')").raw().all() as [string, string][]).map(([n, t]) => [n, t]),
  );
  const integrity = lines.map((message): IntegrityProblem => {
    const index = /\bindex (\S+)/.exec(message)?.[1] ?? null;
    const table = /\b(?:table|tree) (\S+)/.exec(message)?.[1] ?? null;
    return { message, index, table: index !== null ? (tableOf.get(index) ?? null) : table && tableOf.has(table) ? table : null };
  });
  const foreignKeys = (sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map((v) => ({
    table: v.table,
    rowid: v.rowid,
    parent: v.parent,
  }));
  return { integrity, foreignKeys };
}

// ---------------------------------------------------------------- writes

/** The tables a bulk load (the demo, a first import) fills. */
const BULK_TABLES = [
  'households',
  'household_flags',
  'persons',
  'household_memberships',
  'employment_wishes',
  'employment_spells',
  'unemployment_registrations',
  'service_records',
  'complaints',
  'employers',
  'vacancies',
  'difficulty_recognitions',
  'assistance_agreements',
  'assistance_measures',
];

/**
 * For a load into empty tables (the demo, a first import), drops the tables' indexes, runs `fn`, and creates them
 * again from their own stored definitions: building an index once from sorted data is about twice as fast as
 * keeping it up to date row by row. Must run inside the caller's transaction, so a failure (a duplicate key when a
 * unique index is rebuilt) rolls everything back, indexes included.
 */
export function withIndexesDeferred(db: DeskDatabase, fn: () => void): void {
  const empty = !hasPersons(db) && !hasServiceRecords(db);
  if (!empty || !db.sqlite.inTransaction) {
    fn();
    return;
  }
  const indexes = db.sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})`)
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) db.sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  fn();
  for (const index of indexes) db.sqlite.exec(index.sql);
}
