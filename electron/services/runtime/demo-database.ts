/**
 * The demo's own database file (issue #14 item 4): `<data folder>/demo.sqlite`, made afresh each time the demo is
 * loaded, never the office's `desk.sqlite`. It gets the office's user accounts (so the signed-in user stays signed
 * in) and nothing else of the office: the demo street is generated into it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { listAccounts } from '../../../db/repositories/system/accounts-repo';
import { replaceAccountsWith } from '../../../db/repositories/system/accounts-copy-repo';
import { ensureDerivedState } from '../population/recompute';
import { seedBuiltinStandards } from '../assessment/standards-service';

export const DEMO_DB_FILE = 'demo.sqlite';

export function demoDbPathIn(dataDir: string): string {
  return join(dataDir, DEMO_DB_FILE);
}

/** Removes the last demo's file (and its WAL) and opens a new, empty one with the office's accounts. */
export function openFreshDemoDatabase(dataDir: string, migrationsDir: string, office: DeskDatabase): DeskDatabase {
  const path = demoDbPathIn(dataDir);
  if (path === office.path) throw new Error('演示数据库不能是本所数据库');
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(path + suffix)) rmSync(path + suffix, { force: true });
  }
  const db = openDatabase(path, { migrationsDir });
  try {
    replaceAccountsWith(db, listAccounts(office));
    ensureDerivedState(db);
    seedBuiltinStandards(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
