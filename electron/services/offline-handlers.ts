/**
 * The methods a front door serves without opening a database (the CLI's `check` and `demo-workbook`): the full check
 * of a database file as it is — a damaged file is examined, not refused, and no runtime could open it — and the demo
 * street written as a workbook (a job, followed with jobs.get). Called through `dispatch` like every other method.
 */
import { DatabaseOpenError, inspectDatabase } from '../../db/open-database';
import { BUILTIN_ADMIN } from '../../db/repositories/system/users-repo';
import { AppError } from '../../shared/app-error';
import type { CallerContext } from './context';
import { demoWorkbookHandlers } from './demo/demo-handlers';
import { dispatch } from './dispatch';
import { FileRegistry } from './files/file-registry';
import type { HandlerTable } from './handlers';
import { JobRegistry } from './jobs/job-registry';
import type { ProgressListener } from './jobs/job-registry';

export type OfflineHandlers = Pick<HandlerTable, 'system.check' | 'demo.workbook' | 'jobs.get'>;

export interface OfflineDeps {
  /** The database file `system.check` examines. */
  dbPath: string;
  files: FileRegistry;
  jobs: JobRegistry;
  today(): string;
}

export function createOfflineHandlers(deps: OfflineDeps): OfflineHandlers {
  return {
    'system.check': () => {
      try {
        return inspectDatabase(deps.dbPath);
      } catch (error) {
        // Missing, locked or not a database at all: the kind, as when a runtime cannot open the file.
        if (error instanceof DatabaseOpenError) throw new AppError('REJECTED', error.message, { kind: error.kind });
        throw error;
      }
    },
    ...demoWorkbookHandlers(deps),
    'jobs.get': (_ctx, input) => deps.jobs.get(input.id),
  };
}

/** A door to the offline methods, as the built-in administrator (no database: no other user to be). */
export interface OfflineDoor {
  files: FileRegistry;
  call(method: string, input: unknown): ReturnType<typeof dispatch>;
}

export function openOfflineDoor(options: { dbPath: string; today(): string; onJobProgress?: ProgressListener }): OfflineDoor {
  const files = new FileRegistry();
  const handlers = createOfflineHandlers({ dbPath: options.dbPath, files, jobs: new JobRegistry(options.onJobProgress), today: options.today });
  const caller: CallerContext = { username: BUILTIN_ADMIN.username, displayName: BUILTIN_ADMIN.displayName, role: BUILTIN_ADMIN.role, communityId: BUILTIN_ADMIN.communityId };
  return { files, call: (method, input) => dispatch(handlers, method, input, caller) };
}
