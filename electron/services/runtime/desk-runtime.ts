import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { ensureBuiltinAdmin } from '../../../db/repositories/system/users-repo';
import { findAccountById } from '../../../db/repositories/system/accounts-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { createCallGuard } from '../admin/call-guard';
import { verifyPasswordSync } from '../admin/password';
import { accountForSignIn, recordPasswordCheck } from '../admin/sign-in';
import { AppError } from '../../../shared/app-error';
import { Sessions } from '../admin/sessions';
import { backupsDirOf, createBackup, dailyBackupDue, rotateBackups } from '../backup/backup-service';
import type { BackupWriteIo } from '../backup/backup-file';
import { readAdminSettings } from '../settings/admin-settings';
import { APP_VERSION } from '../../../shared/version';
import type { CallerContext } from '../context';
import { dispatch } from '../dispatch';
import { FileRegistry } from '../files/file-registry';
import { createHandlerTable } from '../handler-table';
import { JobRegistry } from '../jobs/job-registry';
import { refusedWhileWriting } from '../workers/write-gate';
import type { ProgressListener } from '../jobs/job-registry';
import { ensureDerivedState } from '../population/recompute';
import { seedBuiltinStandards } from '../assessment/standards-service';
import { now, todayIso } from '../../../shared/clock';
import type { HandlerTable } from '../handlers';
import { dbPathIn, ensurePrivateDataDir } from './data-dir';
import type { DemoDoor } from '../demo/demo-door';
import { DEFAULT_DEMO_SEED } from '../demo/demo-service';
import type { DemoLoadInput } from '../demo/demo-load-worker';
import { WorkerRun } from '../workers/worker-run';
import { createReadWarmup } from './read-warmup';
import type { WarmupReport } from './read-warmup';
import type { DemoLoaded } from '../../../shared/contract/workbook';
import { openFreshDemoDatabase } from './demo-database';
import { acquireFolderLock } from './folder-lock';
import { restrictNewFilesToOwner } from './private-files';
import { createProcessTemp, removeStaleTemps } from './temp-folders';

export interface DeskRuntime {
  dataDir: string;
  /** Uploads and prepared downloads of this process: its own folder, removed at close (they may hold personal data). */
  tempDir: string;
  /** The database the doors work on: the office's `desk.sqlite`, or `demo.sqlite` between 载入演示 and 退出演示. */
  readonly db: DeskDatabase;
  readonly handlers: HandlerTable;
  /** Files the user picked or will download: shared by both transports. */
  files: FileRegistry;
  jobs: JobRegistry;
  /** The caller `call` runs as: the CLI's --as user, or local admin mode (tests, the CLI without --as). */
  caller(): CallerContext;
  call(method: string, input: unknown): ReturnType<typeof dispatch>;
  /** A call through a door with sign-in (the Electron window, the browser bridge): as whoever is signed in there. */
  doorCall(door: string, method: string, input: unknown): ReturnType<typeof dispatch>;
  sessions: Sessions;
  /** The CLI's --as: checks the password (the same lock as the sign-in screen) and runs `call` as that user. */
  signInAs(username: string, password: string): void;
  /** The daily automatic backup, if today's is still to be made (and old ones rotated). */
  dailyBackup(): Promise<void>;
  /** The backup on exit, then close. */
  closeWithBackup(): Promise<void>;
  /** The warm-up of the kept reads running or last run (RuntimeOptions.warmReads), null when none was started. */
  warmup(): Promise<WarmupReport> | null;
  close(): void;
}

/** Local admin mode: the CLI without --as, and the tests' direct calls. Audited under this name. */
export const LOCAL_ADMIN: CallerContext = { username: 'local-admin', displayName: '本机管理员（命令行）', role: 'admin', communityId: null };

const ANONYMOUS = { username: '', displayName: '未登录', role: 'inspector', communityId: null, anonymous: true } as const;

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
  /** The caller `call` runs as (the CLI's --as user, signed in); local admin mode when absent. */
  caller?: CallerContext;
  /** The clock sign-in locks and idle times are measured by (epoch ms); tests inject one. */
  clock?: () => number;
  /** Replaced in tests to simulate a full disk while writing a backup. */
  backupIo?: BackupWriteIo;
  /**
   * Warm the kept reads for today in the background after opening and after every job (read-warmup.ts): the app's
   * window and browser-mode server do; the CLI and the tests do not.
   */
  warmReads?: boolean;
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
  if (!options.readOnly) ensureBuiltinAdmin(db);
  if (!options.readOnly) {
    ensureDerivedState(db);
    seedBuiltinStandards(db);
  }
  let caller: CallerContext = options.caller ?? LOCAL_ADMIN;
  const clock = options.clock ?? (() => now().getTime());
  const sessions = new Sessions(clock, () => readAdminSettings(db).autoLockMinutes);
  const files = new FileRegistry();
  const today = options.today ?? todayIso;
  const warmReads = options.warmReads === true && !options.readOnly;
  let warming: Promise<WarmupReport> | null = null;
  const rewarm = () => {
    if (warmReads) warming = warmup.schedule();
  };
  const jobs = new JobRegistry(options.onJobProgress, rewarm);
  const warmup = createReadWarmup({ db: () => active.db, today, writing: () => jobs.writingNow() !== null });
  /**
   * The database the doors work on: the office's (`db`, always open: backups, the CLI's --as) or, after 载入演示,
   * the demo's own file (demo-database.ts) until 退出演示. Each has its handler table.
   */
  let demoDb: DeskDatabase | null = null;
  const demoDoor: DemoDoor = {
    open(ctx, size) {
      const jobId = jobs.start('demo.load', async (report) => {
        // A demo already open is replaced: the doors go back to the office's database while the new one is made.
        leaveDemo();
        report(0.01, '正在新建演示数据库');
        const fresh = openFreshDemoDatabase(options.dataDir, options.migrationsDir, db);
        try {
          // Generated and written in a worker on its own connection to the demo's file: the window keeps answering.
          const input: DemoLoadInput = { size, seed: DEFAULT_DEMO_SEED, asOf: today(), today: today() };
          const result = (await new WorkerRun('demo-load', fresh.path, ctx, input, true).first(report)) as DemoLoaded;
          demoDb = fresh;
          active = tableFor(fresh, true);
          return { result };
        } catch (error) {
          fresh.close();
          throw error;
        }
      });
      return { jobId };
    },
    exit() {
      leaveDemo();
      return { dbPath: db.path };
    },
  };
  const tableFor = (target: DeskDatabase, demo: boolean) => ({
    db: target,
    guard: createCallGuard(target),
    handlers: createHandlerTable({
      db: target,
      info: { appVersion: APP_VERSION, dataDir: options.dataDir, transport: options.transport, demo },
      tempDir,
      files,
      jobs,
      today,
      sessions,
      clock,
      migrationsDir: options.migrationsDir,
      backupIo: options.backupIo,
      demo: demoDoor,
    }),
  });
  const office = tableFor(db, false);
  let active = office;
  function leaveDemo(): void {
    active = office;
    demoDb?.close();
    demoDb = null;
  }
  const backupDeps = () => ({ db, backupsDir: backupsDirOf(options.dataDir), tempDir, io: options.backupIo });
  const automaticBackup = async (reason: 'daily' | 'exit') => {
    if (options.readOnly || !db.sqlite.open) return;
    try {
      const made = await createBackup(backupDeps(), reason);
      recordAudit(db, { username: 'system', action: 'backup', entity: 'database', entityKey: null, after: { file: made.path, sha256: made.info.sha256, reason } });
      rotateBackups(backupsDirOf(options.dataDir), readAdminSettings(db).backupKeep);
    } catch (error) {
      console.error(`[desk] automatic backup (${reason}) failed:`, error instanceof Error ? error.message : error);
    }
  };
  /** The caller at a door: whoever is signed in there (read afresh: a role changed by the admin applies at once). */
  const doorCaller = (door: string): CallerContext => {
    const session = sessions.of(door);
    const signedIn = session.current();
    const account = signedIn ? findAccountById(active.db, signedIn.userId) : null;
    if (signedIn && (!account || !account.active)) session.signOut();
    if (!account || !account.active) return { ...ANONYMOUS, session };
    return {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      communityId: account.communityId,
      mustChangePassword: account.mustChangePassword,
      session,
    };
  };
  let closed = false;
  rewarm();
  return {
    dataDir: options.dataDir,
    tempDir,
    get db() {
      return active.db;
    },
    get handlers() {
      return active.handlers;
    },
    files,
    jobs,
    caller: () => caller,
    sessions,
    call: (method, input) => {
      const refused = refusedWhileWriting(jobs, method);
      return refused ? Promise.resolve(refused) : dispatch(active.handlers, method, input, caller, active.guard);
    },
    doorCall(door, method, input) {
      const refused = refusedWhileWriting(jobs, method);
      if (refused) return Promise.resolve(refused);
      const ctx = doorCaller(door);
      if (!ctx.anonymous && method !== 'auth.status') sessions.of(door).touch();
      return dispatch(active.handlers, method, input, ctx, active.guard);
    },
    signInAs(username, password) {
      const nowMs = clock();
      const account = accountForSignIn(db, username, nowMs, 'cli', !options.readOnly);
      const good = verifyPasswordSync(password, account.passwordHash);
      if (options.readOnly) {
        if (!good) throw new AppError('UNAUTHORIZED', '用户名或密码不正确');
      } else {
        recordPasswordCheck(db, account, good, nowMs, 'cli');
      }
      if (account.mustChangePassword) throw new AppError('UNAUTHORIZED', `管理员已重置“${account.username}”的密码：请先在工作台登录并设置新密码`);
      caller = { username: account.username, displayName: account.displayName, role: account.role, communityId: account.communityId };
    },
    async dailyBackup() {
      if (options.readOnly || closed) return;
      if (dailyBackupDue(backupsDirOf(options.dataDir), (options.today ?? todayIso)())) await automaticBackup('daily');
    },
    warmup: () => warming,
    async closeWithBackup() {
      if (closed) return;
      await automaticBackup('exit');
      this.close();
    },
    close() {
      if (closed) return;
      closed = true;
      warmup.stop();
      jobs.closeAll();
      leaveDemo();
      db.close();
      rmSync(tempDir, { recursive: true, force: true });
      lock?.release();
    },
  };
}
