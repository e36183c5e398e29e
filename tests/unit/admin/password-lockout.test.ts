/** Password hashing (scrypt N=2^17, r=8, p=1, per-user salt) and the lock after 5 wrong passwords, on an injected clock. */
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordSync } from '../../../electron/services/admin/password';
import type { LockState } from '../../../shared/domain/admin/lockout';
import { afterFailure, afterSuccess, isLocked, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, minutesLeft } from '../../../shared/domain/admin/lockout';

describe('password hashing', () => {
  it('stores scrypt with N=2^17, r=8, p=1 and a per-user salt; verifies the right password only', async () => {
    const a = await hashPassword('correct horse 1');
    const b = await hashPassword('correct horse 1');
    expect(a).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse 1', a)).toBe(true);
    expect(verifyPasswordSync('correct horse 1', b)).toBe(true);
    expect(await verifyPassword('correct horse 2', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('refuses stored text that is no hash of ours (never throws)', async () => {
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$40$8$1$AAAA$BBBB')).toBe(false);
  });
});

describe('lock after wrong passwords (injected clock)', () => {
  const T0 = Date.parse('2026-11-20T01:00:00.000Z');
  const fresh: LockState = { failedAttempts: 0, lockedUntil: null };

  it('the 5th wrong password in a row locks for 15 minutes; the 4th does not', () => {
    let state: LockState = { ...fresh };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i += 1) {
      const next = afterFailure(state, T0 + i);
      expect(next.locked).toBe(false);
      expect(next.failedAttempts).toBe(i);
      state = next;
    }
    const locked = afterFailure(state, T0 + 10);
    expect(locked.locked).toBe(true);
    expect(locked.lockedUntil).toBe(new Date(T0 + 10 + LOCK_MINUTES * 60_000).toISOString());
  });

  it('locked until the end (exclusive): a millisecond before, locked; at the end, free', () => {
    const until = T0 + LOCK_MINUTES * 60_000;
    const state = { failedAttempts: 0, lockedUntil: new Date(until).toISOString() };
    expect(isLocked(state, T0)).toBe(true);
    expect(isLocked(state, until - 1)).toBe(true);
    expect(isLocked(state, until)).toBe(false);
    expect(minutesLeft(state, T0)).toBe(15);
    expect(minutesLeft(state, until - 60_001)).toBe(2);
  });

  it('after an expired lock the count starts again; a good password clears it', () => {
    const expired = { failedAttempts: 0, lockedUntil: new Date(T0).toISOString() };
    expect(afterFailure(expired, T0 + 1)).toEqual({ failedAttempts: 1, lockedUntil: null, locked: false });
    expect(afterSuccess()).toEqual(fresh);
  });
});
