/** The 导入本所台账 API methods: inspect, preview (a job), rows, the CLI's document, commit (a job), error report, templates. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { now } from '../../../shared/clock';
import type { DeskDatabase } from '../../../db/open-database';
import { inTransaction } from '../../../db/transaction';
import { dataStamp } from '../../../db/repositories/system/audit-repo';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { finishDerivedState } from '../workbook/import-workbook';
import { commitLedger } from './commit-ledger';
import { writeLedgerErrorReport } from './ledger-error-report';
import { ledgerDocument, pageRows } from './ledger-rows';
import { deleteTemplate, listTemplates, saveTemplate } from './ledger-templates';
import { inspectLedger, previewLedger } from './preview-ledger';
import type { PreparedLedger } from './preview-ledger';

export interface LedgerImportDeps {
  db: DeskDatabase;
  files: FileRegistry;
  jobs: JobRegistry;
  /** Where browser-mode downloads are written before they are fetched. */
  outputDir: string;
  today(): string;
}

const PREVIEW = 'ledgerImport.preview';

type Methods =
  | 'ledgerImport.inspect'
  | 'ledgerImport.preview'
  | 'ledgerImport.rows'
  | 'ledgerImport.document'
  | 'ledgerImport.commit'
  | 'ledgerImport.errorReport'
  | 'ledgerImport.templates'
  | 'ledgerImport.deleteTemplate';

export function ledgerImportHandlers(deps: LedgerImportDeps): { [M in Methods]: Handler<M> } {
  const prepared = (jobId: string) => deps.jobs.retained<PreparedLedger>(jobId, PREVIEW);
  return {
    'ledgerImport.inspect': async (_ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      return inspectLedger(deps.db, file.path, file.name, input.sheet);
    },
    'ledgerImport.preview': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      const jobId = deps.jobs.start(PREVIEW, async (report) => {
        const result = await previewLedger(
          deps.db,
          { path: file.path, fileName: file.name, sheet: input.sheet, kind: input.kind, communityId: input.communityId, mapping: input.mapping, today: deps.today() },
          report,
          ctx,
        );
        if (input.saveAs !== null) {
          const name = input.saveAs;
          // The template is a setting, not data: when nothing else was written meanwhile, the preview's plan still holds.
          inTransaction(deps.db, () => {
            const unchanged = dataStamp(deps.db) === result.stamp;
            saveTemplate(deps.db, ctx, { name, kind: input.kind, headers: result.headers, mapping: input.mapping });
            if (unchanged) result.stamp = dataStamp(deps.db);
          });
        }
        return { result: result.preview, retained: result };
      });
      return { jobId };
    },
    'ledgerImport.rows': (_ctx, input) => pageRows(prepared(input.previewJobId), input.filter, input.offset, input.limit),
    'ledgerImport.document': (_ctx, input) => ledgerDocument(prepared(input.previewJobId)),
    'ledgerImport.commit': (ctx, input) => {
      const ready = prepared(input.previewJobId);
      const jobId = deps.jobs.start('ledgerImport.commit', async (report) => {
        // The preview stays (its error report can still be saved); commitLedger refuses to write it twice.
        const result = commitLedger(deps.db, ctx, ready, report);
        finishDerivedState(deps.db, report);
        return { result };
      });
      return { jobId };
    },
    'ledgerImport.errorReport': async (_ctx, input) => {
      const ready = prepared(input.previewJobId);
      const name = `未导入的行-${ready.preview.fileName.replace(/\.[^.]+$/, '')}.xlsx`;
      let target: { path: string; ref: string | null; name: string };
      if (input.file === null) {
        mkdirSync(deps.outputDir, { recursive: true, mode: 0o700 });
        const path = join(deps.outputDir, `${now().getTime()}-${name}`);
        target = { path, name, ref: deps.files.register({ path, name, direction: 'output' }) };
      } else target = { ...deps.files.resolve(input.file, 'output'), ref: null };
      await writeLedgerErrorReport(target.path, ready);
      return { download: target.ref === null ? null : { ref: target.ref, name: target.name } };
    },
    'ledgerImport.templates': () => listTemplates(deps.db),
    'ledgerImport.deleteTemplate': (ctx, input) => inTransaction(deps.db, () => deleteTemplate(deps.db, ctx, input.name)),
  };
}
