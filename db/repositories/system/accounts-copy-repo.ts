/**
 * The office's user accounts copied into a fresh demo database (users, owned by system): the same ids, names, roles
 * and passwords, so whoever is signed in stays signed in. A community clerk's community does not exist in the demo:
 * the copy is kept inactive (no community scope to give it).
 */
import type { DeskDatabase } from '../../desk-database';
import type { AccountRow } from './accounts-repo';
import { nowIso } from '../../../shared/clock';

export function replaceAccountsWith(db: DeskDatabase, accounts: readonly AccountRow[]): void {
  const now = nowIso();
  const insert = db.sqlite.prepare(
    `INSERT INTO users (id, username, display_name, role, community_id, password_hash, active, must_change_password, failed_attempts, locked_until, last_sign_in_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 0, NULL, ?, ?, ?)`,
  );
  db.sqlite.transaction(() => {
    db.sqlite.exec('DELETE FROM users');
    for (const a of accounts) {
      const active = a.active && a.role !== 'community_clerk';
      insert.run(a.id, a.username, a.displayName, a.role, a.passwordHash, active ? 1 : 0, a.mustChangePassword ? 1 : 0, a.lastSignInAt, now, now);
    }
  })();
}
