import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitImport, finishDerivedState, prepareImport } from '../../../electron/services/workbook/import-workbook';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, ensureLargeStreet, largeWorkbookPath, openRuntimeAt } from '../large-street';

export const workbookImportLarge: BenchCase = {
  name: 'workbook-import-large',
  description: 'Import the large street\'s workbook into an empty database: read, validate every row and reference, write in one transaction',
  async setup(ctx) {
    await ensureLargeStreet();
    copyFileSync(largeWorkbookPath, join(ctx.workDir, 'large.xlsx'));
  },
  async run(ctx) {
    const runtime = openRuntimeAt(join(ctx.workDir, 'db'));
    try {
      const started = performance.now();
      let prepared: Awaited<ReturnType<typeof prepareImport>> | null = await prepareImport(runtime.db, join(ctx.workDir, 'large.xlsx'), 'large.xlsx', BENCH_TODAY, () => undefined);
      if (!prepared.preview.ok) throw new Error(`rejected: ${JSON.stringify(prepared.preview.errors.slice(0, 3))}`);
      const readMs = performance.now() - started;
      commitImport(runtime.db, runtime.caller(), prepared);
      const rows = Object.values(prepared.preview.counts).reduce((a, c) => a + c.new, 0);
      const writtenMs = performance.now() - started;
      prepared = null;
      finishDerivedState(runtime.db);
      const derivedMs = performance.now() - started - writtenMs;
      ctx.note(
        `${rows.toLocaleString('en')} rows; read+validate ${(readMs / 1000).toFixed(1)} s, write ${((writtenMs - readMs) / 1000).toFixed(1)} s, then derived state ${(derivedMs / 1000).toFixed(1)} s`,
      );
    } finally {
      runtime.close();
    }
  },
};
