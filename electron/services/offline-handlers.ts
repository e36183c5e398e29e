/**
 * The methods a front door serves without opening a database (the CLI's `check`, `demo-workbook`,
 * `export-workbook --template` and `verify-package`): the full check
 * of a database file as it is — a damaged file is examined, not refused, and no runtime could open it — the demo
 * street written as a workbook (a job, followed with jobs.get), the blank template, and a package verified (a job).
 * Called through `dispatch`
 * like every other method.
 */
import { tmpdir } from 'node:os';
import { DatabaseOpenError, inspectDatabase } from '../../db/open-database';
import { BUILTIN_ADMIN } from '../../db/repositories/system/users-repo';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/app-error';
import { toBackupInfo } from './backup/backup-service';
import { restoreWithoutOpening } from './backup/recovery';
import type { CallerContext } from './context';
import { demoWorkbookHandlers } from './demo/demo-handlers';
import { dispatch } from './dispatch';
import { FileRegistry } from './files/file-registry';
import type { HandlerTable } from './handlers';
import { JobRegistry } from './jobs/job-registry';
import { verifyPackageHandler } from './packages/verify-handler';
import { writeTemplate } from './workbook/write-workbook';
import type { ProgressListener } from './jobs/job-registry';

export type OfflineHandlers = Pick<HandlerTable, 'system.check' | 'demo.workbook' | 'workbook.template' | 'packages.verify' | 'jobs.get' | 'backup.restore'>;

export interface OfflineDeps {
  /** The database file `system.check` examines. */
  dbPath: string;
  files: FileRegistry;
  jobs: JobRegistry;
  today(): string;
  /** The restore of a database that cannot be opened (the recovery path) needs the migrations and a scratch folder. */
  migrationsDir?: string;
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
    'workbook.template': async (_ctx, input) => {
      // No download folder without a runtime: the caller names the file.
      if (input.file === null) throw new AppError('REJECTED', '请给出空白模板的文件名');
      await writeTemplate(deps.files.resolve(input.file, 'output').path);
      return { download: null };
    },
    'packages.verify': verifyPackageHandler({ files: deps.files, jobs: deps.jobs, tempDir: tmpdir(), today: deps.today }),
    'jobs.get': (_ctx, input) => deps.jobs.get(input.id),
    // The recovery path: a damaged database is restored from a backup without being opened (kept aside, not deleted).
    'backup.restore': async (_ctx, input) => {
      if (input.file === null || deps.migrationsDir === undefined) throw new AppError('REJECTED', '请给出要恢复的备份文件');
      const path = deps.files.resolve(input.file, 'input').path;
      const { info, damagedCopy } = await restoreWithoutOpening(deps.dbPath, path, deps.migrationsDir, join(dirname(deps.dbPath), `.restore-${process.pid}`));
      return { restored: toBackupInfo(path, info), safetyBackup: damagedCopy ?? '' };
    },
  };
}

/** A door to the offline methods, as the built-in administrator (no database: no other user to be). */
export interface OfflineDoor {
  files: FileRegistry;
  call(method: string, input: unknown): ReturnType<typeof dispatch>;
}

export function openOfflineDoor(options: { dbPath: string; today(): string; onJobProgress?: ProgressListener; migrationsDir?: string }): OfflineDoor {
  const files = new FileRegistry();
  const handlers = createOfflineHandlers({ dbPath: options.dbPath, files, jobs: new JobRegistry(options.onJobProgress), today: options.today, migrationsDir: options.migrationsDir });
  const caller: CallerContext = { username: BUILTIN_ADMIN.username, displayName: BUILTIN_ADMIN.displayName, role: BUILTIN_ADMIN.role, communityId: BUILTIN_ADMIN.communityId };
  return { files, call: (method, input) => dispatch(handlers, method, input, caller) };
}
