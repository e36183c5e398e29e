/**
 * A worker thread's own connection to the database the main process already opened (and checked and migrated):
 * the same pragmas as the main connection (WAL, synchronous=FULL, foreign keys, busy timeout) and the same change
 * counters, without the open-time checks the main connection has already done.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DeskDatabase } from './desk-database';
import { installChangeCounters } from './read-memo';
import { schemaVersionOf } from './migrate';
import * as schema from './schema';

export function openWorkerConnection(path: string): DeskDatabase {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  installChangeCounters(sqlite);
  const version = schemaVersionOf(sqlite);
  return {
    path,
    sqlite,
    orm: drizzle(sqlite, { schema }),
    schemaVersion: version,
    latestSchemaVersion: version,
    backupPath: null,
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
}
