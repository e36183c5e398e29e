/** Users with their credentials and sign-in state ([admin]); the `users` table, owned here with users-repo.ts. */
import type { DeskDatabase } from '../../desk-database';
import { nowIso } from '../../../shared/clock';

export type RoleValue = 'admin' | 'street_clerk' | 'community_clerk' | 'inspector';

export interface AccountRow {
  id: number;
  username: string;
  displayName: string;
  role: RoleValue;
  communityId: number | null;
  communityName: string | null;
  passwordHash: string | null;
  active: boolean;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastSignInAt: string | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name AS displayName, u.role, u.community_id AS communityId,
  u.password_hash AS passwordHash, u.active, u.must_change_password AS mustChangePassword,
  u.failed_attempts AS failedAttempts, u.locked_until AS lockedUntil, u.last_sign_in_at AS lastSignInAt
  FROM users u`;

interface RawAccount extends Omit<AccountRow, 'active' | 'mustChangePassword' | 'communityName'> {
  active: number;
  mustChangePassword: number;
}

/** communityName is filled by the services (the communities table has its own owner). */
function toRow(raw: RawAccount | undefined): AccountRow | null {
  return raw ? { ...raw, communityName: null, active: raw.active === 1, mustChangePassword: raw.mustChangePassword === 1 } : null;
}

export function findAccount(db: DeskDatabase, username: string): AccountRow | null {
  return toRow(db.sqlite.prepare(`${SELECT} WHERE u.username = ? COLLATE NOCASE`).get(username) as RawAccount | undefined);
}

export function findAccountById(db: DeskDatabase, id: number): AccountRow | null {
  return toRow(db.sqlite.prepare(`${SELECT} WHERE u.id = ?`).get(id) as RawAccount | undefined);
}

export function listAccounts(db: DeskDatabase): AccountRow[] {
  return (db.sqlite.prepare(`${SELECT} ORDER BY u.role = 'admin' DESC, u.username`).all() as RawAccount[]).map((r) => toRow(r) as AccountRow);
}

/** Whether a street admin who can sign in exists (else the first start asks for one). */
export function hasSignInAdmin(db: DeskDatabase): boolean {
  return db.sqlite.prepare("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND password_hash IS NOT NULL AND active = 1)").pluck().get() === 1;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: RoleValue;
  communityId: number | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export function insertAccount(db: DeskDatabase, values: NewAccount): number {
  const now = nowIso();
  const result = db.sqlite
    .prepare(
      `INSERT INTO users (username, display_name, role, community_id, password_hash, active, must_change_password, failed_attempts, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, 0, ?, ?)`,
    )
    .run(values.username, values.displayName, values.role, values.communityId, values.passwordHash, values.mustChangePassword ? 1 : 0, now, now);
  return Number(result.lastInsertRowid);
}

/** The built-in admin row every install had before [admin] (no password): claimed by the first start. */
export function claimPasswordlessAdmin(db: DeskDatabase, username: string, displayName: string, passwordHash: string): number | null {
  const row = db.sqlite.prepare("SELECT id FROM users WHERE username = ? AND role = 'admin' AND password_hash IS NULL").pluck().get(username);
  if (typeof row !== 'number') return null;
  db.sqlite.prepare('UPDATE users SET display_name = ?, password_hash = ?, active = 1, updated_at = ? WHERE id = ?').run(displayName, passwordHash, nowIso(), row);
  return row;
}

export function updateAccount(db: DeskDatabase, id: number, values: { displayName: string; role: RoleValue; communityId: number | null; active: boolean }): void {
  db.sqlite
    .prepare('UPDATE users SET display_name = ?, role = ?, community_id = ?, active = ?, updated_at = ? WHERE id = ?')
    .run(values.displayName, values.role, values.communityId, values.active ? 1 : 0, nowIso(), id);
}

export function setPassword(db: DeskDatabase, id: number, passwordHash: string, mustChange: boolean): void {
  db.sqlite
    .prepare('UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?')
    .run(passwordHash, mustChange ? 1 : 0, nowIso(), id);
}

/** The sign-in state after an attempt: wrong passwords counted, the lock, the last good sign-in. */
export function setSignInState(db: DeskDatabase, id: number, state: { failedAttempts: number; lockedUntil: string | null; lastSignInAt?: string }): void {
  if (state.lastSignInAt) {
    db.sqlite.prepare('UPDATE users SET failed_attempts = ?, locked_until = ?, last_sign_in_at = ? WHERE id = ?').run(state.failedAttempts, state.lockedUntil, state.lastSignInAt, id);
  } else {
    db.sqlite.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(state.failedAttempts, state.lockedUntil, id);
  }
}

export function countActiveAdmins(db: DeskDatabase): number {
  return Number(db.sqlite.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1 AND password_hash IS NOT NULL").pluck().get());
}
