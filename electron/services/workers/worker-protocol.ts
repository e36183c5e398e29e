/** What a heavy-work worker thread and the main process say to each other (structured-cloned messages). */
import type { ApiError } from '../../../shared/result';
import type { CallerContext } from '../context';

/** The tasks a worker runs; each has its own entry file (worker-entry.ts). */
export type WorkerTaskName = 'workbook-import' | 'package-import' | 'demo-load' | 'population-settings';

/** Set by the main process to ask a running task to stop before its commit: index 0 becomes 1. */
export const CANCEL_INDEX = 0;

export interface WorkerStart<Input> {
  dbPath: string;
  /** The pinned "today" of the main process (DESK_TODAY, --today), so the worker's clock agrees; null when real. */
  pinnedToday: string | null;
  caller: Pick<CallerContext, 'username' | 'displayName' | 'role' | 'communityId'>;
  /** An Int32Array over it: CANCEL_INDEX set to 1 asks the task to stop (checked between batches). */
  cancel: SharedArrayBuffer;
  input: Input;
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; note: string }
  /** A step's result: the worker then waits for `next` (e.g. 确认导入) or `close`. */
  | { type: 'step'; value: unknown }
  /** The task's write has committed: a failure after this point must not say the data is unchanged. */
  | { type: 'committed' }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: ApiError };

export type MainMessage = { type: 'next' } | { type: 'close' };

/**
 * Said when a task fails after its write committed (the street-wide derived state is then still marked stale, and the
 * next open recomputes it: population/recompute.ts ensureDerivedState).
 */
export const AFTER_COMMIT_FAILURE = '数据已导入，但随后更新派生状态（零就业家庭等）时后台任务意外结束；重新打开本程序时会自动补算';
