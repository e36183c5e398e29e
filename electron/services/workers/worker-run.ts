/**
 * The main-process side of a task running in a worker thread: its steps awaited one at a time with their progress,
 * a cancel that stops it before its commit (the worker is ended while it only reads; asked to roll back while it
 * writes), and the worker ended when the run is let go.
 */
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/app-error';
import { pinnedToday } from '../../../shared/clock';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { startWorker } from './worker-entry';
import { AFTER_COMMIT_FAILURE, CANCEL_INDEX } from './worker-protocol';
import type { MainMessage, WorkerMessage, WorkerStart, WorkerTaskName } from './worker-protocol';

const CANCELLED = '已取消，数据库未改动';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  report: ReportProgress;
}

export class WorkerRun {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private pending: Pending | null = null;
  /** The worker is writing (after `next`): a cancel asks it to roll back instead of ending it. */
  private writing = false;
  private ended = false;
  private cancelled = false;
  /** The worker said its write committed: a failure from then on is not "nothing changed". */
  private committed = false;
  /**
   * What settled while nothing awaited it: a cancel that ended the worker before the job first awaited it (the job
   * starts on the next tick), kept for that await instead of leaving it waiting for a worker that is gone.
   */
  private unheard: { value: unknown; error: Error | null } | null = null;
  /** Resolves once the worker has exited. */
  readonly exited: Promise<void>;

  /** `writesFromStart`: a task that writes from its first step (a demo load, a recompute), never ended mid-way. */
  constructor(task: WorkerTaskName, dbPath: string, caller: CallerContext, input: unknown, writesFromStart = false) {
    this.writing = writesFromStart;
    const start: WorkerStart<unknown> = {
      dbPath,
      pinnedToday: pinnedToday(),
      caller: { username: caller.username, displayName: caller.displayName, role: caller.role, communityId: caller.communityId },
      cancel: this.flag.buffer as SharedArrayBuffer,
      input,
    };
    this.worker = startWorker(task, start);
    this.worker.on('message', (message: WorkerMessage) => this.heard(message));
    this.worker.on('error', (error) => {
      if (this.committed) this.settle(null, new AppError('INTERNAL', `${AFTER_COMMIT_FAILURE}（${error.message}）`));
      else this.settle(null, error instanceof AppError ? error : new AppError('INTERNAL', `任务失败，数据未改动：${error.message}`));
    });
    let exited: () => void = () => undefined;
    this.exited = new Promise((resolve) => {
      exited = resolve;
    });
    this.worker.on('exit', () => {
      this.ended = true;
      exited();
      if (this.committed) this.settle(null, new AppError('INTERNAL', AFTER_COMMIT_FAILURE));
      else this.settle(null, new AppError('REJECTED', this.cancelled ? CANCELLED : '后台任务意外结束，数据未改动'));
    });
  }

  /** Waits for the worker's first step (or its end): its value. */
  first(report: ReportProgress): Promise<unknown> {
    return this.await(report);
  }

  /** Lets the worker go on from a step (确认导入): resolves with its next step's or its final value. */
  next(report: ReportProgress): Promise<unknown> {
    if (this.ended) return Promise.reject(new AppError('NOT_FOUND', '预览结果已失效，请重新选择文件并预览'));
    if (this.writing) return Promise.reject(new AppError('CONFLICT', '这次导入已在写入，请等它完成'));
    this.writing = true;
    const waiting = this.await(report);
    this.send({ type: 'next' });
    return waiting;
  }

  /** Stops the task before its commit: nothing it did is kept. A task already past its commit runs to its end. */
  cancel(): void {
    if (this.ended) return;
    this.cancelled = true;
    if (this.writing) Atomics.store(this.flag, CANCEL_INDEX, 1);
    else void this.worker.terminate();
  }

  /** Lets the run go: a worker waiting between steps ends; one writing finishes (or rolls back if cancelled). */
  close(): void {
    if (this.ended) return;
    if (this.writing) return;
    void this.worker.terminate();
  }

  private await(report: ReportProgress): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const unheard = this.unheard;
      this.unheard = null;
      if (unheard?.error) reject(unheard.error);
      else if (unheard) resolve(unheard.value);
      else this.pending = { resolve, reject, report };
    });
  }

  private send(message: MainMessage): void {
    this.worker.postMessage(message);
  }

  private heard(message: WorkerMessage): void {
    if (message.type === 'progress') this.pending?.report(message.fraction, message.note);
    else if (message.type === 'committed') this.committed = true;
    else if (message.type === 'step' || message.type === 'done') {
      if (message.type === 'done') this.writing = false;
      this.settle(message.value, null);
    } else {
      this.writing = false;
      this.settle(null, new AppError(message.error.code, message.error.message, message.error.details));
    }
  }

  private settle(value: unknown, error: Error | null): void {
    const pending = this.pending;
    if (!pending) {
      this.unheard ??= { value, error };
      return;
    }
    this.pending = null;
    if (error) pending.reject(error);
    else pending.resolve(value);
  }
}
