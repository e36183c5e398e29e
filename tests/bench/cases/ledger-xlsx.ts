import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerExportResult } from '../../../shared/contract/ledgers';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

/**
 * The street's 下岗失业人员台账 (every person in U on the date, with the 十清 columns) to Excel, as `export-ledger
 * --format xlsx` does it: the service builds the ledger and writes the workbook as a job.
 */
export const ledgerXlsx: BenchCase = {
  name: 'ledger-xlsx',
  description: `下岗失业人员台账 of the large street on ${LARGE_AS_OF} to xlsx (service + streamed writer), peak RSS of the process`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const out = join(ctx.workDir, 'unemployed.xlsx');
      const file = runtime.files.register({ path: out, name: 'unemployed.xlsx', direction: 'output' });
      const cpu = process.cpuUsage();
      const started = performance.now();
      const call = await runtime.call('ledgers.exportXlsx', { kind: 'unemployed', asOf: LARGE_AS_OF, communityId: null, file });
      if (!call.ok) throw new Error(call.error.message);
      const { jobId } = call.value as { jobId: string };
      const built = performance.now() - started;
      for (;;) {
        const status = runtime.jobs.get(jobId);
        if (status.state === 'failed') throw new Error(status.error?.message);
        if (status.state === 'done') {
          const result = status.result as LedgerExportResult;
          const wallMs = performance.now() - started;
          const used = process.cpuUsage(cpu);
          ctx.note(
            `${result.rowCount.toLocaleString('en')} rows, ${(statSync(out).size / 1048576).toFixed(1)} MB; ledger read (street population cold) ${built.toFixed(0)} ms, written ${(wallMs - built).toFixed(0)} ms; cpu ${((used.user + used.system) / 1000).toFixed(0)} ms; wall excludes opening the database`,
          );
          return { wallMs };
        }
        await new Promise((done) => setTimeout(done, 5));
      }
    } finally {
      runtime.close();
    }
  },
};
