/**
 * A worker task that fails says whether the data changed: before its commit "数据未改动" (or the task's own
 * message), after it that the data is imported and the derived state is completed at the next open.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { apiErrorOf } from '../../../electron/services/workers/worker-task';
import { AFTER_COMMIT_FAILURE } from '../../../electron/services/workers/worker-protocol';

describe('a failed worker task', () => {
  it('before the commit: nothing changed, or the task’s own message', () => {
    expect(apiErrorOf(new Error('磁盘已满'), false)).toEqual({ code: 'INTERNAL', message: '任务失败，数据未改动：磁盘已满' });
    expect(apiErrorOf(new AppError('REJECTED', '该文件有错误，不能导入'), false)).toMatchObject({ code: 'REJECTED', message: '该文件有错误，不能导入' });
  });

  it('after the commit: the data is imported and the next open completes the derived state — never “数据未改动”', () => {
    for (const error of [new Error('heap out of memory'), new AppError('INTERNAL', 'x')]) {
      const reported = apiErrorOf(error, true);
      expect(reported.message.startsWith(AFTER_COMMIT_FAILURE)).toBe(true);
      expect(reported.message).not.toContain('未改动');
    }
  });
});
