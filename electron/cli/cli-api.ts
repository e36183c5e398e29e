/**
 * The CLI is the third door, beside IPC and HTTP: every command calls a contract method through `dispatch` (the
 * runtime's `call`, or the offline door's), so its input is checked by the same zod contract, the caller authorised
 * the same way, and the service reached through the same handler table.
 */
import { AppError } from '../../shared/app-error';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ErrorCode } from '../../shared/result';
import type { ApiResult } from '../../shared/result';

export interface ApiDoor {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

/** Calls `method`; a failure is thrown as the AppError it was (run-cli.ts prints it, exit 1). */
export async function callApi<M extends MethodName>(door: ApiDoor, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await door.call(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}

/** How often a running job is asked about (its progress reaches stderr as it is reported, see progress.ts). */
const POLL_MS = 25;

type JobMethod = 'workbook.preview' | 'workbook.commit' | 'workbook.export' | 'demo.load' | 'demo.workbook' | 'packages.export' | 'packages.commit' | 'packages.verify' | 'ledgers.exportXlsx';

/** Starts a job through `method` and follows it with `jobs.get`, as the page does: its result, or its failure thrown. */
export async function callJob<M extends JobMethod>(door: ApiDoor, method: M, input: MethodInput<M>): Promise<unknown> {
  const { jobId } = await callApi(door, method, input);
  return followJob(door, jobId);
}

/** Follows a started job with `jobs.get` until it ends: its result, or its failure thrown as an AppError. */
export async function followJob(door: ApiDoor, jobId: string): Promise<unknown> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const status = await callApi(door, 'jobs.get', { id: jobId });
    if (status.state === 'done') return status.result;
    if (status.state === 'failed') {
      const error = status.error ?? { code: 'INTERNAL', message: '任务失败' };
      throw new AppError(error.code as ErrorCode, error.message, error.details);
    }
  }
}
