/** The ledger methods (shared/contract/ledgers.ts): a page on screen, the print document, the Excel and PDF exports, the column layout. */
import type { LedgerExportResult } from '../../../shared/contract/ledgers';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { outputFile, writePdf } from '../prints/output-file';
import { saveLayout } from './ledger-layout';
import { ledgerOutputSpec, outputFileName, printTitle } from './ledger-output';
import { ledgerPrintHtml } from './ledger-print';
import { ledgerPage } from './ledger-view';
import { writeLedgerXlsx } from './ledger-xlsx';

export interface LedgerDeps {
  db: DeskDatabase;
  files: FileRegistry;
  jobs: JobRegistry;
  /** Where browser-mode downloads are written before they are fetched. */
  outputDir: string;
  today(): string;
}

export function ledgerHandlers(deps: LedgerDeps): {
  'ledgers.page': Handler<'ledgers.page'>;
  'ledgers.print': Handler<'ledgers.print'>;
  'ledgers.exportXlsx': Handler<'ledgers.exportXlsx'>;
  'ledgers.exportPdf': Handler<'ledgers.exportPdf'>;
  'ledgers.saveLayout': Handler<'ledgers.saveLayout'>;
} {
  const { db } = deps;
  return {
    'ledgers.page': (ctx, input) => ledgerPage(db, ctx, input),
    'ledgers.print': (ctx, input) => {
      const spec = ledgerOutputSpec(db, ctx, input, deps.today());
      return { title: printTitle(spec), html: ledgerPrintHtml(spec), pdfName: outputFileName(spec, 'pdf'), rowCount: spec.rows.length };
    },
    'ledgers.exportXlsx': (ctx, input) => {
      // The rows are read now (the query's errors answer the call); the file is written as a job.
      const spec = ledgerOutputSpec(db, ctx, { ...input, orientation: 'landscape' }, deps.today());
      const name = outputFileName(spec, 'xlsx');
      const target = outputFile(deps, input.file, name);
      const jobId = deps.jobs.start('ledgers.exportXlsx', async (report) => {
        const outcome = await writeLedgerXlsx(spec, target.path, (f) => report(f, `已写入 ${Math.round(f * spec.rows.length)} 行`));
        const result: LedgerExportResult = { fileName: target.name, rowCount: outcome.rowCount, download: target.download };
        return { result };
      });
      return { jobId };
    },
    'ledgers.exportPdf': async (ctx, input) => {
      const spec = ledgerOutputSpec(db, ctx, input, deps.today());
      const target = outputFile(deps, input.file, outputFileName(spec, 'pdf'));
      await writePdf(ledgerPrintHtml(spec), target.path);
      return { fileName: target.name, rowCount: spec.rows.length, download: target.download };
    },
    'ledgers.saveLayout': (ctx, input) => saveLayout(db, ctx, input.kind, { order: input.order, hidden: input.hidden }),
  };
}
