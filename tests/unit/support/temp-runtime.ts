import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations } from '../../../db/migrate';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

export function tempDir(prefix = 'desk-unit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A runtime on a fresh temp data directory; `dispose` closes it and removes the folder. */
export function tempRuntime(): DeskRuntime & { dispose(): void } {
  const dataDir = tempDir();
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser' });
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A runtime whose street is set up (解放路街道, 321102001). */
export async function runtimeWithStreet(): Promise<DeskRuntime & { dispose(): void }> {
  const runtime = tempRuntime();
  const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!result.ok) throw new Error(result.error.message);
  return runtime;
}

export function rowCount(runtime: DeskRuntime, table: string): number {
  return Number(runtime.db.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
}

/** sha256 and size of a file: equal values mean its bytes were not touched. */
export function fileFingerprint(path: string): { sha256: string; size: number } {
  const bytes = readFileSync(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/** The SQLite side files (`-wal`, `-shm`, `-journal`) that exist beside `path`. */
export function sideFiles(path: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(`${path}${suffix}`));
}

/** How many migrations db/migrations holds (the latest schema version). */
export function latestSchemaVersion(dir = migrationsDir()): number {
  return loadMigrations(dir).length;
}

/**
 * A copy of db/migrations in a temp folder with one more migration appended (its SQL statements joined with
 * drizzle's breakpoints): for testing upgrades and failing upgrades without touching the real folder.
 */
export function migrationsWithExtra(tag: string, statements: string[]): string {
  const dir = join(tempDir('desk-migrations-'), 'migrations');
  cpSync(migrationsDir(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const idx = journal.entries.length;
  journal.entries.push({ ...journal.entries[idx - 1], idx, tag });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(dir, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  return dir;
}
