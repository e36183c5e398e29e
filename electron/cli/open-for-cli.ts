import { dirname } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { DatabaseOpenError, isWritableFile } from '../../db/open-database';
import { AppError } from '../../shared/app-error';
import { todayIso } from '../../shared/clock';
import { openOfflineDoor } from '../services/offline-handlers';
import type { OfflineDoor } from '../services/offline-handlers';
import { openDeskRuntime } from '../services/runtime/desk-runtime';
import type { DeskRuntime } from '../services/runtime/desk-runtime';
import type { CommandContext } from './command';
import { jobProgress } from './progress';

/**
 * What a command does with the database: `create` — it may make a new one (init, demo, imports); `write` — it
 * writes to an existing one; `read` — it only reads, so a read-only file is opened read-only.
 */
export type DatabaseUse = 'create' | 'write' | 'read';

/**
 * Opens the CLI's database. A missing file is made only by the commands that create one ("找不到数据库" for the
 * others, nothing created); a read-only file is read by the reading commands and refused by the others; a corrupt,
 * locked or newer file becomes a REJECTED AppError (exit 1) naming its kind, the file untouched. Jobs report their
 * progress on stderr.
 */
export function openForCli(ctx: CommandContext, use: DatabaseUse): DeskRuntime {
  const exists = existsSync(ctx.dbPath) && statSync(ctx.dbPath).size > 0;
  if (!exists && use !== 'create') {
    throw new AppError('REJECTED', `找不到数据库：${ctx.dbPath}。请检查 --db 路径；新建数据库请用 init 命令`, { kind: 'missing' });
  }
  const readOnly = exists && use === 'read' && !isWritableFile(ctx.dbPath);
  let runtime: DeskRuntime;
  try {
    runtime = openDeskRuntime({ dataDir: dirname(ctx.dbPath), dbPath: ctx.dbPath, migrationsDir: ctx.migrationsDir, transport: 'browser', readOnly, onJobProgress: jobProgress(ctx.io) });
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new AppError('REJECTED', error.message, { kind: error.kind });
    throw error;
  }
  // --as: the same users, passwords and locks as the sign-in screen; without it, local admin mode.
  if (ctx.signIn) {
    try {
      runtime.signInAs(ctx.signIn.username, ctx.signIn.password);
    } catch (error) {
      runtime.close();
      throw error;
    }
  }
  return runtime;
}

/** Runs `work` with the CLI's database open (see openForCli) and closes it afterwards, whatever happens. */
export async function withCliRuntime(ctx: CommandContext, use: DatabaseUse, work: (runtime: DeskRuntime) => Promise<number> | number): Promise<number> {
  const runtime = openForCli(ctx, use);
  try {
    return await work(runtime);
  } finally {
    runtime.close();
  }
}

/**
 * The door of a command that opens no database itself (check, verify-package, demo-workbook, the blank template, the
 * restore of a damaged file): the offline methods, with the CLI's database path, migrations and job progress on stderr.
 */
export function offlineDoorForCli(ctx: CommandContext): OfflineDoor {
  return openOfflineDoor({ dbPath: ctx.dbPath, today: todayIso, migrationsDir: ctx.migrationsDir, onJobProgress: jobProgress(ctx.io) });
}
