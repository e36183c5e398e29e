/**
 * `backup OUT`: one self-checking backup file of the database (backup.create, the street admin only), written with
 * SQLite's online backup API. `--json` prints `{ ok, file, backup }`.
 * `restore FILE`: restores the database from a backup file after checking its hash, integrity and schema version,
 * keeping a backup of the current database first (backup.restore). A database too damaged to open is restored
 * without opening it (kept aside in the backups folder): the recovery path. `--json` prints `{ ok, restored, safetyBackup }`.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/app-error';
import { cliFile } from '../cli-files';
import { callApi } from '../cli-api';
import { EXIT_OK } from '../cli-io';
import { fileArgs } from '../command-args';
import type { Command } from '../command';
import { offlineDoorForCli, openForCli, withCliRuntime } from '../open-for-cli';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup OUT [--db PATH] [--json]',
  summary: '把数据库备份为一个自校验文件（文件头含街道、结构版本、时间和 SHA-256），如写到 U 盘',
  async run(ctx) {
    const { path } = fileArgs(ctx.argv, {}, '用法：backup OUT（备份文件的路径）');
    return withCliRuntime(ctx, 'write', async (runtime) => {
      const file = cliFile(runtime, path, 'output');
      const made = await callApi(runtime, 'backup.create', { file });
      ctx.io.out(`已备份到 ${path}（${made.backup.street}，结构版本 ${made.backup.schemaVersion}，SHA-256 ${made.backup.sha256}）`, { ok: true, file: path, backup: made.backup });
      return EXIT_OK;
    });
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore FILE [--db PATH] [--json]',
  summary: '从备份文件恢复数据库（先校验 SHA-256、完整性和结构版本，并先备份当前数据库；数据库损坏无法打开时也可恢复）',
  async run(ctx) {
    const { path } = fileArgs(ctx.argv, {}, '用法：restore FILE（备份文件的路径）');
    if (!existsSync(path)) throw new AppError('REJECTED', `找不到备份文件：${path}`);
    let runtime;
    try {
      runtime = openForCli(ctx, 'create');
    } catch (error) {
      // A database that cannot be opened (damaged): restored without opening it, in local admin mode only.
      const kind = error instanceof AppError ? (error.details as { kind?: string } | undefined)?.kind : undefined;
      if (kind !== 'corrupt' || ctx.signIn) throw error;
      const door = offlineDoorForCli(ctx);
      const file = cliFile(door, path, 'input');
      const result = await callApi(door, 'backup.restore', { file, fileName: null });
      ctx.io.out(`数据库已损坏，已从备份恢复：${path}（损坏的文件另存为 ${result.safetyBackup}）`, { ok: true, restored: result.restored, safetyBackup: result.safetyBackup });
      return EXIT_OK;
    }
    try {
      const file = cliFile(runtime, path, 'input');
      const result = await callApi(runtime, 'backup.restore', { file, fileName: null });
      ctx.io.out(`已从备份恢复：${path}（恢复前的数据库已备份到 ${result.safetyBackup}）`, { ok: true, restored: result.restored, safetyBackup: result.safetyBackup });
      return EXIT_OK;
    } finally {
      runtime.close();
    }
  },
};
