/**
 * A street-wide recompute of the family episodes shared with a second thread (population/episodes-apart.ts) writes
 * the very rows, in the same order, that one thread writes: when the helper computes some batches, when it fails, when
 * it falls silent, and when it is not used at all inside a caller's transaction.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inTransaction } from '../../../db/transaction';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { startEpisodesHelper } from '../../../electron/services/population/episodes-apart';
import { recomputeAllFamilies } from '../../../electron/services/population/families';
import type { ShareBatches } from '../../../electron/services/population/families';
import { markDerivedStateStale, recomputeIfStale } from '../../../electron/services/population/recompute';
import { readPopulationSettings } from '../../../electron/services/settings/population-settings';
import { finishDerivedState } from '../../../electron/services/workbook/import-workbook';
import { tempRuntime } from '../support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;
/** family_episodes as one thread writes it, in its order. */
let alone: unknown[];

/** Households per batch: the small street cut into some 40 batches, so that both threads take some. */
const BATCH = 4;

/** The episodes in the order they were written (ids grow from one recompute to the next: AUTOINCREMENT). */
const episodeRows = () => runtime.db.sqlite.prepare('SELECT household_id, kind, appeared, ended, end_reason FROM family_episodes ORDER BY id').all();

beforeAll(() => {
  runtime = tempRuntime();
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: '2026-11-20', today: '2026-11-20' });
  recomputeAllFamilies(runtime.db, readPopulationSettings(runtime.db), null, BATCH);
  alone = episodeRows();
}, 120_000);
afterAll(() => runtime.dispose());

/** `share`, counting the batches the other thread gave. */
function counted(share: ShareBatches): { share: ShareBatches; given: () => number } {
  let given = 0;
  return {
    share: (ids, size, settings) => {
      const batches = share(ids, size, settings);
      return {
        claim: () => batches.claim(),
        take(index, wait) {
          const batch = batches.take(index, wait);
          if (batch !== null) given += 1;
          return batch;
        },
      };
    },
    given: () => given,
  };
}

it('the small street has households enough for some 40 batches, and episodes', () => {
  const households = Number(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM households').pluck().get());
  expect(households).toBeGreaterThan(30 * BATCH);
  expect(alone.length).toBeGreaterThan(100);
});

/**
 * Recomputes with a helper on `path` (once it is ready), cut in batches of BATCH; the rows must be the ones one thread
 * writes. Returns how many batches the helper gave.
 */
async function recomputeWithHelper(path: string, options: { silenceMs?: number } = {}): Promise<number> {
  const helper = startEpisodesHelper(path, options);
  try {
    expect(await helper.ready).toBe(true);
    const share = counted(helper.share);
    recomputeAllFamilies(runtime.db, readPopulationSettings(runtime.db), share.share, BATCH);
    expect(episodeRows()).toEqual(alone);
    return share.given();
  } finally {
    helper.close();
  }
}

it('with a second thread computing some of the batches, the rows are the ones one thread writes', async () => {
  expect(await recomputeWithHelper(runtime.db.path)).toBeGreaterThan(0);
}, 60_000);

it('a helper that cannot read the database leaves its batches to the recompute', async () => {
  expect(await recomputeWithHelper(`${runtime.db.path}.missing`)).toBe(0);
}, 60_000);

it('a helper given up for silence leaves its unfinished batches to the recompute', async () => {
  // With no patience at all, the recompute stops waiting at the first batch of the helper's it has not received.
  await recomputeWithHelper(runtime.db.path, { silenceMs: 0 });
}, 60_000);

it('a helper whose thread has ended leaves every batch to the recompute', async () => {
  const helper = startEpisodesHelper(runtime.db.path, { silenceMs: 200 });
  expect(await helper.ready).toBe(true);
  helper.close();
  recomputeAllFamilies(runtime.db, readPopulationSettings(runtime.db), helper.share, BATCH);
  expect(episodeRows()).toEqual(alone);
}, 60_000);

it('inside a caller’s transaction the second thread is not asked (it could not see what the caller wrote)', () => {
  const refused: ShareBatches = () => {
    throw new Error('the helper must not be asked');
  };
  markDerivedStateStale(runtime.db, 'episodes');
  inTransaction(runtime.db, () => {
    expect(recomputeIfStale(runtime.db, refused)).toBe(true);
  });
  expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM family_episodes').pluck().get()).toBe(alone.length);
});

it('after a bulk write, finishDerivedState with a second thread gives the rows one thread gives', () => {
  markDerivedStateStale(runtime.db, 'episodes');
  runtime.db.sqlite.exec('DELETE FROM family_episodes');
  finishDerivedState(runtime.db, () => undefined, true);
  expect(runtime.db.sqlite.prepare("SELECT value FROM settings WHERE key = 'derived_state_stale'").get()).toBeUndefined();
  // Batches of 1,000 households: the rows go in the households' order as they do with batches of 4.
  expect(episodeRows()).toEqual(alone);
}, 60_000);
