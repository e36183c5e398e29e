/**
 * A second thread for a street-wide recompute of the family episodes (families.ts recomputeAllFamilies): started
 * ahead (its code loads while the caller gets ready), it claims batches of households from a shared counter as the
 * recompute does, and posts their episodes; the recompute takes them synchronously, inside its transaction, and
 * writes every batch in order. Each household's episodes depend on its own inputs alone, so the result is the one a
 * single thread gives. A helper that fails, ends or falls silent leaves its unfinished batches to the recompute:
 * the recompute never depends on it.
 */
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/worker-entry';
import { CLAIMED, POSTED, unpackEpisodes } from './episodes-helper-protocol';
import type { EpisodesGo, EpisodesHelperStart, EpisodesMessage, PackedEpisodes } from './episodes-helper-protocol';
import { batchesAlone } from './families';
import type { HouseholdEpisodes, ShareBatches, SharedBatches } from './families';

/**
 * How long the recompute waits for a batch the helper claimed with no word from it before computing it itself. A
 * batch takes the helper some 20–50 ms on the large street; a helper this silent has stopped.
 */
const SILENCE_MS = 10_000;

export interface EpisodesHelper {
  /** For recomputeAllFamilies: usable once, by a recompute whose inputs are committed. */
  share: ShareBatches;
  /** Whether the helper's code has loaded and it waits to be told to go (false: it failed or ended first). */
  ready: Promise<boolean>;
  /** Ends the helper's thread (also when it was never asked for anything). */
  close(): void;
}

export function startEpisodesHelper(path: string, options: { silenceMs?: number } = {}): EpisodesHelper {
  const silenceMs = options.silenceMs ?? SILENCE_MS;
  const control = new Int32Array(new SharedArrayBuffer(8));
  const channel = new MessageChannel();
  const start: EpisodesHelperStart = { path, control: control.buffer as SharedArrayBuffer, port: channel.port2 };
  let worker: Worker | null = null;
  let ready: Promise<boolean> = Promise.resolve(false);
  try {
    const started = startWorker('family-episodes', start, [channel.port2]);
    worker = started;
    ready = new Promise((resolve) => {
      started.once('message', (message: unknown) => resolve(message === 'ready'));
      // An error or exit reaches a recompute as silence or a missing batch (it waits synchronously, not for events).
      started.on('error', () => resolve(false));
      started.once('exit', () => resolve(false));
    });
  } catch {
    worker = null;
  }
  const inbox = channel.port1;
  let used = false;

  const share: ShareBatches = (householdIds, batchSize, settings): SharedBatches => {
    const count = Math.ceil(householdIds.length / batchSize);
    // Asked again, or with no thread: every batch is the recompute's.
    if (used || worker === null) return batchesAlone(count);
    used = true;
    const go: EpisodesGo = { householdIds, batchSize, settings };
    worker.postMessage(go);
    const arrived = new Map<number, PackedEpisodes>();
    let received = 0;
    let stopped = false;
    const drain = () => {
      for (let got = receiveMessageOnPort(inbox); got; got = receiveMessageOnPort(inbox)) {
        received += 1;
        const message = got.message as EpisodesMessage;
        if (message.type === 'batch') arrived.set(message.index, message.packed);
        else stopped = true;
      }
    };
    const taken = (index: number): HouseholdEpisodes[] | null => {
      const packed = arrived.get(index);
      if (packed === undefined) return null;
      arrived.delete(index);
      return unpackEpisodes(packed);
    };
    return {
      claim() {
        const index = Atomics.add(control, CLAIMED, 1);
        return index < count ? index : null;
      },
      take(index, wait) {
        drain();
        for (;;) {
          const batch = taken(index);
          if (batch !== null || !wait || stopped) return batch;
          const posted = Atomics.load(control, POSTED);
          if (posted > received) {
            drain();
            continue;
          }
          if (Atomics.wait(control, POSTED, posted, silenceMs) === 'timed-out') {
            stopped = true;
            return null;
          }
          drain();
        }
      },
    };
  };

  return {
    share,
    ready,
    close() {
      inbox.close();
      void worker?.terminate();
    },
  };
}
