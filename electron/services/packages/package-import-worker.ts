/**
 * Worker entry: an exchange package's import off the main thread. Reads, verifies and plans it (posting the
 * preview), waits for 确认导入, then writes it in one transaction on the worker's own connection (a cancel before
 * the commit rolls it back), while the main process keeps answering.
 */
import { runWorkerTask } from '../workers/worker-task';
import { commitPackage, previewPackage } from './import-package';

export interface PackageImportInput {
  path: string;
  fileName: string;
  passphrase: string | undefined;
  tempDir: string;
  today: string;
}

runWorkerTask<PackageImportInput>(async ({ db, caller, report, step, committed }, input) => {
  const prepared = await previewPackage(db, input.path, input.fileName, { passphrase: input.passphrase, tempDir: input.tempDir, today: input.today }, report);
  if (!(await step(prepared.preview))) return null;
  const result = commitPackage(db, caller, prepared, report);
  committed();
  return result;
});
