/** The demo API methods: loading the demo street, or writing it as a workbook, runs as a job the page can follow. */
import { AppError } from '../../../shared/app-error';
import type { DemoWorkbookWritten } from '../../../shared/contract/workbook';
import type { DeskDatabase } from '../../../db/open-database';
import type { FileRegistry } from '../files/file-registry';
import type { Handler } from '../handlers';
import type { JobRegistry } from '../jobs/job-registry';
import { sourceFromStreetData, writeWorkbook } from '../workbook/write-workbook';
import type { DemoLoaded } from '../../../shared/contract/workbook';
import { WorkerRun } from '../workers/worker-run';
import type { DemoLoadInput } from './demo-load-worker';
import { DEFAULT_DEMO_SEED } from './demo-service';
import { generateDemoStreet } from './generate-demo';

export interface DemoDeps {
  db: DeskDatabase;
  jobs: JobRegistry;
  today(): string;
}

export interface DemoWorkbookDeps {
  files: FileRegistry;
  jobs: JobRegistry;
  today(): string;
}

/** The date the demo describes: the one asked for (never after today), else today. */
function demoAsOf(asOf: string | undefined, today: string): string {
  if (asOf !== undefined && asOf > today) {
    throw AppError.invalid('演示数据的日期不能晚于今天', [{ path: 'asOf', message: '不能晚于今天' }]);
  }
  return asOf ?? today;
}

export function demoHandlers(deps: DemoDeps): { 'demo.load': Handler<'demo.load'> } {
  return {
    'demo.load': (ctx, input) => {
      // In the app the demo describes today, so its deadlines and worklist are current.
      const today = deps.today();
      const options: DemoLoadInput = { size: input.size, seed: input.seed ?? DEFAULT_DEMO_SEED, asOf: demoAsOf(input.asOf, today), today };
      // Generated and written in a worker: the window keeps answering (saves wait until it is done).
      const jobId = deps.jobs.start('demo.load', async (report) => {
        const free = deps.jobs.holdWrites('正在载入演示数据');
        try {
          const result = (await new WorkerRun('demo-load', deps.db.path, ctx, options, true).first(report)) as DemoLoaded;
          return { result };
        } finally {
          free();
        }
      });
      return { jobId };
    },
  };
}

/** Needs no database: the CLI's demo-workbook serves it without opening one (electron/services/offline-handlers.ts). */
export function demoWorkbookHandlers(deps: DemoWorkbookDeps): { 'demo.workbook': Handler<'demo.workbook'> } {
  return {
    'demo.workbook': (_ctx, input) => {
      const file = deps.files.resolve(input.file, 'output');
      const asOf = demoAsOf(input.asOf, deps.today());
      const jobId = deps.jobs.start('demo.workbook', async (report) => {
        const data = generateDemoStreet({ size: input.size, seed: input.seed ?? DEFAULT_DEMO_SEED, asOf });
        const result: DemoWorkbookWritten = { counts: await writeWorkbook(file.path, sourceFromStreetData(data), report) };
        return { result };
      });
      return { jobId };
    },
  };
}
