import type { JobStatus } from '../../../shared/contract/jobs';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

/** Calls an API method and returns its value, throwing (with the method's name) when it fails. */
export async function called<T>(runtime: DeskRuntime, method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/**
 * Polls `jobs.get` until the job ends; returns its final status (done or failed). `onRunning` sees each status
 * while the job runs (a test cancels or writes meanwhile).
 */
export async function untilJobEnds(
  runtime: DeskRuntime,
  jobId: string,
  onRunning: (status: JobStatus) => Promise<void> | void = () => undefined,
): Promise<JobStatus> {
  for (;;) {
    const status = await called<JobStatus>(runtime, 'jobs.get', { id: jobId });
    if (status.state !== 'running') return status;
    await onRunning(status);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts a job method and returns the job's result, throwing when the call or the job fails. */
export async function jobResult(runtime: DeskRuntime, method: string, input: unknown): Promise<unknown> {
  const started = await runtime.call(method, input);
  if (!started.ok) throw new Error(started.error.message);
  const status = await untilJobEnds(runtime, (started.value as { jobId: string }).jobId);
  if (status.state === 'failed') throw new Error(status.error?.message ?? '任务失败');
  return status.result;
}
