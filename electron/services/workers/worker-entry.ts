/**
 * Where a worker's code is and how to start it. Bundled (dist/electron/*.cjs, the Electron shell) each task is its
 * own bundle beside main.cjs (scripts/build-steps.ts); from source (tsx: browser mode, the CLI, tests, benches) the
 * worker registers tsx's loader first and then imports the task's .ts file.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResourceLimits, Transferable } from 'node:worker_threads';
import type { WorkerTaskName } from './worker-protocol';

/**
 * Each task's entry: its source file (relative to this one), its bundle's name beside main.cjs and, where set, the
 * worker's heap limits. The workbook import's old generation is held to 1 GB: below that V8 collects sooner (it
 * lets a heap with no limit grow to about twice what is live). What the large street keeps live at once is at most
 * about 260 MB: the parsed records at the end of the preview (the derived state reads households in batches,
 * population-inputs-repo.ts allHouseholdInputs). The worker also collects its heap between the import's steps
 * (import-workbook.ts `betweenSteps`, writePlan's `oneShot`), and lets the plan's records go as they are written. Its
 * young generation is held to 24 MB: the preview's and the write's peaks each fell by 15–20 MB, no slower (measured).
 * The import then peaks near 570 MB of resident memory (main process and worker) instead of 950–1,200 MB with no
 * limits.
 */
const ENTRIES: Record<WorkerEntryName, { source: string; bundle: string; resourceLimits?: ResourceLimits }> = {
  'workbook-import': { source: '../workbook/workbook-import-worker.ts', bundle: 'workbook-import-worker.cjs', resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 } },
  'package-import': { source: '../packages/package-import-worker.ts', bundle: 'package-import-worker.cjs' },
  'demo-load': { source: '../demo/demo-load-worker.ts', bundle: 'demo-load-worker.cjs' },
  'population-settings': { source: '../population/settings-worker.ts', bundle: 'population-settings-worker.cjs' },
  // The import's sheet scanner (xlsx-scanned-apart.ts) holds the shared strings (at most 256 MB of them,
  // files/zip-limits.ts) and its batches in flight; on the large street its heap stays near 32 MB. Its young generation
  // is 16 MB: with 8 MB its scan took about 1.3 s more CPU, with 4 MB 4–6 s more (measured, two runs each).
  'xlsx-scan': { source: '../workbook/xlsx-scan-worker.ts', bundle: 'xlsx-scan-worker.cjs', resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 } },
  // A street-wide recompute's second thread (population/episodes-apart.ts): a batch of households' inputs at a time.
  'family-episodes': { source: '../population/episodes-helper-worker.ts', bundle: 'family-episodes-worker.cjs', resourceLimits: { maxOldGenerationSizeMb: 512 } },
};

/** What scripts/build-steps.ts bundles beside main.cjs: each worker's source (from the project root) and bundle. */
export const WORKER_BUNDLES: readonly { source: string; bundle: string }[] = Object.values(ENTRIES).map(({ source, bundle }) => ({
  source: `electron/services/${source.replace(/^\.\.\//, '')}`,
  bundle,
}));

/** Runs in the worker from source: tsx's ESM loader, then the task's module (which reads workerData itself). */
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** A task's worker, or a helper a task starts itself (the import's sheet scanner, a recompute's second thread). */
export type WorkerEntryName = WorkerTaskName | 'xlsx-scan' | 'family-episodes';

/** `transferList`: what `workerData` hands over rather than copies (a MessagePort). */
export function startWorker(task: WorkerEntryName, workerData: object, transferList: Transferable[] = []): Worker {
  const here = import.meta.url;
  const { source, bundle, resourceLimits } = ENTRIES[task];
  if (here.endsWith('.cjs')) return new Worker(fileURLToPath(new URL(`./${bundle}`, here)), { workerData, resourceLimits, transferList });
  const tsxApi = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href;
  const entry = new URL(source, here).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { ...workerData, tsxApi, entry }, resourceLimits, transferList });
}
