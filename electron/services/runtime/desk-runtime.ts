import { mkdirSync } from 'node:fs';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { ensureBuiltinAdmin } from '../../../db/repositories/users-repo';
import { APP_VERSION } from '../../../shared/version';
import type { CallerContext } from '../context';
import { dispatch } from '../dispatch';
import { createHandlerTable } from '../handler-table';
import type { HandlerTable } from '../handlers';
import { dbPathIn } from './data-dir';

export interface DeskRuntime {
  dataDir: string;
  db: DeskDatabase;
  handlers: HandlerTable;
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
}

/** Opens the database (backup, migrate, checks) and builds the handler table: the same for every front door. */
export function openDeskRuntime(options: RuntimeOptions): DeskRuntime {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(options.dbPath ?? dbPathIn(options.dataDir), { migrationsDir: options.migrationsDir });
  const admin = ensureBuiltinAdmin(db);
  const caller: CallerContext = {
    username: admin.username,
    displayName: admin.displayName,
    role: admin.role,
    communityId: admin.communityId,
  };
  const handlers = createHandlerTable(db, { appVersion: APP_VERSION, dataDir: options.dataDir, transport: options.transport });
  let closed = false;
  return {
    dataDir: options.dataDir,
    db,
    handlers,
    caller: () => caller,
    call: (method, input) => dispatch(handlers, method, input, caller),
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
