/** Each household's zero-employment and double-unemployed episodes (family_episodes), from the pure rules of DOMAIN §3. */
import type { FamilyEpisode } from '../../../shared/domain/population/episode-types';
import { familyEpisodes } from '../../../shared/domain/population/family-episodes';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { DateRange, FamilyInput } from '../../../shared/domain/population/types';
import { householdInputsForEpisodes, loadHouseholdInputs } from '../../../db/repositories/population/population-inputs-repo';
import { allHouseholdIds } from '../../../db/repositories/registry/households-repo';
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

/** One household's episodes, as a street-wide recompute writes them. */
export interface HouseholdEpisodes {
  householdId: number;
  episodes: FamilyEpisode[];
}

/** Households read and computed at a time by a street-wide recompute (what it holds at once). */
export const EPISODE_BATCH = 1_000;

/** The episodes of the households `householdIds` (existing ones, in id order): one batch of a street-wide recompute. */
export function episodesOfBatch(db: DeskDatabase, settings: PopulationSettings, householdIds: readonly number[]): HouseholdEpisodes[] {
  return householdInputsForEpisodes(db, householdIds).map((household) => ({ householdId: household.householdId, episodes: episodesOfFamily(household, settings) }));
}

/**
 * A street-wide recompute's batches shared with a second thread (episodes-apart.ts): each thread claims the next
 * batch when it is free, and the recompute writes every batch in order, its own or the other thread's.
 */
export interface SharedBatches {
  /** The next batch for this thread to compute, or null once every batch is claimed. */
  claim(): number | null;
  /**
   * The episodes of batch `index` if the other thread computed it (with `wait`, once it has); null when it has not
   * (with `wait`: it will not, the caller computes it).
   */
  take(index: number, wait: boolean): HouseholdEpisodes[] | null;
}

/**
 * Shares a recompute's batches (of `batchSize` of `householdIds`, in order) with a second thread. Called inside the
 * recompute's transaction, after it took the write lock: the other thread reads what the recompute reads.
 */
export type ShareBatches = (householdIds: readonly number[], batchSize: number, settings: PopulationSettings) => SharedBatches;

/** The `count` batches of a recompute this thread computes alone. */
export function batchesAlone(count: number): SharedBatches {
  let next = 0;
  return {
    claim: () => (next < count ? next++ : null),
    take: () => null,
  };
}

/**
 * Recomputes every household's episodes (one read of each table per batch of households, prepared inserts); returns
 * the episode count. Reads each member's working age as stored: the caller has brought every person's dates up to
 * date under `settings` first (recomputeEverything), or knows them to be (a bulk import writes them with each row).
 * With `share` a second thread computes some of the batches (only for inputs already committed: it reads the
 * database as committed); the rows are written in the same order either way. `batchSize`: households per batch.
 */
export function recomputeAllFamilies(db: DeskDatabase, settings: PopulationSettings, share: ShareBatches | null = null, batchSize = EPISODE_BATCH): number {
  return inTransaction(db, () => {
    episodeWriter(db).clearAll();
    return withEpisodeIndexesDeferred(db, () => {
      const insert = insertEpisodes(db);
      const householdIds = allHouseholdIds(db);
      const count = Math.ceil(householdIds.length / batchSize);
      const compute = (index: number) => episodesOfBatch(db, settings, householdIds.slice(index * batchSize, (index + 1) * batchSize));
      const batches = share ? share(householdIds, batchSize, settings) : batchesAlone(count);
      const own = new Map<number, HouseholdEpisodes[]>();
      let written = 0;
      let episodes = 0;
      const write = (batch: readonly HouseholdEpisodes[]) => {
        for (const household of batch) {
          insert(household.householdId, household.episodes);
          episodes += household.episodes.length;
        }
        own.delete(written);
        written += 1;
      };
      // The next batch to write, if it is ready (this thread's or the other's): batches are written as soon as they
      // can be, so few wait in memory.
      const ready = () => (written < count ? (own.get(written) ?? batches.take(written, false)) : null);
      for (let index = batches.claim(); index !== null; index = batches.claim()) {
        own.set(index, compute(index));
        for (let batch = ready(); batch; batch = ready()) write(batch);
      }
      while (written < count) write(own.get(written) ?? batches.take(written, true) ?? compute(written));
      return episodes;
    });
  });
}
