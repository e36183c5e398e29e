/**
 * A worker thread's own connection to the database the main process already opened (and checked and migrated):
 * the same pragmas as the main connection (WAL, synchronous=FULL, foreign keys, busy timeout), without the
 * open-time checks the main connection has already done.
 *
 * No change counters (read-memo.ts): a worker runs one task and keeps no reads between requests, and its commit
 * reaches the main connection's kept reads through `PRAGMA data_version`. Without them a bulk insert fires no
 * trigger per row. The page cache is 16 MB (the default is 2 MB): on the large street's import a 64 MB cache wrote no
 * faster, and it was that much more of the import's peak memory.
 */
import Database from 'better-sqlite3';
import { deskConnection } from './desk-connection';
import type { DeskDatabase } from './desk-database';
import { schemaVersionOf } from './migrate';

export function openWorkerConnection(path: string): DeskDatabase {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -16384');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const version = schemaVersionOf(sqlite);
  return deskConnection(path, sqlite, { schemaVersion: version, latestSchemaVersion: version });
}

/**
 * A helper thread's read-only connection holding one read transaction from its first read to its close: the picture
 * of the database when it was opened. A helper of a writer opens it while the writer holds the write lock (an
 * IMMEDIATE transaction): nothing else can commit meanwhile, so it reads what the writer's transaction started from.
 */
export function openWorkerReader(path: string): DeskDatabase {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -16384');
    sqlite.exec('BEGIN');
    sqlite.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const version = schemaVersionOf(sqlite);
  return deskConnection(path, sqlite, { schemaVersion: version, latestSchemaVersion: version, readOnly: true, beforeClose: () => sqlite.exec('COMMIT') });
}
