import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exportWorkbook } from '../../../electron/services/workbook/export-workbook';
import type { BenchCase } from '../bench-case';
import { BENCH_TODAY, ensureLargeStreet, largeDbPath, openRuntimeAt } from '../large-street';

export const workbookExportLarge: BenchCase = {
  name: 'workbook-export-large',
  description: 'Export the large street from its database to the standard workbook (streaming writer)',
  async setup(ctx) {
    await ensureLargeStreet();
    copyFileSync(largeDbPath, join(ctx.workDir, 'desk.sqlite'));
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const out = join(ctx.workDir, 'export.xlsx');
      const outcome = await exportWorkbook(runtime.db, runtime.caller(), out, 'export.xlsx', BENCH_TODAY, () => undefined);
      const rows = Object.values(outcome.counts).reduce((a, b) => a + b, 0);
      ctx.note(`${rows.toLocaleString('en')} rows, ${(statSync(out).size / 1048576).toFixed(1)} MB`);
    } finally {
      runtime.close();
    }
  },
};
