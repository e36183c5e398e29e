/**
 * Signing in, the same for every door (the window, the browser, the CLI's --as): the lock after 5 wrong passwords
 * (shared/domain/admin/lockout.ts), recorded on the user and in the audit trail with every success and failure.
 */
import { AppError } from '../../../shared/app-error';
import { afterFailure, afterSuccess, isLocked, MAX_FAILED_ATTEMPTS, minutesLeft } from '../../../shared/domain/admin/lockout';
import { findAccount, setSignInState } from '../../../db/repositories/system/accounts-repo';
import type { AccountRow } from '../../../db/repositories/system/accounts-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';

const WRONG = '用户名或密码不正确';

function lockedError(account: AccountRow, nowMs: number): AppError {
  return new AppError('UNAUTHORIZED', `账号“${account.username}”因连续 ${MAX_FAILED_ATTEMPTS} 次密码错误已被锁定，请 ${minutesLeft(account, nowMs)} 分钟后再试，或请街道管理员重置密码`, {
    lockedUntil: account.lockedUntil,
  });
}

/** The account to check the password of, or the refusal (unknown, disabled, locked) — recorded. */
export function accountForSignIn(db: DeskDatabase, username: string, nowMs: number, door: string, record = true): AccountRow {
  const account = findAccount(db, username);
  if (!account || !account.active || account.passwordHash === null) {
    if (record) recordAudit(db, { username: username.slice(0, 64), action: 'sign_in_failed', entity: 'user', entityKey: username.slice(0, 64), after: { door, reason: account ? '账号已停用' : '无此用户' } });
    throw new AppError('UNAUTHORIZED', account && !account.active ? `账号“${account.username}”已停用，请联系街道管理员` : WRONG);
  }
  if (isLocked(account, nowMs)) {
    if (record) recordAudit(db, { username: account.username, action: 'sign_in_failed', entity: 'user', entityKey: account.username, after: { door, reason: '账号锁定中', lockedUntil: account.lockedUntil } });
    throw lockedError(account, nowMs);
  }
  return account;
}

/** Records the outcome of the password check; a wrong one throws (the 5th locks the account). */
export function recordPasswordCheck(db: DeskDatabase, account: AccountRow, good: boolean, nowMs: number, door: string): void {
  if (good) {
    const at = new Date(nowMs).toISOString();
    inTransaction(db, () => {
      setSignInState(db, account.id, { ...afterSuccess(), lastSignInAt: at });
      recordAudit(db, { username: account.username, action: 'sign_in', entity: 'user', entityKey: account.username, after: { door } });
    });
    return;
  }
  const next = afterFailure(account, nowMs);
  inTransaction(db, () => {
    setSignInState(db, account.id, { failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil });
    recordAudit(db, { username: account.username, action: 'sign_in_failed', entity: 'user', entityKey: account.username, after: { door, reason: '密码错误' } });
    if (next.locked) {
      recordAudit(db, { username: account.username, action: 'locked', entity: 'user', entityKey: account.username, after: { door, lockedUntil: next.lockedUntil } });
    }
  });
  if (next.locked) throw lockedError({ ...account, lockedUntil: next.lockedUntil }, nowMs);
  const left = MAX_FAILED_ATTEMPTS - next.failedAttempts;
  throw new AppError('UNAUTHORIZED', `${WRONG}（再错 ${left} 次账号将被锁定 15 分钟）`);
}
