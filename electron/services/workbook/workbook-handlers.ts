/** The workbook API methods: each long step runs as a job the page can follow. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { now } from '../../../shared/clock';
import type { ExportResult } from '../../../shared/contract/workbook';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { writeErrorReport } from './error-report';
import { exportWorkbook } from './export-workbook';
import { commitImport, finishDerivedState, prepareImport } from './import-workbook';
import type { PreparedImport } from './import-workbook';
import { writeTemplate } from './write-workbook';
import { WORKBOOK_FORMAT_VERSION } from '../../../shared/domain/workbook/sheets';

export interface WorkbookDeps {
  db: DeskDatabase;
  files: FileRegistry;
  jobs: JobRegistry;
  /** Where browser-mode downloads are written before they are fetched. */
  outputDir: string;
  today(): string;
}

const PREVIEW = 'workbook.preview';

function stampedName(prefix: string, today: string): string {
  return `${prefix}-${today.replace(/-/g, '')}.xlsx`;
}

/** A download target in browser mode (no save dialog there). */
function browserTarget(deps: WorkbookDeps, name: string): { path: string; name: string; ref: string } {
  mkdirSync(deps.outputDir, { recursive: true, mode: 0o700 });
  const path = join(deps.outputDir, `${now().getTime()}-${name}`);
  return { path, name, ref: deps.files.register({ path, name, direction: 'output' }) };
}

export function workbookHandlers(deps: WorkbookDeps): {
  'workbook.preview': Handler<'workbook.preview'>;
  'workbook.commit': Handler<'workbook.commit'>;
  'workbook.export': Handler<'workbook.export'>;
  'workbook.errorReport': Handler<'workbook.errorReport'>;
  'workbook.template': Handler<'workbook.template'>;
} {
  return {
    'workbook.preview': (_ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      const jobId = deps.jobs.start(PREVIEW, async (report) => {
        const prepared = await prepareImport(deps.db, file.path, file.name, deps.today(), report);
        return { result: prepared.preview, retained: prepared };
      });
      return { jobId };
    },
    'workbook.commit': (ctx, input) => {
      const prepared = deps.jobs.retained<PreparedImport>(input.previewJobId, PREVIEW);
      const jobId = deps.jobs.start('workbook.commit', async (report) => {
        const result = commitImport(deps.db, ctx, prepared, report);
        deps.jobs.release(input.previewJobId);
        finishDerivedState(deps.db, report);
        return { result };
      });
      return { jobId };
    },
    'workbook.export': (ctx, input) => {
      const today = deps.today();
      const target = input.file === null ? browserTarget(deps, stampedName('标准数据工作簿', today)) : { ...deps.files.resolve(input.file, 'output'), ref: null };
      const jobId = deps.jobs.start('workbook.export', async (report) => {
        const outcome = await exportWorkbook(deps.db, ctx, target.path, target.name, today, report);
        const result: ExportResult = {
          fileName: target.name,
          counts: outcome.counts,
          download: target.ref === null ? null : { ref: target.ref, name: target.name },
          householdServicesLeftOut: outcome.householdServicesLeftOut,
          sha256: outcome.sha256,
        };
        return { result };
      });
      return { jobId };
    },
    'workbook.errorReport': async (_ctx, input) => {
      const prepared = deps.jobs.retained<PreparedImport>(input.previewJobId, PREVIEW);
      const name = `导入错误清单-${prepared.preview.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
      const target = input.file === null ? browserTarget(deps, name) : { ...deps.files.resolve(input.file, 'output'), ref: null };
      await writeErrorReport(target.path, prepared.preview.fileName, prepared.preview.errors, prepared.preview.omittedErrors);
      return { download: target.ref === null ? null : { ref: target.ref, name: target.name } };
    },
    'workbook.template': async (_ctx, input) => {
      const name = `标准数据工作簿-空白模板-第${WORKBOOK_FORMAT_VERSION}版.xlsx`;
      const target = input.file === null ? browserTarget(deps, name) : { ...deps.files.resolve(input.file, 'output'), ref: null };
      await writeTemplate(target.path);
      return { download: target.ref === null ? null : { ref: target.ref, name: target.name } };
    },
  };
}
