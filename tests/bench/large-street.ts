/**
 * The DOMAIN §9 street for the benchmarks, built once and cached between runs (in the OS temp folder): the large demo
 * loaded into a database, and that database exported as the standard workbook.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadMigrations } from '../../db/migrate';
import { migrationsDir } from '../../db/migrations-dir';
import { loadDemoStreet } from '../../electron/services/demo/demo-service';
import { openDeskRuntime } from '../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { exportWorkbook } from '../../electron/services/workbook/export-workbook';

export const LARGE_SEED = 20261120;
export const LARGE_AS_OF = '2026-11-20';
export const BENCH_TODAY = '2026-11-23';
/**
 * Keyed by the workbook's version and the number of migrations too: a cache built by an older version holds an older
 * demo and workbook, and a database of an older schema (which every bench would otherwise upgrade, with a backup, as it
 * opened its copy).
 */
const CACHE = join(tmpdir(), 'desk-bench-cache', `large-${LARGE_SEED}-wb2-m${loadMigrations(migrationsDir()).length}`);

export const largeDbPath = join(CACHE, 'desk.sqlite');
export const largeWorkbookPath = join(CACHE, 'large.xlsx');

export function openRuntimeAt(dataDir: string, options: { warmReads?: boolean } = {}): DeskRuntime {
  return openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => BENCH_TODAY, warmReads: options.warmReads });
}

/**
 * Opens the street as the app's window does (the kept reads warmed in the background, read-warmup.ts), waits for the
 * warm-up and returns the runtime with a note of its steps: the first request after it is what a clerk meets.
 */
export async function openWarmedAt(dataDir: string): Promise<{ runtime: DeskRuntime; note: string }> {
  const started = performance.now();
  const runtime = openRuntimeAt(dataDir, { warmReads: true });
  const opened = performance.now() - started;
  const report = await runtime.warmup();
  const steps = report?.steps ?? [];
  const total = steps.reduce((sum, [, ms]) => sum + ms, 0);
  const longest = steps.reduce<[string, number]>((max, step) => (step[1] > max[1] ? step : max), ['', 0]);
  const note = `warm-up after open (${opened.toFixed(0)} ms) ${total.toFixed(0)} ms in ${steps.length} steps, longest ${longest[0]} ${longest[1].toFixed(0)} ms${report?.stopped ? `, stopped: ${report.stopped}` : ''}`;
  return { runtime, note };
}

/** Builds the cached database and workbook when missing (after a schema change, under a new key). */
export async function ensureLargeStreet(): Promise<void> {
  if (existsSync(largeDbPath) && existsSync(largeWorkbookPath)) return;
  rmSync(CACHE, { recursive: true, force: true });
  const building = `${CACHE}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const runtime = openRuntimeAt(building);
  try {
    process.stderr.write('bench: building the large demo street (cached for later runs)…\n');
    loadDemoStreet(runtime.db, runtime.caller(), { size: 'large', seed: LARGE_SEED, asOf: LARGE_AS_OF, today: BENCH_TODAY });
    await exportWorkbook(runtime.db, runtime.caller(), join(building, 'large.xlsx'), 'large.xlsx', BENCH_TODAY, () => undefined);
  } finally {
    runtime.close();
  }
  renameSync(building, CACHE);
}
