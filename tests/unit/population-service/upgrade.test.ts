/** A database written at schema version 1 upgrades without loss, and the derived state is filled on open. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { latestSchemaVersion, tempDir } from '../support/temp-runtime';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('version 1 → latest: rows intact, backup written, dates and episodes filled', () => {
  const dataDir = tempDir('desk-upgrade-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: 1 });
  expect(old.schemaVersion).toBe(1);
  const idNumber = makeIdNumber('321102', '1980-05-20', 11);
  old.sqlite.exec(`
    INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', 'x', 'x');
    INSERT INTO households (number, community_id, created_at, updated_at) VALUES ('H1', 1, 'x', 'x');
    INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, created_at, updated_at)
      VALUES ('${idNumber}', '张伟', 'M', '1980-05-20', 1, 'head', 'full', 'x', 'x');
    INSERT INTO employment_wishes (person_id, recorded_on, has_wish, created_at, updated_at) VALUES (1, NULL, 1, 'x', 'x');
  `);
  const before = old.sqlite.prepare('SELECT id, id_number, name, gender, birth_date, household_id, relation FROM persons').all();
  old.close();

  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2025-06-30' });
  try {
    expect(runtime.db.schemaVersion).toBe(latestSchemaVersion());
    expect(runtime.db.backupPath).not.toBeNull();
    expect(runtime.db.sqlite.prepare('SELECT id, id_number, name, gender, birth_date, household_id, relation FROM persons').all()).toEqual(before);
    expect(runtime.db.sqlite.prepare('SELECT code, name FROM communities').all()).toEqual([{ code: '321102001001', name: '金山社区' }]);
    expect(runtime.db.sqlite.prepare('SELECT working_age_from AS w, retirement_on AS r FROM persons').get()).toEqual({ w: '1996-05-20', r: '2043-05-20' });
    // An able man with a wish and no job since his 16th birthday: a zero-employment family ever since.
    expect(runtime.db.sqlite.prepare('SELECT kind, appeared, ended FROM family_episodes ORDER BY kind').all()).toEqual([
      { kind: 'zero_employment', appeared: '1996-05-20', ended: '2043-05-20' },
    ]);
  } finally {
    runtime.close();
  }
});
