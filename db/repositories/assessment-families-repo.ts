/** Zero-employment and double-unemployed family episodes (the derived family_episodes table) as the assessment reads them. */
import type { DeskDatabase } from '../desk-database';
import { memoised } from '../read-memo';

export type EpisodeKind = 'zero_employment' | 'double_unemployed';

export interface FamilyEpisodeRef {
  householdId: number;
  communityId: number;
  appeared: string;
  ended: string | null;
  endReason: string | null;
}

/**
 * Most episodes appeared before any D of interest, so the (kind, appeared) index would visit nearly all of them one
 * row at a time: a plain scan of the table is about three times quicker.
 */
const SELECT = `SELECT e.household_id AS householdId, h.community_id AS communityId, e.appeared, e.ended, e.end_reason AS endReason
  FROM family_episodes e NOT INDEXED JOIN households h ON h.id = e.household_id`;

/** Episodes present on D (appeared on or before D, not ended by D), by appearance date. */
function readFamiliesPresentOn(db: DeskDatabase, kind: EpisodeKind, asOf: string): FamilyEpisodeRef[] {
  return db.sqlite
    .prepare(`${SELECT} WHERE e.kind = $kind AND e.appeared <= $asOf AND (e.ended IS NULL OR e.ended > $asOf) ORDER BY e.appeared, e.household_id`)
    .all({ kind, asOf }) as FamilyEpisodeRef[];
}
export const familiesPresentOn = memoised('familiesPresentOn', ['family_episodes', 'households'], readFamiliesPresentOn);

/**
 * Episodes present on some day of `from` … `to` (appeared by `to`, not ended by `from`), by appearance date; an end
 * after `to` has not happened yet as of `to` and is returned as null.
 */
function readFamiliesDuring(db: DeskDatabase, kind: EpisodeKind, from: string, to: string): FamilyEpisodeRef[] {
  return db.sqlite
    .prepare(
      `SELECT householdId, communityId, appeared, CASE WHEN ended > $to THEN NULL ELSE ended END AS ended,
              CASE WHEN ended > $to THEN NULL ELSE endReason END AS endReason
         FROM (${SELECT} WHERE e.kind = $kind AND e.appeared <= $to AND (e.ended IS NULL OR e.ended > $from))
        ORDER BY appeared, householdId`,
    )
    .all({ kind, from, to }) as FamilyEpisodeRef[];
}
export const familiesDuring = memoised('familiesDuring', ['family_episodes', 'households'], readFamiliesDuring);
