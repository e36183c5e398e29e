/** The sign-in screen's methods and the user's own password, acting on the session of the door called through. */
import { AppError } from '../../../shared/app-error';
import type { AuthStatus } from '../../../shared/contract/admin';
import { claimPasswordlessAdmin, findAccount, findAccountById, hasSignInAdmin, insertAccount, setPassword } from '../../../db/repositories/system/accounts-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { readAdminSettings } from '../settings/admin-settings';
import { hashPassword, verifyPassword } from './password';
import type { Session, Sessions } from './sessions';
import { accountForSignIn, recordPasswordCheck } from './sign-in';
import { named } from './users-service';

export interface AuthDeps {
  db: DeskDatabase;
  sessions: Sessions;
  clock(): number;
}

function sessionOf(deps: AuthDeps, ctx: CallerContext): Session {
  if (!ctx.session) throw new AppError('REJECTED', '命令行不使用登录会话：请用 --as 用户名 --password-env 变量名');
  return deps.sessions.of(ctx.session.door);
}

export function authStatus(deps: AuthDeps, ctx: CallerContext): AuthStatus {
  const session = ctx.session ? deps.sessions.of(ctx.session.door) : null;
  const signedIn = session?.current() ?? null;
  const found = signedIn ? findAccountById(deps.db, signedIn.userId) : null;
  const account = found ? named(deps.db, found) : null;
  return {
    hasAdmin: hasSignInAdmin(deps.db),
    user: account
      ? {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          communityId: account.communityId,
          communityName: account.communityName,
          mustChangePassword: account.mustChangePassword,
        }
      : null,
    autoLockMinutes: readAdminSettings(deps.db).autoLockMinutes,
    lockedForIdle: session?.lockedForIdle ?? false,
  };
}

export async function signIn(deps: AuthDeps, ctx: CallerContext, input: { username: string; password: string }): Promise<AuthStatus> {
  const session = sessionOf(deps, ctx);
  const nowMs = deps.clock();
  const account = accountForSignIn(deps.db, input.username, nowMs, session.door);
  const good = await verifyPassword(input.password, account.passwordHash);
  recordPasswordCheck(deps.db, account, good, deps.clock(), session.door);
  session.signIn({ userId: account.id, username: account.username });
  return authStatus(deps, ctx);
}

export async function createFirstAdmin(deps: AuthDeps, ctx: CallerContext, input: { username: string; displayName: string; password: string }): Promise<AuthStatus> {
  const session = sessionOf(deps, ctx);
  if (hasSignInAdmin(deps.db)) throw new AppError('CONFLICT', '街道管理员已经建立：请登录');
  const hash = await hashPassword(input.password);
  const id = inTransaction(deps.db, () => {
    if (hasSignInAdmin(deps.db)) throw new AppError('CONFLICT', '街道管理员已经建立：请登录');
    const existing = findAccount(deps.db, input.username);
    const claimed = claimPasswordlessAdmin(deps.db, input.username, input.displayName, hash);
    if (claimed === null && existing) throw AppError.invalid(`用户名“${input.username}”已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
    const userId = claimed ?? insertAccount(deps.db, { username: input.username, displayName: input.displayName, role: 'admin', communityId: null, passwordHash: hash, mustChangePassword: false });
    recordAudit(deps.db, { username: input.username, action: 'create', entity: 'user', entityKey: input.username, after: { username: input.username, displayName: input.displayName, role: 'admin', firstStart: true } });
    recordAudit(deps.db, { username: input.username, action: 'sign_in', entity: 'user', entityKey: input.username, after: { door: session.door } });
    return userId;
  });
  session.signIn({ userId: id, username: input.username });
  return authStatus(deps, ctx);
}

export function signOut(deps: AuthDeps, ctx: CallerContext, forIdle = false): AuthStatus {
  const session = sessionOf(deps, ctx);
  const signedIn = session.current();
  if (signedIn) {
    recordAudit(deps.db, { username: signedIn.username, action: 'sign_out', entity: 'user', entityKey: signedIn.username, after: { door: session.door, idle: forIdle } });
  }
  session.signOut(forIdle);
  return authStatus(deps, ctx);
}

export async function changePassword(deps: AuthDeps, ctx: CallerContext, input: { current: string; next: string }): Promise<AuthStatus> {
  const session = sessionOf(deps, ctx);
  const signedIn = session.current();
  const account = signedIn ? findAccountById(deps.db, signedIn.userId) : null;
  if (!account) throw new AppError('UNAUTHORIZED', '请先登录');
  if (!(await verifyPassword(input.current, account.passwordHash))) {
    throw AppError.invalid('当前密码不正确', [{ path: 'current', message: '当前密码不正确' }]);
  }
  if (input.current === input.next) throw AppError.invalid('新密码不能与当前密码相同', [{ path: 'next', message: '新密码不能与当前密码相同' }]);
  const hash = await hashPassword(input.next);
  inTransaction(deps.db, () => {
    setPassword(deps.db, account.id, hash, false);
    recordAudit(deps.db, { username: account.username, action: 'password', entity: 'user', entityKey: account.username, after: { changedBy: account.username } });
  });
  return authStatus(deps, ctx);
}
