/**
 * Worker entry: a population settings change and the recompute it needs (every person's dates, every household's
 * episodes), in one transaction on the worker's own connection, while the main process keeps answering.
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { runWorkerTask } from '../workers/worker-task';
import { setPopulationSettings } from './settings-service';

runWorkerTask<PopulationSettings>(async ({ db, caller }, input) => setPopulationSettings(db, caller, input));
