import { join } from 'node:path';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import type { BenchCase } from '../bench-case';

export const dbOpenMigrate: BenchCase = {
  name: 'db-open-migrate',
  description: 'openDatabase on a new file: create, apply every migration, WAL + checks, close',
  async run(ctx) {
    const db = openDatabase(join(ctx.workDir, 'desk.sqlite'), { migrationsDir: migrationsDir() });
    ctx.note(`schema v${db.schemaVersion}`);
    db.close();
  },
};
