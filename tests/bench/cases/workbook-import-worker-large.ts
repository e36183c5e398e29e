import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { ImportPreview } from '../../../shared/contract/workbook';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { BenchCase } from '../bench-case';
import { ensureLargeStreet, largeWorkbookPath, openRuntimeAt } from '../large-street';

async function call<T>(runtime: DeskRuntime, method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Follows a job as the page does (jobs.get every 25 ms on the main thread): its end status. */
async function follow(runtime: DeskRuntime, jobId: string, onStatus: (status: JobStatus) => void = () => undefined): Promise<JobStatus> {
  for (;;) {
    const status = await call<JobStatus>(runtime, 'jobs.get', { id: jobId });
    if (status.state !== 'running') return status;
    onStatus(status);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const ms = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;

/**
 * The import as the app runs it: workbook.preview and workbook.commit through the API, the work in the import
 * worker, the main thread polling the job — with the main thread's event-loop delay measured all along.
 */
export const workbookImportWorkerLarge: BenchCase = {
  name: 'workbook-import-worker-large',
  description: "Import the large street's workbook into an empty database through the API (the import worker), with the main thread's event-loop delay",
  async setup(ctx) {
    await ensureLargeStreet();
    copyFileSync(largeWorkbookPath, join(ctx.workDir, 'large.xlsx'));
  },
  async run(ctx) {
    const runtime = openRuntimeAt(join(ctx.workDir, 'db'));
    const delay = monitorEventLoopDelay({ resolution: 10 });
    // The process's resident size (main thread and worker) sampled every 50 ms: the peak of each step.
    const peaks = { preview: 0, write: 0, derived: 0 };
    let stepNow: keyof typeof peaks = 'preview';
    const sampler = setInterval(() => {
      peaks[stepNow] = Math.max(peaks[stepNow], process.memoryUsage.rss());
    }, 50);
    try {
      const file = runtime.files.register({ path: join(ctx.workDir, 'large.xlsx'), name: 'large.xlsx', direction: 'input' });
      delay.enable();
      const started = performance.now();
      const { jobId } = await call<{ jobId: string }>(runtime, 'workbook.preview', { file });
      const previewed = await follow(runtime, jobId);
      const preview = previewed.result as ImportPreview | undefined;
      if (previewed.state !== 'done' || !preview?.ok) throw new Error(`rejected: ${JSON.stringify(previewed.error ?? preview?.errors.slice(0, 3))}`);
      const readMs = performance.now() - started;
      stepNow = 'write';
      const commit = await call<{ jobId: string }>(runtime, 'workbook.commit', { previewJobId: jobId });
      // The worker's note turns to the derived state once the write has committed.
      let writtenAt: number | null = null;
      const committed = await follow(runtime, commit.jobId, (status) => {
        if (writtenAt === null && status.note.includes('派生状态')) {
          writtenAt = performance.now();
          stepNow = 'derived';
        }
      });
      if (committed.state !== 'done') throw new Error(`commit failed: ${JSON.stringify(committed.error)}`);
      const totalMs = performance.now() - started;
      delay.disable();
      const rows = Object.values(preview.counts).reduce((a, c) => a + c.new, 0);
      const writeMs = (writtenAt ?? performance.now()) - started - readMs;
      ctx.note(
        `${rows.toLocaleString('en')} rows; read+validate ${(readMs / 1000).toFixed(1)} s, write ${(writeMs / 1000).toFixed(1)} s (read+validate+write ${((readMs + writeMs) / 1000).toFixed(1)} s), then derived state ${((totalMs - readMs - writeMs) / 1000).toFixed(1)} s`,
      );
      const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
      ctx.note(`peak RSS (sampled) preview ${mb(peaks.preview)}, write ${mb(peaks.write)}, derived state ${mb(peaks.derived)}`);
      ctx.note(`main event-loop delay p50 ${ms(delay.percentile(50))}, p99 ${ms(delay.percentile(99))}, max ${ms(delay.max)}`);
    } finally {
      clearInterval(sampler);
      runtime.close();
    }
  },
};
