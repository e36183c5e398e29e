/**
 * A cancel that ends the worker before its job has first awaited it (the job starts on the next tick; a clerk or a
 * script may cancel at once): the await that comes later is told 已取消 at once, never left waiting for a worker
 * that is gone (the CI run that hung in tests/unit/workers/workbook-import-worker.test.ts for 120 s).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WorkerRun } from '../../../electron/services/workers/worker-run';
import { tempDir, tempRuntime } from '../support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;
beforeAll(() => {
  runtime = tempRuntime();
});
afterAll(() => runtime.dispose());

it('cancelled before the first await: the worker ends and the await is refused with 已取消，数据库未改动', async () => {
  const input = { path: join(tempDir('desk-cancel-early-'), 'never-read.xlsx'), fileName: 'never-read.xlsx', today: '2026-11-20' };
  const run = new WorkerRun('workbook-import', runtime.db.path, runtime.caller(), input);
  run.cancel();
  await run.exited;
  await expect(run.first(() => undefined)).rejects.toThrow('已取消，数据库未改动');
  await expect(run.next(() => undefined)).rejects.toThrow('预览结果已失效');
}, 60_000);
