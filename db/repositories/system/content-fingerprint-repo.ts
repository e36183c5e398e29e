/**
 * A cheap fingerprint of the database's contents for caching derived views: the rows this connection has changed
 * since it opened (`total_changes()`) and SQLite's counter of commits by other connections (`data_version`).
 * Any write changes it; equal fingerprints mean nothing was written in between.
 */
import type { DeskDatabase } from '../../desk-database';

export function contentFingerprint(db: DeskDatabase): string {
  const changes = db.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const version = db.sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}
