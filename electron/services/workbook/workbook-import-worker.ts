/**
 * Worker entry: the standard workbook's import off the main thread. Reads and validates (posting the preview),
 * waits for 确认导入, writes in one transaction (a cancel before the commit rolls it all back), then brings the
 * derived state up to date — on the worker's own connection, while the main process keeps answering.
 */
import { AppError } from '../../../shared/app-error';
import { commitImport, finishDerivedState, nextTurn, prepareImport } from './import-workbook';
import { collectGarbage } from '../workers/collect-garbage';
import { runWorkerTask } from '../workers/worker-task';

export interface WorkbookImportInput {
  path: string;
  fileName: string;
  today: string;
}

runWorkerTask<WorkbookImportInput>(async ({ db, caller, report, step, committed }, input) => {
  const prepared = await prepareImport(db, input.path, input.fileName, input.today, report, collectGarbage);
  if (!(await step(prepared.preview))) return null;
  if (!prepared.preview.ok) throw new AppError('REJECTED', '该文件有错误，不能导入；请按错误清单修改后重新选择');
  // The read's and the cross-check's leftovers go before the write (once 确认导入 came: a cancel now rolls back, it
  // no longer ends the worker).
  collectGarbage();
  // The plan is spent by the write (its records let go as they are written); the heap is collected between its steps.
  const result = commitImport(db, caller, prepared, report, { collect: collectGarbage });
  committed();
  // The plan's records are let go (a turn passes, and the heap is collected) before the street-wide recompute.
  prepared.plan = null;
  await nextTurn();
  collectGarbage();
  finishDerivedState(db, report, true);
  return result;
});
