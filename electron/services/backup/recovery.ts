/**
 * The recovery path when the database is damaged at start-up: the newest backup that passes its checks, and a
 * restore that needs no working database (the damaged file is kept beside the backups, never deleted).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { nowIso } from '../../../shared/clock';
import { openDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { loadMigrations } from '../../../db/migrate';
import { verifyBackupFile } from './backup-file';
import type { BackupFileInfo } from './backup-file';
import { backupsDirOf, checkBackupForRestore, listBackupFiles, replaceDatabaseFile } from './backup-service';

/** The newest backup in the folder whose hash, header and size check out; null when there is none. */
export async function latestGoodBackup(dataDir: string): Promise<{ path: string; info: BackupFileInfo } | null> {
  for (const candidate of listBackupFiles(backupsDirOf(dataDir))) {
    try {
      return { path: candidate.path, info: await verifyBackupFile(candidate.path) };
    } catch {
      // Damaged too: try the next older one.
    }
  }
  return null;
}

/** The sentence that tells the user how to recover a damaged database. */
export async function recoveryAdvice(dataDir: string, dbPath: string): Promise<string> {
  const good = await latestGoodBackup(dataDir);
  if (!good) return `备份文件夹（${backupsDirOf(dataDir)}）中没有可用的备份。请联系技术支持；损坏的文件未被改动。`;
  return `可以从最近一次完好的备份恢复（${good.info.createdAt.slice(0, 19).replace('T', ' ')} UTC，${basename(good.path)}）：运行 npm run -s cli -- restore "${good.path}" --db "${dbPath}"。恢复前会把损坏的文件另存到备份文件夹。`;
}

/**
 * Restores a backup over a database that cannot be opened: the backup is checked (hash, integrity, schema), the
 * damaged file (and its journal) copied aside into the backups folder, then replaced and migrated.
 */
export async function restoreWithoutOpening(dbPath: string, backupPath: string, migrationsDir: string, tempDir: string): Promise<{ info: BackupFileInfo; damagedCopy: string | null }> {
  const latest = loadMigrations(migrationsDir).length;
  mkdirSync(tempDir, { recursive: true, mode: 0o700 });
  const staging = join(tempDir, `restore-${process.pid}.sqlite`);
  const info = await checkBackupForRestore(backupPath, latest, staging);
  let damagedCopy: string | null = null;
  if (existsSync(dbPath)) {
    const dir = backupsDirOf(join(dbPath, '..'));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    damagedCopy = join(dir, `damaged-${nowIso().replace(/[-:]/g, '').replace(/\..+$/, '')}.sqlite`);
    copyFileSync(dbPath, damagedCopy);
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${damagedCopy}-wal`);
  }
  try {
    replaceDatabaseFile(dbPath, staging);
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  const db = openDatabase(dbPath, { migrationsDir });
  try {
    recordAudit(db, { username: 'local-admin', action: 'restore', entity: 'database', entityKey: null, after: { from: backupPath, sha256: info.sha256, damagedCopy, withoutOpening: true } });
  } finally {
    db.close();
  }
  if (!existsSync(dbPath)) throw new AppError('INTERNAL', '恢复后找不到数据库文件');
  return { info, damagedCopy };
}
