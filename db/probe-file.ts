/** A database file checked before it replaces the live one (a restore): SQLite's full integrity check and its schema version. */
import Database from 'better-sqlite3';

export interface FileProbe {
  /** 'ok', or SQLite's first complaint. */
  integrity: string;
  schemaVersion: number;
}

export function probeDatabaseFile(path: string): FileProbe {
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return { integrity: String(probe.pragma('integrity_check', { simple: true })), schemaVersion: Number(probe.pragma('user_version', { simple: true })) };
  } finally {
    probe.close();
  }
}
