import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { BUILTIN_ADMIN, ensureBuiltinAdmin, findUser } from '../../../db/repositories/system/users-repo';
import { APP_VERSION } from '../../../shared/version';
import type { CallerContext } from '../context';
import { dispatch } from '../dispatch';
import { FileRegistry } from '../files/file-registry';
import { createHandlerTable } from '../handler-table';
import { JobRegistry } from '../jobs/job-registry';
import type { ProgressListener } from '../jobs/job-registry';
import { ensureDerivedState } from '../population/recompute';
import { seedBuiltinStandards } from '../assessment/standards-service';
import { todayIso } from '../../../shared/clock';
import type { HandlerTable } from '../handlers';
import { dbPathIn, ensurePrivateDataDir } from './data-dir';
import { acquireFolderLock } from './folder-lock';
import { restrictNewFilesToOwner } from './private-files';
import { createProcessTemp, removeStaleTemps } from './temp-folders';

export interface DeskRuntime {
  dataDir: string;
  /** Uploads and prepared downloads of this process: its own folder, removed at close (they may hold personal data). */
  tempDir: string;
  db: DeskDatabase;
  handlers: HandlerTable;
  /** Files the user picked or will download: shared by both transports. */
  files: FileRegistry;
  jobs: JobRegistry;
  /** The caller every request runs as (one built-in admin until user management exists). */
  caller(): CallerContext;
  call(method: string, input: unknown): ReturnType<typeof dispatch>;
  close(): void;
}

export interface RuntimeOptions {
  dataDir: string;
  /** Overrides `<dataDir>/desk.sqlite` (the CLI's --db). */
  dbPath?: string;
  migrationsDir: string;
  transport: 'electron' | 'browser';
  /** Today's date: the clock's (shared/clock.ts, pinned by DESK_TODAY / --today) unless a test passes its own. */
  today?: () => string;
  /**
   * Take the data folder's lock (the Electron shell, a browser-mode server): a second app on the folder is refused
   * with FolderInUseError. The CLI does not.
   */
  lock?: boolean;
  /**
   * Open an existing database for reading only (the CLI's info, check, assess, worklist on a read-only file):
   * nothing is written at open or close; a write fails (数据库文件只读).
   */
  readOnly?: boolean;
  /** Hears the progress of every job as it is reported (the CLI prints it on stderr). */
  onJobProgress?: ProgressListener;
}

/** Opens the database (backup, migrate, checks) and builds the handler table: the same for every front door. */
export function openDeskRuntime(options: RuntimeOptions): DeskRuntime {
  restrictNewFilesToOwner();
  ensurePrivateDataDir(options.dataDir);
  const lock = options.lock ? acquireFolderLock(options.dataDir, options.transport) : null;
  let db: DeskDatabase;
  try {
    db = openDatabase(options.dbPath ?? dbPathIn(options.dataDir), { migrationsDir: options.migrationsDir, readOnly: options.readOnly });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // A read-only file may sit in a read-only folder (a write-protected stick): its process's temporary files go to
  // the system's temporary folder instead, and nothing of the data folder is tidied.
  if (!options.readOnly) removeStaleTemps(options.dataDir, lock !== null);
  const tempDir = createProcessTemp(options.readOnly ? tmpdir() : options.dataDir);
  // A read-only file is read as it is: the built-in admin, the derived state and the standards were written when
  // it was last opened for writing.
  const admin = options.readOnly ? (findUser(db, 'admin') ?? BUILTIN_ADMIN) : ensureBuiltinAdmin(db);
  if (!options.readOnly) {
    ensureDerivedState(db);
    seedBuiltinStandards(db);
  }
  const caller: CallerContext = {
    username: admin.username,
    displayName: admin.displayName,
    role: admin.role,
    communityId: admin.communityId,
  };
  const files = new FileRegistry();
  const jobs = new JobRegistry(options.onJobProgress);
  const handlers = createHandlerTable({
    db,
    info: { appVersion: APP_VERSION, dataDir: options.dataDir, transport: options.transport },
    tempDir,
    files,
    jobs,
    today: options.today ?? todayIso,
  });
  let closed = false;
  return {
    dataDir: options.dataDir,
    tempDir,
    db,
    handlers,
    files,
    jobs,
    caller: () => caller,
    call: (method, input) => dispatch(handlers, method, input, caller),
    close() {
      if (closed) return;
      closed = true;
      db.close();
      rmSync(tempDir, { recursive: true, force: true });
      lock?.release();
    },
  };
}
