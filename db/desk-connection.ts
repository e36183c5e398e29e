/** The one way a DeskDatabase is made over an open SQLite connection (the main one, a read-only one, a snapshot, a worker's). */
import type BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DeskDatabase } from './desk-database';
import * as schema from './schema';

interface ConnectionOptions {
  schemaVersion: number;
  latestSchemaVersion: number;
  backupPath?: string | null;
  readOnly?: boolean;
  /** Runs before the connection closes (a checkpoint, the end of a read transaction); it closes even when this throws. */
  beforeClose?(): void;
  /** Runs once the connection is closed (files a read-only open made are tidied). */
  afterClose?(): void;
}

/** `sqlite` as a DeskDatabase: its drizzle ORM and versions; closing it twice is harmless. */
export function deskConnection(path: string, sqlite: BetterSqlite3.Database, options: ConnectionOptions): DeskDatabase {
  const { schemaVersion, latestSchemaVersion, backupPath = null, readOnly, beforeClose, afterClose } = options;
  return {
    path,
    sqlite,
    orm: drizzle(sqlite, { schema }),
    schemaVersion,
    latestSchemaVersion,
    backupPath,
    ...(readOnly ? { readOnly } : {}),
    close() {
      if (!sqlite.open) return;
      try {
        beforeClose?.();
      } finally {
        sqlite.close();
      }
      afterClose?.();
    },
  };
}
