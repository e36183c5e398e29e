import type { Role } from '../../shared/domain/labels';

/** The signed-in user of one door (the Electron window, the browser bridge): what the sign-in methods act on. */
export interface DoorSession {
  /** Which door: 'electron' or 'browser' (written into the audit trail of sign-ins). */
  readonly door: string;
}

/** Who is calling: every handler runs with one, so authorisation lives in one place. */
export interface CallerContext {
  username: string;
  displayName: string;
  role: Role;
  /** Set for community clerks: the only community they may touch. */
  communityId: number | null;
  /** The session of the door the call came through (sign-in, sign-out, change password act on it). */
  session?: DoorSession;
  /** Nobody is signed in at this door: only the sign-in screen's methods may be called. */
  anonymous?: boolean;
  /** The admin reset this user's password: nothing but changing it until it is changed. */
  mustChangePassword?: boolean;
}
