/**
 * An import run in a worker in two jobs: the preview (the worker's first step, kept waiting in the worker for
 * 确认导入) and the commit (the worker goes on and writes). Only the latest preview waits: a new one lets the previous
 * one's worker go.
 */
import type { JobRegistry } from '../jobs/job-registry';
import type { WorkerRun } from './worker-run';

/** A previewed import waiting in its worker for 确认导入 (the plan stays there, off the main thread). */
export interface KeptPreview<P> {
  preview: P;
  run: WorkerRun;
  close(): void;
}

export interface WorkerImportKinds {
  /** The preview job's kind (the contract method), also the key its kept preview is found by. */
  preview: string;
  commit: string;
  /** Said to a clerk whose save must wait while the worker writes (e.g. “正在导入交换包”). */
  writing: string;
}

export class WorkerImport<P, R> {
  private lastPreview: string | null = null;

  constructor(
    private readonly jobs: JobRegistry,
    private readonly kinds: WorkerImportKinds,
  ) {}

  /** Starts the worker that `start` makes (after letting the previous preview go) and returns the preview's job id. */
  preview(start: () => WorkerRun): { jobId: string } {
    if (this.lastPreview !== null) this.jobs.release(this.lastPreview);
    const run = start();
    const jobId = this.jobs.start(
      this.kinds.preview,
      async (report) => {
        const preview = (await run.first(report)) as P;
        const kept: KeptPreview<P> = { preview, run, close: () => run.close() };
        return { result: preview, retained: kept };
      },
      { cancel: () => run.cancel() },
    );
    this.lastPreview = jobId;
    return { jobId };
  }

  /** The preview a job kept (refused when it is gone or was another kind of job). */
  kept(previewJobId: string): KeptPreview<P> {
    return this.jobs.retained<KeptPreview<P>>(previewJobId, this.kinds.preview);
  }

  /** Lets the kept preview's worker write; `accept` may refuse the preview first (by throwing). */
  commit(previewJobId: string, accept: (preview: P) => void = () => undefined): { jobId: string } {
    const kept = this.kept(previewJobId);
    accept(kept.preview);
    const jobId = this.jobs.start(
      this.kinds.commit,
      async (report) => {
        // The worker holds the write lock until it is done: the main connection's saves wait for it meanwhile.
        const free = this.jobs.holdWrites(this.kinds.writing);
        try {
          const result = (await kept.run.next(report)) as R;
          return { result };
        } finally {
          free();
          this.jobs.release(previewJobId);
        }
      },
      { cancel: () => kept.run.cancel() },
    );
    return { jobId };
  }
}
