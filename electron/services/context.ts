import type { Role } from '../../shared/domain/labels';

/** Who is calling: every handler runs with one, so authorisation lives in one place. */
export interface CallerContext {
  username: string;
  displayName: string;
  role: Role;
  /** Set for community clerks: the only community they may touch. */
  communityId: number | null;
}
