/** The workbook API methods: each long step runs as a job the page can follow. */
import { AppError } from '../../../shared/app-error';
import type { ExportResult, ImportPreview, ImportResult } from '../../../shared/contract/workbook';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { writeErrorReport } from './error-report';
import { exportWorkbook } from './export-workbook';
import { outputFile } from '../prints/output-file';
import { WorkerImport } from '../workers/worker-import';
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

function stampedName(prefix: string, today: string): string {
  return `${prefix}-${today.replace(/-/g, '')}.xlsx`;
}

export function workbookHandlers(deps: WorkbookDeps): {
  'workbook.preview': Handler<'workbook.preview'>;
  'workbook.commit': Handler<'workbook.commit'>;
  'workbook.export': Handler<'workbook.export'>;
  'workbook.errorReport': Handler<'workbook.errorReport'>;
  'workbook.template': Handler<'workbook.template'>;
} {
  const imports = new WorkerImport<ImportPreview, ImportResult>(deps.jobs, { preview: 'workbook.preview', commit: 'workbook.commit', writing: '正在导入标准数据工作簿' });
  return {
    'workbook.preview': (ctx, input) => {
      const file = deps.files.resolve(input.file, 'input');
      const workerInput: WorkbookImportInput = { path: file.path, fileName: file.name, today: deps.today() };
      return imports.preview(() => new WorkerRun('workbook-import', deps.db.path, ctx, workerInput));
    },
    'workbook.commit': (_ctx, input) =>
      imports.commit(input.previewJobId, (preview) => {
        if (!preview.ok) throw new AppError('REJECTED', '该文件有错误，不能导入；请按错误清单修改后重新选择');
      }),
    'workbook.export': (ctx, input) => {
      const today = deps.today();
      const target = outputFile(deps, input.file, stampedName('标准数据工作簿', today));
      const jobId = deps.jobs.start('workbook.export', async (report) => {
        const outcome = await exportWorkbook(deps.db, ctx, target.path, target.name, today, report);
        const result: ExportResult = {
          fileName: target.name,
          counts: outcome.counts,
          download: target.download,
          householdServicesLeftOut: outcome.householdServicesLeftOut,
          sha256: outcome.sha256,
        };
        return { result };
      });
      return { jobId };
    },
    'workbook.errorReport': async (_ctx, input) => {
      const prepared = imports.kept(input.previewJobId);
      const name = `导入错误清单-${prepared.preview.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
      const target = outputFile(deps, input.file, name);
      await writeErrorReport(target.path, prepared.preview.fileName, prepared.preview.errors, prepared.preview.omittedErrors);
      return { download: target.download };
    },
    'workbook.template': async (_ctx, input) => {
      const name = `标准数据工作簿-空白模板-第${WORKBOOK_FORMAT_VERSION}版.xlsx`;
      const target = outputFile(deps, input.file, name);
      await writeTemplate(target.path);
      return { download: target.download };
    },
  };
}
