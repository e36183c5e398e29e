/**
 * Worker entry: the demo street generated and loaded off the main thread, on the worker's own connection (one
 * transaction, then the derived state), while the main process keeps answering.
 */
import { runWorkerTask } from '../workers/worker-task';
import { loadDemoStreet } from './demo-service';

export interface DemoLoadInput {
  size: 'small' | 'large';
  seed: number;
  asOf: string;
  today: string;
}

runWorkerTask<DemoLoadInput>(async ({ db, caller, report }, input) => loadDemoStreet(db, caller, input, report, true));
