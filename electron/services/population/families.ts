/** Each household's zero-employment and double-unemployed episodes (family_episodes), from the pure rules of DOMAIN §3. */
import type { FamilyEpisode } from '../../../shared/domain/population/episode-types';
import { familyEpisodes } from '../../../shared/domain/population/family-episodes';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { DateRange, FamilyInput } from '../../../shared/domain/population/types';
import { allHouseholdInputs, loadHouseholdInputs } from '../../../db/repositories/population/population-inputs-repo';
import { episodesOfHouseholds, episodeWriter, insertEpisodes, withEpisodeIndexesDeferred } from '../../../db/repositories/population/family-episodes-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';

/**
 * Every date the data can speak of: episodes are stored with their real end even when it lies in the future (a
 * retirement date), so that "present on D" reads correctly for any D.
 */
export const ALL_DATES: DateRange = { from: '1900-01-01', to: '9999-12-31' };

export function episodesOfFamily(family: FamilyInput, settings: PopulationSettings): FamilyEpisode[] {
  return familyEpisodes(family, ALL_DATES, settings);
}

/** Replaces the episodes of `householdIds` (one transaction). */
export function recomputeFamilies(db: DeskDatabase, settings: PopulationSettings, householdIds: readonly number[]): void {
  if (householdIds.length === 0) return;
  inTransaction(db, () => {
    const writer = episodeWriter(db);
    for (const household of loadHouseholdInputs(db, householdIds)) writer.replace(household.householdId, episodesOfFamily(household, settings));
  });
}

/** Households read and computed at a time by refreshFamilies (bounds the memory of a large change). */
const REFRESH_BATCH = 5_000;

function sameEpisodes(a: readonly FamilyEpisode[], b: readonly FamilyEpisode[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const o = b[i];
      return o !== undefined && e.kind === o.kind && e.appeared === o.appeared && e.ended === o.ended && e.endReason === o.endReason;
    })
  );
}

/**
 * Recomputes the episodes of `householdIds` (inside the caller's transaction, a batch of households per read) and
 * rewrites only the households whose episodes differ from those stored. Returns how many were rewritten. Reads each
 * member's working age as stored (and no registrations): the caller (a settings change) has brought every person's
 * dates up to date under `settings` first.
 */
export function refreshFamilies(db: DeskDatabase, settings: PopulationSettings, householdIds: readonly number[]): number {
  if (householdIds.length === 0) return 0;
  return inTransaction(db, () => {
    const writer = episodeWriter(db);
    let rewritten = 0;
    for (let at = 0; at < householdIds.length; at += REFRESH_BATCH) {
      const batch = householdIds.slice(at, at + REFRESH_BATCH);
      const stored = episodesOfHouseholds(db, batch);
      for (const household of loadHouseholdInputs(db, batch, true)) {
        const episodes = episodesOfFamily(household, settings);
        if (sameEpisodes(episodes, stored.get(household.householdId) ?? [])) continue;
        writer.replace(household.householdId, episodes);
        rewritten += 1;
      }
    }
    return rewritten;
  });
}

/**
 * Recomputes every household's episodes (one read of each table, prepared inserts); returns the episode count.
 * Reads each member's working age as stored: the caller has brought every person's dates up to date under
 * `settings` first (recomputeEverything), or knows them to be (a bulk import writes them with each row).
 */
export function recomputeAllFamilies(db: DeskDatabase, settings: PopulationSettings): number {
  return inTransaction(db, () => {
    episodeWriter(db).clearAll();
    return withEpisodeIndexesDeferred(db, () => {
      const insert = insertEpisodes(db);
      let count = 0;
      for (const household of allHouseholdInputs(db, true)) {
        const episodes = episodesOfFamily(household, settings);
        insert(household.householdId, episodes);
        count += episodes.length;
      }
      return count;
    });
  });
}
