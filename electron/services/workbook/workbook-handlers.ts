/** The workbook API methods: each long step runs as a job the page can follow. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { now } from '../../../shared/clock';
import { AppError } from '../../../shared/app-error';
import type { ExportResult, ImportPreview, ImportResult } from '../../../shared/contract/workbook';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { writeErrorReport } from './error-report';
import { exportWorkbook } from './export-workbook';
import { WorkerRun } from '../workers/worker-run';
import type { WorkbookImportInput } from './workbook-import-worker';
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

/** A previewed import waiting in its worker for 确认导入 (the plan stays there, off the main thread). */
interface KeptPreview {
  preview: ImportPreview;
  run: WorkerRun;
  close(): void;
}

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
  // Only the latest preview waits for 确认导入: a new preview lets the previous one's worker go.
  let lastPreview: string | null = null;
  return {
    'workbook.preview': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      if (lastPreview !== null) deps.jobs.release(lastPreview);
      const workerInput: WorkbookImportInput = { path: file.path, fileName: file.name, today: deps.today() };
      const run = new WorkerRun('workbook-import', deps.db.path, ctx, workerInput);
      const jobId = deps.jobs.start(
        PREVIEW,
        async (report) => {
          const preview = (await run.first(report)) as ImportPreview;
          const kept: KeptPreview = { preview, run, close: () => run.close() };
          return { result: preview, retained: kept };
        },
        { cancel: () => run.cancel() },
      );
      lastPreview = jobId;
      return { jobId };
    },
    'workbook.commit': (_ctx, input) => {
      const kept = deps.jobs.retained<KeptPreview>(input.previewJobId, PREVIEW);
      if (!kept.preview.ok) throw new AppError('REJECTED', '该文件有错误，不能导入；请按错误清单修改后重新选择');
      const jobId = deps.jobs.start(
        'workbook.commit',
        async (report) => {
          // The worker holds the write lock until it is done: the main connection's saves wait for it meanwhile.
          const free = deps.jobs.holdWrites('正在导入标准数据工作簿');
          try {
            const result = (await kept.run.next(report)) as ImportResult;
            return { result };
          } finally {
            free();
            deps.jobs.release(input.previewJobId);
          }
        },
        { cancel: () => kept.run.cancel() },
      );
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
      const prepared = deps.jobs.retained<KeptPreview>(input.previewJobId, PREVIEW);
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
