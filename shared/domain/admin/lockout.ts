/**
 * Locking an account after wrong passwords (issue #13): the 5th wrong password in a row locks the account for 15
 * minutes; while locked even the right password is refused; a good sign-in clears the count. Pure: the caller passes
 * the time (an injected clock), so the rule is tested to the millisecond.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export interface LockState {
  failedAttempts: number;
  /** ISO instant the lock ends, or null. */
  lockedUntil: string | null;
}

/** Whether the account is locked at `nowMs`: the lock holds until (not including) its end. */
export function isLocked(state: LockState, nowMs: number): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > nowMs;
}

/** Minutes (rounded up) until the lock ends: for the message. */
export function minutesLeft(state: LockState, nowMs: number): number {
  if (state.lockedUntil === null) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - nowMs) / 60_000));
}

/** The state after a wrong password at `nowMs`; `locked` says this attempt locked the account. */
export function afterFailure(state: LockState, nowMs: number): LockState & { locked: boolean } {
  // An expired lock starts a fresh count.
  const previous = state.lockedUntil !== null && !isLocked(state, nowMs) ? 0 : state.failedAttempts;
  const failedAttempts = previous + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { failedAttempts: 0, lockedUntil: new Date(nowMs + LOCK_MINUTES * 60_000).toISOString(), locked: true };
  }
  return { failedAttempts, lockedUntil: null, locked: false };
}

/** The state after a good password. */
export function afterSuccess(): LockState {
  return { failedAttempts: 0, lockedUntil: null };
}
