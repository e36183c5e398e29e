/**
 * Applies the SQL migrations that drizzle-kit generated into db/migrations.
 *
 * Not drizzle's own migrator: that runs every migration in one transaction where `PRAGMA foreign_keys` is ignored,
 * so a table rebuild can cascade-delete. Here each migration runs in its own transaction with foreign keys off,
 * `PRAGMA foreign_key_check` must come back empty before it commits, and `PRAGMA user_version` records how many
 * migrations the file has seen (so a file from a newer version of the app is recognised and refused).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { nowIso } from '../shared/clock';

export interface Migration {
  index: number;
  tag: string;
  statements: string[];
  hash: string;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

export function loadMigrations(migrationsDir: string): Migration[] {
  const journalPath = join(migrationsDir, 'meta', '_journal.json');
  if (!existsSync(journalPath)) throw new Error(`找不到数据库迁移目录：${migrationsDir}`);
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  return journal.entries
    .slice()
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(join(migrationsDir, `${entry.tag}.sql`), 'utf8');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return { index: entry.idx, tag: entry.tag, statements, hash: createHash('sha256').update(text).digest('hex') };
    });
}

export function schemaVersionOf(sqlite: BetterSqlite3.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

export class MigrationFailure extends Error {
  constructor(
    readonly tag: string,
    readonly failure: unknown,
  ) {
    super(`数据库升级（${tag}）失败，已回滚：${failure instanceof Error ? failure.message : String(failure)}`);
    this.name = 'MigrationFailure';
  }
}

/** Runs the pending migrations; returns the tags applied. Throws MigrationFailure after rolling the failed one back. */
export function applyMigrations(sqlite: BetterSqlite3.Database, migrations: Migration[], upTo = migrations.length): string[] {
  const applied: string[] = [];
  const current = schemaVersionOf(sqlite);
  const pending = migrations.slice(current, upTo);
  if (pending.length === 0) return applied;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const [offset, migration] of pending.entries()) {
      // The version is the migration's place in the journal (its idx while the journal has no gap).
      const version = current + offset + 1;
      const run = sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement);
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(`外键检查发现 ${violations.length} 处不一致`);
        }
        sqlite
          .prepare('INSERT INTO schema_migrations (version, tag, hash, applied_at) VALUES (?, ?, ?, ?)')
          .run(version, migration.tag, migration.hash, nowIso());
        sqlite.pragma(`user_version = ${version}`);
      });
      try {
        run();
      } catch (error) {
        throw new MigrationFailure(migration.tag, error);
      }
      applied.push(migration.tag);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return applied;
}
