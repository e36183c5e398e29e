import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerPrint } from '../../../shared/contract/ledgers';
import { renderPdf } from '../../../electron/services/prints/chromium-pdf';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

/**
 * A ledger of about a thousand rows to PDF, as `export-ledger --format pdf` does it: the ledger built and its print
 * document made by the service, then rendered by the system Chromium (started for it). The large street's 复转军人
 * ledger: 1,246 persons in 40 communities, each community from a new page.
 */
export const ledgerPdf: BenchCase = {
  name: 'ledger-pdf',
  description: `复转军人台账 of the large street on ${LARGE_AS_OF} (≈1,250 rows, 40 communities) to PDF: service + headless Chromium`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await runtime.call('ledgers.print', { kind: 'veterans', asOf: LARGE_AS_OF, communityId: null });
      if (!result.ok) throw new Error(result.error.message);
      const printed = result.value as LedgerPrint;
      const htmlMs = performance.now() - started;
      const out = join(ctx.workDir, 'veterans.pdf');
      await renderPdf(printed.html, out);
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1];
      ctx.note(`${printed.rowCount.toLocaleString('en')} rows, ${pages} pages, ${(statSync(out).size / 1048576).toFixed(1)} MB; print document ${htmlMs.toFixed(0)} ms (${(printed.html.length / 1048576).toFixed(1)} MB HTML), the rest Chromium (started for it); this process's cpu ${((used.user + used.system) / 1000).toFixed(0)} ms; wall excludes opening the database`);
      return { wallMs };
    } finally {
      runtime.close();
    }
  },
};
