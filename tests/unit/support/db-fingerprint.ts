import { createHash } from 'node:crypto';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

/** A hash of every row of every table: equal fingerprints mean nothing was written. */
export function dbFingerprint(runtime: DeskRuntime): string {
  const hash = createHash('sha256');
  const tables = runtime.db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of runtime.db.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
