/** An open desk database: the SQLite connection and the drizzle ORM over it (opened by db/open-database.ts). */
import type BetterSqlite3 from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface DeskDatabase {
  path: string;
  sqlite: BetterSqlite3.Database;
  orm: Orm;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** Backup written before this open's migrations, if any. */
  backupPath: string | null;
  /** Opened for reading only (a read-only file): any write fails. */
  readOnly?: boolean;
  close(): void;
}
