/**
 * Worker entry: the second thread of a street-wide recompute of the family episodes (episodes-apart.ts). Once told to
 * go — from inside the recompute's transaction, which holds the write lock — it opens the database read-only (so it
 * reads what the recompute reads), claims batches of households from the shared counter, and posts each batch's
 * episodes as it finishes it. A failure is posted too: the recompute then computes what this thread left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkerReader } from '../../../db/open-worker-connection';
import type { DeskDatabase } from '../../../db/open-database';
import { episodesOfBatch } from './families';
import { CLAIMED, packEpisodes, POSTED } from './episodes-helper-protocol';
import type { EpisodesGo, EpisodesHelperStart, EpisodesMessage } from './episodes-helper-protocol';

const start = workerData as EpisodesHelperStart;
const control = new Int32Array(start.control);
const out = start.port;
const post = (message: EpisodesMessage) => {
  out.postMessage(message);
  Atomics.add(control, POSTED, 1);
  Atomics.notify(control, POSTED);
};

function run(go: EpisodesGo): void {
  const count = Math.ceil(go.householdIds.length / go.batchSize);
  let db: DeskDatabase | null = null;
  try {
    for (let index = Atomics.add(control, CLAIMED, 1); index < count; index = Atomics.add(control, CLAIMED, 1)) {
      db ??= openWorkerReader(start.path);
      const ids = go.householdIds.slice(index * go.batchSize, (index + 1) * go.batchSize);
      post({ type: 'batch', index, packed: packEpisodes(episodesOfBatch(db, go.settings, ids)) });
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db?.close();
  }
}

const port = parentPort;
if (!port) throw new Error('episodes-helper-worker is a worker entry');
port.once('message', (go: EpisodesGo) => {
  run(go);
  out.close();
  port.unref();
});
port.postMessage('ready');
