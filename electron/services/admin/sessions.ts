/**
 * Who is signed in at each door of this process: the Electron window, the browser bridge (its per-launch session
 * cookie — one browser session per launch). A session ends at sign-out, at a restore, and after the idle minutes
 * (a setting) without a call: it is then "locked" and the sign-in screen says so.
 */
import type { DoorSession } from '../context';

export interface SignedIn {
  userId: number;
  username: string;
}

export class Session implements DoorSession {
  private signedIn: SignedIn | null = null;
  private lastActivityMs = 0;
  /** The last session ended for being idle (shown on the sign-in screen until the next sign-in). */
  lockedForIdle = false;

  constructor(
    readonly door: string,
    private readonly clock: () => number,
    private readonly idleMinutes: () => number,
  ) {}

  /** The signed-in user, unless the session has been idle too long (then it is locked first). */
  current(): SignedIn | null {
    if (this.signedIn && this.clock() - this.lastActivityMs > this.idleMinutes() * 60_000) {
      this.signedIn = null;
      this.lockedForIdle = true;
    }
    return this.signedIn;
  }

  /** A call by the user: the idle time starts again. */
  touch(): void {
    this.lastActivityMs = this.clock();
  }

  signIn(user: SignedIn): void {
    this.signedIn = user;
    this.lockedForIdle = false;
    this.touch();
  }

  signOut(forIdle = false): void {
    this.signedIn = null;
    this.lockedForIdle = forIdle;
  }
}

export class Sessions {
  private readonly byDoor = new Map<string, Session>();

  constructor(
    private readonly clock: () => number,
    private readonly idleMinutes: () => number,
  ) {}

  of(door: string): Session {
    let session = this.byDoor.get(door);
    if (!session) {
      session = new Session(door, this.clock, this.idleMinutes);
      this.byDoor.set(door, session);
    }
    return session;
  }

  /** Everyone out (after a restore: the users may have changed). */
  signOutAll(): void {
    for (const session of this.byDoor.values()) session.signOut();
  }
}
