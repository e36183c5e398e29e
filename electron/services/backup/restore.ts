/** Restoring the live database from a backup file: checked first, the current database backed up, then swapped. */
import { join } from 'node:path';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { RestoreResult } from '../../../shared/contract/admin';
import type { z } from 'zod';
import { seedBuiltinStandards } from '../assessment/standards-service';
import { ensureDerivedState } from '../population/recompute';
import type { BackupDeps } from './backup-service';
import { checkBackupForRestore, createBackup, replaceDatabaseFile, toBackupInfo } from './backup-service';
import { extractImage, verifyBackupFile } from './backup-file';

export interface RestoreDeps extends BackupDeps {
  migrationsDir: string;
  /** Called once the restored database is open (sign everyone out: its users may differ). */
  afterRestore(): void;
}

/** Makes `db` (the object every handler holds) the newly opened database. */
function adopt(db: DeskDatabase, opened: DeskDatabase): void {
  Object.assign(db, opened);
}

export async function restoreFromBackup(deps: RestoreDeps, backupPath: string, username: string): Promise<z.infer<typeof RestoreResult>> {
  const db = deps.db;
  const staging = join(deps.tempDir, `restore-${process.pid}.sqlite`);
  const info = await checkBackupForRestore(backupPath, db.latestSchemaVersion, staging);
  // The current database first: a restore never loses what was there.
  const safety = await createBackup(deps, 'before-restore');
  db.close();
  try {
    replaceDatabaseFile(db.path, staging);
    adopt(db, openDatabase(db.path, { migrationsDir: deps.migrationsDir }));
  } catch (error) {
    // The restored file would not open: the current database comes back from the safety backup.
    const back = join(deps.tempDir, `rollback-${process.pid}.sqlite`);
    extractImage(safety.path, await verifyBackupFile(safety.path), back);
    replaceDatabaseFile(db.path, back);
    adopt(db, openDatabase(db.path, { migrationsDir: deps.migrationsDir }));
    throw error;
  }
  ensureDerivedState(db);
  seedBuiltinStandards(db);
  recordAudit(db, {
    username,
    action: 'restore',
    entity: 'database',
    entityKey: null,
    after: { from: backupPath, sha256: info.sha256, createdAt: info.createdAt, schemaVersion: info.schemaVersion, safetyBackup: safety.path },
  });
  deps.afterRestore();
  return { restored: toBackupInfo(backupPath, info), safetyBackup: safety.path };
}
