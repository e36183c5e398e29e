/**
 * While a worker writes (an import's transaction and its derived-state update), the main connection could only
 * wait for the write lock — blocking the process for seconds. So a call that writes is refused at once, saying why
 * and what to do; reads go on answering from the data as it was before the import.
 */
import { contract, isMethodName } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/result';
import type { JobRegistry } from '../jobs/job-registry';

export function refusedWhileWriting(jobs: JobRegistry, method: string): ApiResult<unknown> | null {
  const writer = jobs.writingNow();
  if (writer === null || !isMethodName(method) || method === 'jobs.cancel') return null;
  const { access } = contract[method];
  const writes = access === 'write' || (access === 'admin' && !method.endsWith('.list'));
  if (!writes) return null;
  return { ok: false, error: { code: 'NOT_READY', message: `${writer}，此时不能保存修改；请等导入完成（导入/导出页可看进度）后再试，本次修改未写入` } };
}
