import type { DeskDatabase } from '../open-database';

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

export interface IntegrityReport {
  quickCheck: string[];
  foreignKeyViolations: { table: string; rowid: number | null; parent: string }[];
}

export function checkIntegrity(db: DeskDatabase): IntegrityReport {
  const quickCheck = db.sqlite.prepare('PRAGMA quick_check').pluck().all() as string[];
  const foreignKeyViolations = (
    db.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  ).map((v) => ({ table: v.table, rowid: v.rowid, parent: v.parent }));
  return { quickCheck, foreignKeyViolations };
}
