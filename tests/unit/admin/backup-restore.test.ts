/**
 * Backups and restore: one self-checking file; a tampered file, a file from a newer schema, a damaged image are
 * refused with the database untouched; a full disk while writing is reported and the old backups stay; rotation
 * keeps the last N; restore keeps a backup of the current database first; a damaged database is recovered from
 * the latest good backup without opening it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { BACKUP_MAGIC, readBackupHeader, verifyBackupFile } from '../../../electron/services/backup/backup-file';
import type { BackupWriteIo } from '../../../electron/services/backup/backup-file';
import { backupsDirOf, createBackup, listBackupFiles, rotateBackups } from '../../../electron/services/backup/backup-service';
import { latestGoodBackup, restoreWithoutOpening } from '../../../electron/services/backup/recovery';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { fileFingerprint, tempDir } from '../support/temp-runtime';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function street(backupIo?: BackupWriteIo): Promise<{ runtime: DeskRuntime; dataDir: string }> {
  const dataDir = tempDir();
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', backupIo });
  cleanups.push(() => {
    runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const setup = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!setup.ok) throw new Error(setup.error.message);
  return { runtime, dataDir };
}

async function addCommunity(runtime: DeskRuntime, code: string, name: string): Promise<void> {
  const result = await runtime.call('communities.create', { code, name, kind: 'community', contact: null });
  if (!result.ok) throw new Error(result.error.message);
}

function communityNames(runtime: DeskRuntime): string[] {
  return runtime.db.sqlite.prepare('SELECT name FROM communities ORDER BY code').pluck().all() as string[];
}

async function backupTo(runtime: DeskRuntime, path: string) {
  const file = runtime.files.register({ path, name: 'b.deskbak', direction: 'output' });
  return runtime.call('backup.create', { file });
}

async function restoreFrom(runtime: DeskRuntime, path: string) {
  const file = runtime.files.register({ path, name: 'b.deskbak', direction: 'input' });
  return runtime.call('backup.restore', { file, fileName: null });
}

describe('backup file', () => {
  it('is one file: the magic line, a header naming street, schema version, time and SHA-256, then the image', async () => {
    const { runtime, dataDir } = await street();
    const path = join(dataDir, 'manual.deskbak');
    const made = await backupTo(runtime, path);
    expect(made.ok).toBe(true);
    const text = readFileSync(path);
    expect(text.subarray(0, BACKUP_MAGIC.length + 1).toString()).toBe(`${BACKUP_MAGIC}\n`);
    const header = readBackupHeader(path);
    expect(header).toMatchObject({ street: { code: '321102001', name: '解放路街道' }, schemaVersion: runtime.db.schemaVersion, reason: 'manual' });
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(text.subarray(header.offset, header.offset + 16).toString('latin1')).toBe('SQLite format 3\0');
    await expect(verifyBackupFile(path)).resolves.toMatchObject({ sha256: header.sha256 });
    expect(runtime.db.sqlite.prepare("SELECT action FROM audit_events WHERE entity = 'database'").pluck().all()).toEqual(['backup']);
  });
});

describe('restore', () => {
  it('puts the backed-up database back, keeping a backup of the current one first; everyone signs in again', async () => {
    const { runtime, dataDir } = await street();
    await addCommunity(runtime, '321102001001', '江滨社区');
    const path = join(dataDir, 'before.deskbak');
    expect((await backupTo(runtime, path)).ok).toBe(true);
    await addCommunity(runtime, '321102001002', '备份后社区');
    const result = await restoreFrom(runtime, path);
    if (!result.ok) throw new Error(result.error.message);
    const { safetyBackup } = result.value as { safetyBackup: string };
    expect(communityNames(runtime)).toEqual(['江滨社区']);
    expect(existsSync(safetyBackup)).toBe(true);
    expect(readBackupHeader(safetyBackup).reason).toBe('before-restore');
    // The restored database records the restore.
    expect(runtime.db.sqlite.prepare("SELECT action FROM audit_events WHERE entity = 'database' ORDER BY id DESC LIMIT 1").pluck().get()).toBe('restore');
    // The safety backup holds what was there before.
    const again = await restoreFrom(runtime, safetyBackup);
    expect(again.ok).toBe(true);
    expect(communityNames(runtime)).toEqual(['江滨社区', '备份后社区']);
  });

  it('a tampered backup (one byte of the image, or of the header) is refused; the current database is untouched', async () => {
    const { runtime, dataDir } = await street();
    const path = join(dataDir, 'good.deskbak');
    expect((await backupTo(runtime, path)).ok).toBe(true);
    await addCommunity(runtime, '321102001001', '江滨社区');
    runtime.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileFingerprint(runtime.db.path);
    const bytes = readFileSync(path);
    const image = Buffer.from(bytes);
    image[image.length - 10] = (image[image.length - 10] ?? 0) ^ 1;
    writeFileSync(join(dataDir, 'image.deskbak'), image);
    const header = Buffer.from(bytes.toString('latin1').replace('"reason":"manual"', '"reason":"manuaL"'), 'latin1');
    writeFileSync(join(dataDir, 'header.deskbak'), header);
    writeFileSync(join(dataDir, 'short.deskbak'), bytes.subarray(0, bytes.length - 1));
    for (const name of ['image.deskbak', 'header.deskbak', 'short.deskbak']) {
      const result = await restoreFrom(runtime, join(dataDir, name));
      expect([name, result.ok ? '' : result.error.message]).toEqual([name, expect.stringMatching(/备份文件无效或已被改动（(SHA-256 校验值不符|文件长度与文件头不符)）.*当前数据库未被改动/)]);
    }
    runtime.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileFingerprint(runtime.db.path)).toEqual(before);
    expect(communityNames(runtime)).toEqual(['江滨社区']);
    expect(listBackupFiles(backupsDirOf(dataDir)).filter((b) => b.info.reason === 'before-restore')).toEqual([]);
  });

  it('a backup from a newer schema version is refused, the database untouched', async () => {
    const { runtime, dataDir } = await street();
    const path = join(dataDir, 'newer.deskbak');
    const made = await createBackup({ db: { ...runtime.db, schemaVersion: runtime.db.schemaVersion + 1 }, backupsDir: backupsDirOf(dataDir), tempDir: runtime.tempDir }, 'manual', path);
    expect(made.info.schemaVersion).toBe(runtime.db.schemaVersion + 1);
    await addCommunity(runtime, '321102001001', '江滨社区');
    const result = await restoreFrom(runtime, path);
    expect(result.ok ? '' : result.error.message).toMatch(/来自更新版本的工作台（结构版本 \d+，本程序支持到 \d+）.*当前数据库未被改动/);
    expect(communityNames(runtime)).toEqual(['江滨社区']);
  });

  it('a file that is no backup at all is refused', async () => {
    const { runtime, dataDir } = await street();
    writeFileSync(join(dataDir, 'x.deskbak'), 'SELECT 1; DROP TABLE persons;');
    const result = await restoreFrom(runtime, join(dataDir, 'x.deskbak'));
    expect(result.ok ? '' : result.error.message).toMatch(/不是本程序的备份文件/);
  });
});

describe('automatic backups', () => {
  it('a full disk while writing: reported, no half file, the old backups intact', async () => {
    let fail = false;
    const io: BackupWriteIo = {
      write(fd, chunk) {
        if (fail) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        let done = 0;
        while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
      },
    };
    const { runtime, dataDir } = await street(io);
    await runtime.dailyBackup();
    const folder = backupsDirOf(dataDir);
    const old = readdirSync(folder).map((name) => ({ name, ...fileFingerprint(join(folder, name)) }));
    expect(old).toHaveLength(1);
    fail = true;
    const result = await backupTo(runtime, join(dataDir, 'stick.deskbak'));
    expect(result.ok ? '' : result.error.message).toMatch(/磁盘空间不足，备份未能写完.*原有备份未受影响/);
    expect(existsSync(join(dataDir, 'stick.deskbak'))).toBe(false);
    expect(existsSync(join(dataDir, 'stick.deskbak.partial'))).toBe(false);
    await runtime.closeWithBackup();
    expect(readdirSync(folder).map((name) => ({ name, ...fileFingerprint(join(folder, name)) }))).toEqual(old);
  });

  it('daily once a day, on exit always; rotation keeps the last N automatic ones and never the manual ones', async () => {
    const { runtime, dataDir } = await street();
    const folder = backupsDirOf(dataDir);
    await runtime.dailyBackup();
    await runtime.dailyBackup();
    expect(listBackupFiles(folder).map((b) => b.info.reason)).toEqual(['daily']);
    for (let i = 0; i < 4; i += 1) await createBackup({ db: runtime.db, backupsDir: folder, tempDir: runtime.tempDir }, 'exit');
    await createBackup({ db: runtime.db, backupsDir: folder, tempDir: runtime.tempDir }, 'manual');
    const removed = rotateBackups(folder, 3);
    expect(removed).toHaveLength(2);
    const left = listBackupFiles(folder).map((b) => b.info.reason).sort();
    expect(left).toEqual(['exit', 'exit', 'exit', 'manual']);
  });
});

describe('start-up recovery', () => {
  it('a damaged database: the latest good backup is found and restored without opening the damaged file (kept aside)', async () => {
    const { runtime, dataDir } = await street();
    await addCommunity(runtime, '321102001001', '江滨社区');
    await runtime.dailyBackup();
    const dbPath = runtime.db.path;
    runtime.close();
    const bytes = readFileSync(dbPath);
    bytes.fill(0x41, 4096, 8192);
    writeFileSync(dbPath, bytes);
    const good = await latestGoodBackup(dataDir);
    expect(good?.info.reason).toBe('daily');
    const { damagedCopy } = await restoreWithoutOpening(dbPath, good?.path ?? '', migrationsDir(), join(dataDir, '.restore'));
    expect(damagedCopy && readFileSync(damagedCopy).equals(bytes)).toBe(true);
    const reopened = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser' });
    try {
      expect(communityNames(reopened)).toEqual(['江滨社区']);
    } finally {
      reopened.close();
    }
  });
});
