/** What a street-wide recompute and its second thread share (episodes-apart.ts, episodes-helper-worker.ts). */
import type { MessagePort } from 'node:worker_threads';
import type { EpisodeEndReason, FamilyEpisode, FamilyEpisodeKind } from '../../../shared/domain/population/episode-types';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { HouseholdEpisodes } from './families';

/** The shared counters (an Int32Array over `control`): the next batch to claim, and the messages the helper posted. */
export const CLAIMED = 0;
export const POSTED = 1;

export interface EpisodesHelperStart {
  /** The database file; the helper opens it read-only once told to go. */
  path: string;
  /** Two Int32 counters (CLAIMED, POSTED), shared by both threads. */
  control: SharedArrayBuffer;
  /** Where the helper posts its batches: the recompute takes them from the other end synchronously. */
  port: MessagePort;
}

/** Sent (on the worker's own channel) from inside the recompute's transaction: the helper starts claiming batches. */
export interface EpisodesGo {
  householdIds: readonly number[];
  batchSize: number;
  settings: PopulationSettings;
}

export type EpisodesMessage =
  | { type: 'batch'; index: number; packed: PackedEpisodes }
  /** The helper stopped: the batches it claimed and did not post are the recompute's. */
  | { type: 'failed'; message: string };

/** A batch's households that have episodes, as one flat array: household id, count, then each episode's four fields. */
export type PackedEpisodes = (string | number | null)[];

export function packEpisodes(batch: readonly HouseholdEpisodes[]): PackedEpisodes {
  const out: PackedEpisodes = [];
  for (const { householdId, episodes } of batch) {
    if (episodes.length === 0) continue;
    out.push(householdId, episodes.length);
    for (const e of episodes) out.push(e.kind, e.appeared, e.ended, e.endReason);
  }
  return out;
}

export function unpackEpisodes(packed: PackedEpisodes): HouseholdEpisodes[] {
  const out: HouseholdEpisodes[] = [];
  let i = 0;
  while (i < packed.length) {
    const householdId = packed[i] as number;
    const count = packed[i + 1] as number;
    i += 2;
    const episodes: FamilyEpisode[] = [];
    for (let k = 0; k < count; k += 1, i += 4) {
      episodes.push({ kind: packed[i] as FamilyEpisodeKind, appeared: packed[i + 1] as string, ended: packed[i + 2] as string | null, endReason: packed[i + 3] as EpisodeEndReason | null });
    }
    out.push({ householdId, episodes });
  }
  return out;
}
