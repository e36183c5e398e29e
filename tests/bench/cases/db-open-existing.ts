import { statSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import type { BenchCase } from '../bench-case';

const file = (workDir: string) => join(workDir, 'desk.sqlite');

export const dbOpenExisting: BenchCase = {
  name: 'db-open-existing',
  description: 'openDatabase on an already-migrated file: quick_check, version check, nothing pending, close',
  async setup(ctx) {
    openDatabase(file(ctx.workDir), { migrationsDir: migrationsDir() }).close();
  },
  async run(ctx) {
    const db = openDatabase(file(ctx.workDir), { migrationsDir: migrationsDir() });
    if (db.backupPath !== null) throw new Error('an up-to-date database should not be backed up');
    db.close();
    ctx.note(`${Math.round(statSync(file(ctx.workDir)).size / 1024)} KB file`);
  },
};
