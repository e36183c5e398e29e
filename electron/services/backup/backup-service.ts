/**
 * Backups and restore ([admin]): automatic rotating backups (on exit and daily; keep the last N, a setting) into
 * `<data folder>/backups`, manual backups to a chosen file, and restore after checking hash, integrity and schema
 * version — keeping a backup of the current database first.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { nowIso } from '../../../shared/clock';
import type { BackupInfo } from '../../../shared/contract/admin';
import { APP_VERSION } from '../../../shared/version';
import { getStreet } from '../../../db/repositories/system/street-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { probeDatabaseFile } from '../../../db/probe-file';
import { BACKUP_EXTENSION, defaultWriteIo, extractImage, readBackupHeader, verifyBackupFile, writeBackupFile } from './backup-file';
import type { BackupFileInfo, BackupWriteIo } from './backup-file';

/** Backups made by the app itself: rotated (the oldest beyond the setting removed). */
const ROTATED_REASONS = new Set(['daily', 'exit']);

export const REASON_LABELS: Record<string, string> = {
  daily: '每日自动',
  exit: '退出时自动',
  manual: '手动',
  'before-restore': '恢复前自动',
};

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stamp(): string {
  return nowIso().replace(/[-:]/g, '').replace('T', '-').replace(/\..+$/, '');
}

export function toBackupInfo(path: string, info: BackupFileInfo): BackupInfo {
  return {
    fileName: basename(path),
    street: info.street ? `${info.street.name}（${info.street.code}）` : '（未设置街道）',
    schemaVersion: info.schemaVersion,
    createdAt: info.createdAt,
    sha256: info.sha256,
    bytes: info.bytes,
    reason: REASON_LABELS[info.reason] ?? info.reason,
  };
}

export interface BackupDeps {
  db: DeskDatabase;
  /** The folder holding the automatic backups. */
  backupsDir: string;
  /** Where the image is staged before it is wrapped (this process's temporary folder). */
  tempDir: string;
  io?: BackupWriteIo;
}

/** Writes one backup of the live database to `target` (default: a new file in the backups folder). */
export async function createBackup(deps: BackupDeps, reason: string, target?: string): Promise<{ path: string; info: BackupFileInfo }> {
  mkdirSync(deps.backupsDir, { recursive: true, mode: 0o700 });
  mkdirSync(deps.tempDir, { recursive: true, mode: 0o700 });
  let path = target ?? join(deps.backupsDir, `desk-${stamp()}-${reason}.${BACKUP_EXTENSION}`);
  for (let n = 2; target === undefined && existsSync(path); n += 1) path = join(deps.backupsDir, `desk-${stamp()}-${reason}-${n}.${BACKUP_EXTENSION}`);
  const image = join(deps.tempDir, `backup-${process.pid}-${Math.random().toString(16).slice(2)}.sqlite`);
  try {
    // SQLite's online backup API: a consistent image while the app keeps working.
    await deps.db.sqlite.backup(image);
    const street = getStreet(deps.db);
    const info = await writeBackupFile(
      path,
      { street: street ? { code: street.code, name: street.name } : null, schemaVersion: deps.db.schemaVersion, createdAt: nowIso(), reason, appVersion: APP_VERSION },
      image,
      deps.io ?? defaultWriteIo,
    );
    return { path, info };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('REJECTED', `磁盘空间不足，备份未能完成。原有备份未受影响；请清理空间后重试。`);
    throw new AppError('REJECTED', `备份失败（${error instanceof Error ? error.message : String(error)}）。原有备份未受影响。`);
  } finally {
    rmSync(image, { force: true });
  }
}

/** The backups folder's backup files, newest first (a file that is no backup is left out). */
export function listBackupFiles(backupsDir: string): { path: string; info: BackupFileInfo }[] {
  if (!existsSync(backupsDir)) return [];
  const out: { path: string; info: BackupFileInfo }[] = [];
  for (const name of readdirSync(backupsDir)) {
    if (!name.endsWith(`.${BACKUP_EXTENSION}`)) continue;
    try {
      out.push({ path: join(backupsDir, name), info: readBackupHeader(join(backupsDir, name)) });
    } catch {
      // Not a readable backup: not offered.
    }
  }
  return out.sort((a, b) => b.info.createdAt.localeCompare(a.info.createdAt) || b.path.localeCompare(a.path));
}

/** Removes the oldest automatic backups beyond `keep`; manual and before-restore backups are never removed. */
export function rotateBackups(backupsDir: string, keep: number): string[] {
  const automatic = listBackupFiles(backupsDir).filter((b) => ROTATED_REASONS.has(b.info.reason));
  const removed = automatic.slice(keep).map((b) => b.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/** Whether today's daily backup is still to be made (`today` local YYYY-MM-DD; createdAt is UTC). */
export function dailyBackupDue(backupsDir: string, today: string): boolean {
  return !listBackupFiles(backupsDir).some((b) => ROTATED_REASONS.has(b.info.reason) && localDate(b.info.createdAt) === today);
}

function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What a restore checks before anything is touched: hash, SQLite integrity, schema version. Returns the staged image. */
export async function checkBackupForRestore(path: string, latestSchemaVersion: number, stagingPath: string): Promise<BackupFileInfo> {
  const info = await verifyBackupFile(path);
  if (info.schemaVersion > latestSchemaVersion) {
    throw new AppError('REJECTED', `该备份来自更新版本的工作台（结构版本 ${info.schemaVersion}，本程序支持到 ${latestSchemaVersion}）。请升级本程序后再恢复。当前数据库未被改动。`);
  }
  extractImage(path, info, stagingPath);
  try {
    const probe = probeDatabaseFile(stagingPath);
    if (probe.integrity !== 'ok') throw new AppError('REJECTED', `备份中的数据库未通过完整性检查（${probe.integrity}）。当前数据库未被改动。`);
    const version = probe.schemaVersion;
    if (version !== info.schemaVersion) throw new AppError('REJECTED', `备份文件头的结构版本（${info.schemaVersion}）与其中数据库（${version}）不符。当前数据库未被改动。`);
    if (version > latestSchemaVersion) throw new AppError('REJECTED', `该备份来自更新版本的工作台（结构版本 ${version}）。当前数据库未被改动。`);
  } catch (error) {
    rmSync(stagingPath, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('REJECTED', `备份中的数据库无法读取（${error instanceof Error ? error.message : String(error)}）。当前数据库未被改动。`);
  }
  return info;
}

/**
 * Puts a checked, staged image in place of the database file (which must be closed): the file and its side files
 * are replaced by a rename, so a failure leaves the old file as it was.
 */
export function replaceDatabaseFile(dbPath: string, stagingPath: string): void {
  const incoming = `${dbPath}.restoring`;
  renameSync(stagingPath, incoming);
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(incoming, dbPath);
}
