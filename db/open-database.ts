/**
 * Opens (creating if missing) the street's database file safely:
 * 1. an existing file must pass `PRAGMA quick_check` and must not come from a newer schema — otherwise it is
 *    reported and left untouched (nothing is written to it, not even the WAL switch);
 * 2. before pending migrations run on a file that holds data, a backup copy is written beside it;
 * 3. migrations run one transaction each, checked with `PRAGMA foreign_key_check`;
 * 4. the connection runs in WAL mode with `synchronous=FULL` and `foreign_keys=ON`, reading through a memory map;
 * 5. it counts its writes per table (read-memo.ts), so that street-wide reads can be kept while unchanged.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { deskConnection } from './desk-connection';
import type { DeskDatabase } from './desk-database';
import { applyMigrations, loadMigrations, MigrationFailure, schemaVersionOf } from './migrate';
import { checkIntegrity } from './repositories/system/maintenance-repo';
import type { IntegrityReport } from './repositories/system/maintenance-repo';
import { installChangeCounters } from './read-memo';
import { nowIso } from '../shared/clock';

export type { DeskDatabase, Orm } from './desk-database';

export type OpenProblemKind = 'corrupt' | 'newer' | 'migration' | 'unreadable' | 'locked' | 'readonly' | 'missing';

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: OpenProblemKind,
    message: string,
    readonly backupPath: string | null = null,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  migrationsDir: string;
  /** Apply migrations only up to this count (tests of older schemas). */
  migrateUpTo?: number;
  /**
   * Open an existing file for reading only (info, check, assess on a read-only file): nothing is written, no
   * migration runs, and no `-wal`/`-shm` this open created is left behind.
   */
  readOnly?: boolean;
}

/** Whether this process may write the file (a read-only attribute, medium or permission says no). */
export function isWritableFile(path: string): boolean {
  try {
    closeSync(openSync(path, 'r+'));
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false;
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (error instanceof Error && /database is locked/i.test(error.message));
}

export function lockedError(path: string): DatabaseOpenError {
  return new DatabaseOpenError('locked', `数据库正被其他程序使用，暂时无法打开：${path}。请关闭正在使用它的程序（或等它完成）后重试；文件未被改动。`);
}

export function readOnlyError(path: string, why = ''): DatabaseOpenError {
  return new DatabaseOpenError('readonly', `数据库文件只读${why}，不能写入：${path}。请检查文件属性或存放位置（如写保护的 U 盘），或复制到可写的文件夹后再打开。`);
}

/** POSIX: the database, its side files and backups are the user's alone (0600), their folders 0700. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

function ownerOnly(paths: string[]): void {
  if (process.platform === 'win32') return;
  for (const path of paths) {
    const info = existsSync(path) ? statSync(path) : null;
    if (info && (info.mode & 0o077) !== 0 && info.uid === process.getuid?.()) chmodSync(path, PRIVATE_FILE);
  }
}

function timestampForFile(): string {
  return nowIso().replace(/[-:]/g, '').replace(/\..+$/, '');
}

function checkExisting(path: string, latest: number): void {
  let probe: BetterSqlite3.Database | null = null;
  try {
    // A read-only connection to a WAL file creates `-wal` and `-shm` beside it and leaves them there; a read-write
    // connection that only reads removes them again when it closes. So probe read-write unless a journal is waiting
    // to be recovered: then read-only, so that nothing is replayed into a file that may be damaged.
    const recoveryPending = existsSync(`${path}-wal`) || existsSync(`${path}-journal`);
    probe = new Database(path, { readonly: recoveryPending, fileMustExist: true });
    const result = probe.pragma('quick_check', { simple: true });
    if (result !== 'ok') {
      throw new DatabaseOpenError(
        'corrupt',
        `数据库文件已损坏（完整性检查：${String(result)}）。文件未被改动：${path}。请从备份恢复，或联系技术支持。`,
      );
    }
    const version = schemaVersionOf(probe);
    if (version > latest) {
      throw new DatabaseOpenError(
        'newer',
        `该数据库由更新版本的工作台创建（结构版本 ${version}，本程序支持到 ${latest}）。文件未被改动，请升级本程序后再打开：${path}`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    if (isBusy(error)) throw lockedError(path);
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(
      'corrupt',
      `无法读取数据库文件（${message}）。它可能已损坏或不是本程序的数据库。文件未被改动：${path}`,
    );
  } finally {
    probe?.close();
  }
}

/**
 * The main connection reads the file through a memory map of up to this many bytes (`PRAGMA mmap_size`) instead of
 * reading each page into its 2 MB page cache with a system call (and again once evicted). The street-wide reads (the
 * assessment, the 待办) scan most of the file: on the large street their SQL took 35–45% less time with the map
 * (tests/bench/profile-reads.ts), and `npm run bench` (one session, with and without the map) measured the cold
 * assessment at 442 ms instead of 558 and the cold 待办 at 731 ms instead of 894 (medians of three). The pages the map
 * touches are the operating system's file cache, shared, not the process's own memory; they count in its resident
 * size (about 200 MB more after the warm-up on the large street) and are given back under memory pressure. SQLite
 * only reads through the map (writes still go through write()), so a stray pointer cannot corrupt the file. Only this
 * connection, on the street's own file checked by quick_check first, is mapped: files from outside are read without it.
 */
export const MAIN_MMAP_BYTES = 1024 * 1024 * 1024;

/**
 * From now on this connection reads through the memory map too, as the main connection does from its open. A
 * worker's connection is opened without it: the import's write is the import's memory peak, and pages read through
 * the map count in the resident size. It is turned on for the street-wide recompute once a bulk write has committed
 * (finishDerivedState), which reads every household back: on the large street's import (`npm run bench -- --only
 * workbook-import-worker`) that step took 4.2–4.6 s instead of 5.9, and peaked at 398–429 MB instead of 343.
 */
export function readThroughMemoryMap(db: DeskDatabase): void {
  db.sqlite.pragma(`mmap_size = ${MAIN_MMAP_BYTES}`);
}

export function openDatabase(path: string, options: OpenOptions): DeskDatabase {
  const migrations = loadMigrations(options.migrationsDir);
  const latest = migrations.length;
  const exists = existsSync(path) && statSync(path).size > 0;
  if (options.readOnly) {
    if (!exists) throw new DatabaseOpenError('missing', `找不到数据库：${path}`);
    return openReadOnly(path, latest);
  }
  if (exists && !isWritableFile(path)) throw readOnlyError(path);
  if (exists) checkExisting(path, latest);
  else mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR });

  const sqlite = new Database(path);
  let backupPath: string | null = null;
  try {
    ownerOnly([path]);
    sqlite.pragma('journal_mode = WAL');
    // SQLite gives -wal and -shm the database file's mode when it creates them; ones left by an older run are fixed.
    ownerOnly([`${path}-wal`, `${path}-shm`]);
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`mmap_size = ${MAIN_MMAP_BYTES}`);
    const target = Math.min(options.migrateUpTo ?? latest, latest);
    const current = schemaVersionOf(sqlite);
    if (current < target && exists && current > 0) {
      const backupDir = join(dirname(path), 'backups');
      mkdirSync(backupDir, { recursive: true, mode: PRIVATE_DIR });
      const stem = join(backupDir, `${basename(path, '.sqlite')}-v${current}-${timestampForFile()}`);
      // VACUUM INTO refuses an existing file: a second attempt within the same second gets its own name.
      backupPath = `${stem}.sqlite`;
      for (let n = 2; existsSync(backupPath); n += 1) backupPath = `${stem}-${n}.sqlite`;
      sqlite.exec(`VACUUM INTO '${backupPath.replace(/'/g, "''")}'`);
      ownerOnly([backupPath]);
    }
    try {
      applyMigrations(sqlite, migrations, target);
    } catch (error) {
      if (error instanceof MigrationFailure) {
        throw new DatabaseOpenError(
          'migration',
          `${error.message}。数据库保持升级前的状态${backupPath ? `，升级前的备份在：${backupPath}` : ''}。`,
          backupPath,
        );
      }
      throw error;
    }
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new DatabaseOpenError('corrupt', `数据库外键检查发现 ${violations.length} 处不一致，请运行“检查”并联系技术支持。`);
    }
  } catch (error) {
    sqlite.close();
    if (isBusy(error)) throw lockedError(path);
    throw error;
  }
  installChangeCounters(sqlite);
  return deskConnection(path, sqlite, { schemaVersion: schemaVersionOf(sqlite), latestSchemaVersion: latest, backupPath, beforeClose: () => sqlite.pragma('wal_checkpoint(TRUNCATE)') });
}

/**
 * An existing file opened for reading only: checked like any other (quick_check, schema version), no migration —
 * a file that needs one cannot be read by this version without writing — and the `-wal`/`-shm` files SQLite makes
 * beside a WAL database for a reader are removed at close when this open made them and they hold nothing.
 */
/**
 * A reader of a WAL database makes `-wal` and `-shm` beside it and leaves them: call the returned function after
 * closing to remove those this reader made, when they hold nothing.
 */
function readerTidy(path: string): () => void {
  const walExisted = existsSync(`${path}-wal`);
  const shmExisted = existsSync(`${path}-shm`);
  return () => {
    const wal = `${path}-wal`;
    if (!walExisted && existsSync(wal) && statSync(wal).size === 0) rmSync(wal, { force: true });
    if (!shmExisted && !existsSync(wal)) rmSync(`${path}-shm`, { force: true });
  };
}

function openReadOnly(path: string, latest: number): DeskDatabase {
  const tidy = readerTidy(path);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    tidy();
    if (isBusy(error)) throw lockedError(path);
    throw new DatabaseOpenError('unreadable', `无法读取数据库文件（${error instanceof Error ? error.message : String(error)}）：${path}`);
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    const result = sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new DatabaseOpenError('corrupt', `数据库文件已损坏（完整性检查：${String(result)}）。文件未被改动：${path}。请从备份恢复，或联系技术支持。`);
    const version = schemaVersionOf(sqlite);
    if (version > latest) throw new DatabaseOpenError('newer', `该数据库由更新版本的工作台创建（结构版本 ${version}，本程序支持到 ${latest}）。文件未被改动：${path}`);
    if (version < latest) throw readOnlyError(path, `（它需要先升级到结构版本 ${latest}，而升级要写入文件）`);
  } catch (error) {
    sqlite.close();
    tidy();
    if (error instanceof DatabaseOpenError) throw error;
    if (isBusy(error)) throw lockedError(path);
    throw error;
  }
  installChangeCounters(sqlite);
  return deskConnection(path, sqlite, { schemaVersion: latest, latestSchemaVersion: latest, readOnly: true, afterClose: tidy });
}

/**
 * The full check of a file as it is (the CLI's `check`): opened read-only, whatever its state — a damaged file is
 * examined rather than refused — and left without the `-wal`/`-shm` this made. A missing or locked file, or one
 * that is not a database at all, is a DatabaseOpenError of its kind.
 */
export function inspectDatabase(path: string): IntegrityReport {
  if (!existsSync(path) || statSync(path).size === 0) {
    throw new DatabaseOpenError('missing', `找不到数据库：${path}。请检查 --db 路径`);
  }
  const tidy = readerTidy(path);
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    return checkIntegrity(sqlite);
  } catch (error) {
    if (isBusy(error)) throw lockedError(path);
    throw new DatabaseOpenError('corrupt', `无法读取数据库文件（${error instanceof Error ? error.message : String(error)}）。它可能已损坏或不是本程序的数据库；文件未被改动：${path}`);
  } finally {
    sqlite?.close();
    tidy();
  }
}

/**
 * A second, read-only connection holding one read transaction: a consistent picture of the database for long reads
 * (exports) that yield to the event loop, while the main connection stays free for the user's work.
 */
export function openReadSnapshot(db: DeskDatabase): DeskDatabase {
  const sqlite = new Database(db.path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec('BEGIN');
  sqlite.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  return deskConnection(db.path, sqlite, { schemaVersion: db.schemaVersion, latestSchemaVersion: db.latestSchemaVersion, beforeClose: () => sqlite.exec('COMMIT') });
}
