import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/app-error';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { ApiError } from '../../../shared/result';

export type ReportProgress = (fraction: number, note: string) => void;

/** Hears every job's progress as it is reported (the CLI prints it on stderr while a job runs). */
export type ProgressListener = (kind: string, fraction: number, note: string) => void;

interface Job {
  status: JobStatus;
  /** `performance.now()` at the start: elapsed time only, never a date. */
  startedAt: number;
  /** What the job keeps for a follow-up call (e.g. a previewed import waiting for 确认导入). */
  retained: unknown;
  /** Stops the job before its commit (a job run in a worker); absent when it cannot be cancelled. */
  cancel?: () => void;
}

export interface JobOptions {
  /** How to stop the job before it commits anything (取消). */
  cancel?: () => void;
}

/**
 * Long operations (reading a 100 MB workbook, exporting, loading the demo) run as jobs: the call returns a job id
 * at once and the page polls `jobs.get` for progress, so both transports show a progress bar.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  /** What is writing in the background right now (a worker's import), said to a clerk whose save must wait. */
  private writer: string | null = null;

  constructor(
    private readonly onProgress: ProgressListener = () => undefined,
    /** Told when a job has ended, done or failed (the runtime warms the kept reads again after an import). */
    private readonly onSettled: (kind: string) => void = () => undefined,
  ) {}

  start<T>(kind: string, run: (report: ReportProgress) => Promise<{ result: T; retained?: unknown }>, options: JobOptions = {}): string {
    this.prune();
    const id = randomBytes(8).toString('hex');
    const job: Job = {
      status: { id, kind, state: 'running', progress: 0, note: '开始', elapsedMs: 0 },
      startedAt: performance.now(),
      retained: undefined,
      cancel: options.cancel,
    };
    this.jobs.set(id, job);
    const report: ReportProgress = (fraction, note) => {
      job.status.progress = Math.max(job.status.progress, Math.min(1, fraction));
      job.status.note = note;
      this.onProgress(kind, fraction, note);
    };
    // Start on the next tick so the caller has the id before any work (and any synchronous stretch) begins.
    setImmediate(() => {
      run(report)
        .then(({ result, retained }) => {
          job.status = { ...job.status, state: 'done', progress: 1, note: '完成', result };
          job.retained = retained;
          this.onSettled(kind);
        })
        .catch((error: unknown) => {
          const apiError: ApiError = error instanceof AppError ? error.toApiError() : { code: 'INTERNAL', message: `任务失败，数据未改动：${error instanceof Error ? error.message : String(error)}` };
          if (!(error instanceof AppError)) console.error(`[desk] job ${kind} failed:`, error);
          job.status = { ...job.status, state: 'failed', note: '失败', error: apiError };
          this.onSettled(kind);
        });
    });
    return id;
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', '找不到该任务（可能程序已重启），请重新操作');
    return { ...job.status, elapsedMs: performance.now() - job.startedAt };
  }

  /**
   * 取消: asks a running job to stop before its commit (its status then ends as failed, nothing written); of a
   * finished job, lets go what it kept (a preview waiting for 确认导入 can no longer be committed).
   */
  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', '找不到该任务（可能程序已重启），请重新操作');
    if (job.status.state === 'running') {
      if (!job.cancel) throw new AppError('REJECTED', '该任务不能取消，请等它完成');
      job.cancel();
    } else this.release(id);
    return this.get(id);
  }

  /**
   * Marks a background write (a worker's transaction) as running until the returned function is called: the
   * main connection's writes would wait for its lock, so the runtime refuses them meanwhile with `note`.
   */
  holdWrites(note: string): () => void {
    this.writer = note;
    return () => {
      if (this.writer === note) this.writer = null;
    };
  }

  /** What is writing in the background (see holdWrites), or null. */
  writingNow(): string | null {
    return this.writer;
  }

  /** What a finished job of `kind` kept for a follow-up call; throws when it is not there. */
  retained<T>(id: string, kind: string): T {
    const job = this.jobs.get(id);
    if (!job || job.status.kind !== kind || job.status.state !== 'done' || job.retained === undefined) {
      throw new AppError('NOT_FOUND', '预览结果已失效，请重新选择文件并预览');
    }
    return job.retained as T;
  }

  /** Drops what a job kept (after it was used), keeping its status; a kept worker is let go. */
  release(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    closeKept(job.retained);
    job.retained = undefined;
  }

  /** At close: every kept worker let go, every running job asked to stop before its commit. */
  closeAll(): void {
    for (const job of this.jobs.values()) {
      if (job.status.state === 'running') job.cancel?.();
      closeKept(job.retained);
      job.retained = undefined;
    }
  }

  private prune(): void {
    const cutoff = performance.now() - 6 * 3600_000;
    for (const [id, job] of this.jobs) {
      if (job.startedAt < cutoff && job.status.state !== 'running') {
        closeKept(job.retained);
        this.jobs.delete(id);
      }
    }
  }
}

/** A kept value that holds a worker (a previewed import waiting in its worker) has a `close` to let it go. */
function closeKept(retained: unknown): void {
  if (typeof retained === 'object' && retained !== null && 'close' in retained && typeof retained.close === 'function') {
    (retained as { close(): void }).close();
  }
}
