import { eq } from 'drizzle-orm';
import type { DeskDatabase } from '../../desk-database';
import { users } from '../../schema';
import { nowIso } from '../../../shared/clock';

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: 'admin' | 'street_clerk' | 'community_clerk' | 'inspector';
  communityId: number | null;
}

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  communityId: users.communityId,
};

export function findUser(db: DeskDatabase, username: string): UserRow | null {
  return db.orm.select(columns).from(users).where(eq(users.username, username)).get() ?? null;
}

/** The built-in administrator as it is written into every install (read as such from a read-only file without it). */
export const BUILTIN_ADMIN: UserRow = { id: 0, username: 'admin', displayName: '管理员', role: 'admin', communityId: null };

/** The built-in administrator every install has until [admin] brings user management. */
export function ensureBuiltinAdmin(db: DeskDatabase): UserRow {
  const existing = findUser(db, 'admin');
  if (existing) return existing;
  const now = nowIso();
  return db.orm
    .insert(users)
    .values({ username: 'admin', displayName: '管理员', role: 'admin', createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
}
