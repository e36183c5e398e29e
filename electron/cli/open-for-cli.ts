import { dirname } from 'node:path';
import { DatabaseOpenError } from '../../db/open-database';
import { AppError } from '../../shared/app-error';
import { openDeskRuntime } from '../services/runtime/desk-runtime';
import type { DeskRuntime } from '../services/runtime/desk-runtime';
import type { CommandContext } from './command';

/** Opens the CLI's database; a corrupt or newer file becomes a REJECTED AppError (exit 1), the file untouched. */
export function openForCli(ctx: CommandContext): DeskRuntime {
  try {
    return openDeskRuntime({ dataDir: dirname(ctx.dbPath), dbPath: ctx.dbPath, migrationsDir: ctx.migrationsDir, transport: 'browser' });
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new AppError('REJECTED', error.message, { kind: error.kind });
    throw error;
  }
}
