/** Zero-employment and double-unemployed family episodes (DOMAIN.md §3). */
import type { IsoDate } from './types';

export type FamilyEpisodeKind = 'zero_employment' | 'double_unemployed';

/**
 * Why an episode ended. Only `employed` is an elimination (消除); the others close the episode without counting.
 * Leaving working age (reaching the statutory retirement date) is reported as `retired`; `aged_out` is reserved
 * for a source that distinguishes the two and is not produced from the current inputs.
 */
export type EpisodeEndReason =
  | 'employed'
  | 'aged_out'
  | 'retired'
  | 'moved_away'
  | 'no_wish'
  | 'business_income'
  | 'not_urban'
  | 'other';

export interface FamilyEpisode {
  kind: FamilyEpisodeKind;
  /** The first day the condition held. */
  appeared: IsoDate;
  /** The first day it no longer held; `null` = still present at the end of the range. */
  ended: IsoDate | null;
  endReason: EpisodeEndReason | null;
}
