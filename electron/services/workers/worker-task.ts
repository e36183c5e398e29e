/**
 * The worker side of a heavy task: opens the worker's own connection, runs the task with progress posted to the
 * main process (at most every 100 ms), lets it wait for the main process between steps (a preview waiting for
 * 确认导入), stops it when the main process asks (before the commit: the transaction rolls back) and always closes
 * the connection. Only ever imported by a worker entry.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/app-error';
import { pinToday } from '../../../shared/clock';
import type { ApiError } from '../../../shared/result';
import { openWorkerConnection } from '../../../db/open-worker-connection';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { AFTER_COMMIT_FAILURE, CANCEL_INDEX } from './worker-protocol';
import type { MainMessage, WorkerMessage, WorkerStart } from './worker-protocol';

const PROGRESS_EVERY_MS = 100;

export const CANCELLED_MESSAGE = '已取消，数据库未改动';

export interface TaskTools {
  db: DeskDatabase;
  caller: CallerContext;
  /** Progress; throws inside an open transaction (rolling it back) once the main process asked to cancel. */
  report: ReportProgress;
  /** Posts a step's value and waits: true to go on (`next`), false when the main process closed the task. */
  step(value: unknown): Promise<boolean>;
  /** From here on a cancel is no longer honoured (the data is committed). */
  committed(): void;
}

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

/** The error a failed task reports: after its commit, never "数据未改动". */
export function apiErrorOf(error: unknown, committed: boolean): ApiError {
  const why = error instanceof Error ? error.message : String(error);
  if (committed) return { code: 'INTERNAL', message: `${AFTER_COMMIT_FAILURE}（${why}）` };
  if (error instanceof AppError) return error.toApiError();
  return { code: 'INTERNAL', message: `任务失败，数据未改动：${why}` };
}

/** Runs `task` in this worker with the start data the main process gave; the worker ends when it returns. */
export function runWorkerTask<Input>(task: (tools: TaskTools, input: Input) => Promise<unknown>): void {
  if (isMainThread) throw new Error('a worker entry was loaded on the main thread (import only its types)');
  const start = workerData as WorkerStart<Input>;
  const flag = new Int32Array(start.cancel);
  if (start.pinnedToday !== null) pinToday(start.pinnedToday);
  let db: DeskDatabase | null = null;
  let cancellable = true;
  let lastPost = 0;
  const report: ReportProgress = (fraction, note) => {
    // Honoured only inside the write's open transaction (the throw rolls it all back): once committed, the task
    // runs to its end (its after-commit steps report progress outside any transaction).
    if (cancellable && db?.sqlite.inTransaction && Atomics.load(flag, CANCEL_INDEX) === 1) throw new AppError('REJECTED', CANCELLED_MESSAGE);
    const at = performance.now();
    if (at - lastPost < PROGRESS_EVERY_MS && fraction < 1) return;
    lastPost = at;
    post({ type: 'progress', fraction, note });
  };
  const waiting: ((go: boolean) => void)[] = [];
  parentPort?.on('message', (message: MainMessage) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message.type === 'next');
    else if (message.type === 'close') process.exit(0);
  });
  const step = (value: unknown) =>
    new Promise<boolean>((resolve) => {
      waiting.push(resolve);
      post({ type: 'step', value });
    });
  void (async () => {
    try {
      db = openWorkerConnection(start.dbPath);
      const committed = () => {
        cancellable = false;
        post({ type: 'committed' });
      };
      const value = await task({ db, caller: start.caller, report, step, committed }, start.input);
      post({ type: 'done', value });
    } catch (error) {
      if (!(error instanceof AppError)) console.error('[desk] worker task failed:', error);
      post({ type: 'failed', error: apiErrorOf(error, !cancellable) });
    } finally {
      db?.close();
      parentPort?.close();
    }
  })();
}
