/** The street admin's user management: add, edit (role, community, active), reset a password (changed at next sign-in). */
import { AppError } from '../../../shared/app-error';
import type { CreateUserInput, UpdateUserInput, UserSummary } from '../../../shared/contract/admin';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { countActiveAdmins, findAccount, findAccountById, insertAccount, listAccounts, setPassword, updateAccount } from '../../../db/repositories/system/accounts-repo';
import type { AccountRow, RoleValue } from '../../../db/repositories/system/accounts-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { hashPassword } from './password';

/** The account with its community's name (read from the communities' owner). */
export function named(db: DeskDatabase, row: AccountRow): AccountRow {
  return { ...row, communityName: row.communityId === null ? null : (findCommunityById(db, row.communityId)?.name ?? null) };
}

export function toSummary(row: AccountRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    communityId: row.communityId,
    communityName: row.communityName,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil,
    lastSignInAt: row.lastSignInAt,
  };
}

/** What is audited of a user: never the password hash. */
function audited(row: AccountRow): Omit<UserSummary, 'lastSignInAt' | 'lockedUntil'> {
  const { lastSignInAt: _l, lockedUntil: _u, ...rest } = toSummary(row);
  return rest;
}

export function listUsers(db: DeskDatabase): UserSummary[] {
  // The pre-[admin] built-in row without a password is nobody anyone can sign in as: not listed.
  return listAccounts(db).filter((u) => u.passwordHash !== null).map((u) => toSummary(named(db, u)));
}

/** A community clerk belongs to exactly one community; every other role to none. */
function checkCommunity(db: DeskDatabase, role: RoleValue, communityId: number | null): number | null {
  if (role !== 'community_clerk') return null;
  if (communityId === null) throw AppError.invalid('社区经办人必须选择所属社区', [{ path: 'communityId', message: '请选择所属社区' }]);
  if (!findCommunityById(db, communityId)) throw AppError.invalid('所选社区不存在', [{ path: 'communityId', message: '所选社区不存在' }]);
  return communityId;
}

export async function createUser(db: DeskDatabase, ctx: CallerContext, input: CreateUserInput): Promise<UserSummary> {
  const communityId = checkCommunity(db, input.role, input.communityId);
  if (findAccount(db, input.username)) throw AppError.invalid(`用户名“${input.username}”已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
  const hash = await hashPassword(input.password);
  return inTransaction(db, () => {
    if (findAccount(db, input.username)) throw AppError.invalid(`用户名“${input.username}”已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
    const id = insertAccount(db, { username: input.username, displayName: input.displayName, role: input.role, communityId, passwordHash: hash, mustChangePassword: false });
    const row = named(db, findAccountById(db, id) as AccountRow);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'user', entityKey: row.username, after: audited(row) });
    return toSummary(row);
  });
}

export function editUser(db: DeskDatabase, ctx: CallerContext, input: UpdateUserInput): UserSummary {
  return inTransaction(db, () => {
    const before = findAccountById(db, input.id);
    if (!before || before.passwordHash === null) throw new AppError('NOT_FOUND', '找不到该用户');
    const communityId = checkCommunity(db, input.role, input.communityId);
    const losesAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
    if (losesAdmin && countActiveAdmins(db) <= 1) throw new AppError('REJECTED', '这是唯一的街道管理员：不能停用或改为其他角色，请先添加另一位管理员');
    updateAccount(db, input.id, { displayName: input.displayName, role: input.role, communityId, active: input.active });
    const after = named(db, findAccountById(db, input.id) as AccountRow);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'user', entityKey: after.username, before: audited(before), after: audited(after) });
    return toSummary(after);
  });
}

export async function resetPassword(db: DeskDatabase, ctx: CallerContext, input: { id: number; password: string }): Promise<UserSummary> {
  const target = findAccountById(db, input.id);
  if (!target || target.passwordHash === null) throw new AppError('NOT_FOUND', '找不到该用户');
  const hash = await hashPassword(input.password);
  return inTransaction(db, () => {
    // The reset clears the lock too; the user must choose a new password at the next sign-in.
    setPassword(db, input.id, hash, true);
    recordAudit(db, { username: ctx.username, action: 'password', entity: 'user', entityKey: target.username, after: { resetBy: ctx.username, mustChangePassword: true } });
    return toSummary(named(db, findAccountById(db, input.id) as AccountRow));
  });
}
