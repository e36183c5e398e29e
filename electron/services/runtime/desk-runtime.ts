import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { ensureBuiltinAdmin } from '../../../db/repositories/users-repo';
import { APP_VERSION } from '../../../shared/version';
import type { CallerContext } from '../context';
import { dispatch } from '../dispatch';
import { FileRegistry } from '../files/file-registry';
import { createHandlerTable } from '../handler-table';
import { JobRegistry } from '../jobs/job-registry';
import { ensureDerivedState } from '../population/recompute';
import { seedBuiltinStandards } from '../assessment/standards-service';
import { todayIso } from '../../../shared/clock';
import type { HandlerTable } from '../handlers';
import { dbPathIn, ensurePrivateDataDir } from './data-dir';
import { PRIVATE_DIR_MODE, restrictNewFilesToOwner } from './private-files';

export interface DeskRuntime {
  dataDir: string;
  /** Uploads and prepared downloads of this launch; emptied at open and at close (they may hold personal data). */
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
}

/** Opens the database (backup, migrate, checks) and builds the handler table: the same for every front door. */
export function openDeskRuntime(options: RuntimeOptions): DeskRuntime {
  restrictNewFilesToOwner();
  ensurePrivateDataDir(options.dataDir);
  const tempDir = join(options.dataDir, 'desk-temp');
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(tempDir, { mode: PRIVATE_DIR_MODE });
  const db = openDatabase(options.dbPath ?? dbPathIn(options.dataDir), { migrationsDir: options.migrationsDir });
  const admin = ensureBuiltinAdmin(db);
  ensureDerivedState(db);
  seedBuiltinStandards(db);
  const caller: CallerContext = {
    username: admin.username,
    displayName: admin.displayName,
    role: admin.role,
    communityId: admin.communityId,
  };
  const files = new FileRegistry();
  const jobs = new JobRegistry();
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
    },
  };
}
