import { z } from 'zod';

export const JobId = z.string().regex(/^[a-f0-9]{16,32}$/, { message: '任务编号无效' });

export const JobStatus = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  /** 0..1 */
  progress: z.number(),
  note: z.string(),
  /** The job's value once done; its shape is the starting method's (validated by the caller with that schema). */
  result: z.unknown().optional(),
  /** A failed job's error, as a failed call's (`details` when the error carries any). */
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).optional(),
  elapsedMs: z.number(),
});
export type JobStatus = z.infer<typeof JobStatus>;

export const JobStarted = z.object({ jobId: z.string() });

export const jobsContract = {
  'jobs.get': { input: z.strictObject({ id: JobId }), output: JobStatus, access: 'read' },
  /** 取消: stops a running job before its commit (an import in its worker); nothing of it is written. */
  'jobs.cancel': { input: z.strictObject({ id: JobId }), output: JobStatus, access: 'write' },
} as const;
