import type { z } from 'zod';
import type { JobStatus } from '../../shared/contract/jobs';
import { ApiCallError, call } from './api';

export type JobProgress = Pick<JobStatus, 'progress' | 'note' | 'elapsedMs'>;

/** Follows a job until it ends; returns its result checked against `schema`, or throws ApiCallError. */
export async function followJob<S extends z.ZodType>(jobId: string, schema: S, onProgress: (p: JobProgress) => void): Promise<z.output<S>> {
  for (;;) {
    const status = await call('jobs.get', { id: jobId });
    onProgress(status);
    if (status.state === 'done') return schema.parse(status.result);
    if (status.state === 'failed') {
      throw new ApiCallError({ code: 'REJECTED', message: status.error?.message ?? '任务失败' });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
