import type { JobStatus } from '../../../shared/contract/jobs';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

/** Polls `jobs.get` until the job ends; returns its final status (done or failed). */
export async function untilJobEnds(runtime: DeskRuntime, jobId: string): Promise<JobStatus> {
  for (;;) {
    const result = await runtime.call('jobs.get', { id: jobId });
    if (!result.ok) throw new Error(result.error.message);
    const status = result.value as JobStatus;
    if (status.state !== 'running') return status;
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
