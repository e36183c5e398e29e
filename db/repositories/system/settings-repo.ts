/** The `settings` table: one JSON value per key (validated by the service that owns the key). */
import type { DeskDatabase } from '../../desk-database';
import { nowIso } from '../../../shared/clock';

/** The stored JSON text, or null when the key was never set. */
export function readSetting(db: DeskDatabase, key: string): string | null {
  const value = db.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  return typeof value === 'string' ? value : null;
}

export function writeSetting(db: DeskDatabase, key: string, value: string): void {
  db.sqlite
    .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(key, value, nowIso());
}

export function deleteSetting(db: DeskDatabase, key: string): void {
  db.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
