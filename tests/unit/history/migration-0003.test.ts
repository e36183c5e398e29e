/** Migration 0003_referral_results: decided referrals get their result date (the referral's own), pending ones none. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { tempDir } from '../support/temp-runtime';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const T = '2025-01-01T00:00:00.000Z';

it('a version-3 database upgrades: decided referrals dated, pending and other services untouched, foreign keys clean', () => {
  const dataDir = tempDir('desk-upgrade-0003-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: 3 });
  expect(old.schemaVersion).toBe(3);
  const id = makeIdNumber('321102', '1975-04-12', 22);
  old.sqlite.exec(`
    INSERT INTO street (id, code, name, created_at, updated_at) VALUES (1, '321102001', '解放路街道', '${T}', '${T}');
    INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', '${T}', '${T}');
    INSERT INTO households (number, community_id, created_at, updated_at) VALUES ('H1', 1, '${T}', '${T}');
    INSERT INTO persons (id_number, name, name_initials, gender, birth_date, household_id, relation, work_ability, working_age_from, retirement_on, created_at, updated_at)
      VALUES ('${id}', '王秀英', 'wxy', 'F', '1975-04-12', 1, 'head', 'full', '1991-04-12', '2030-04-12', '${T}', '${T}');
    INSERT INTO service_records (person_id, date, kind, referral_result, created_at, updated_at) VALUES
      (1, '2025-01-20', 'referral', 'hired', '${T}', '${T}'),
      (1, '2025-02-20', 'referral', 'refused', '${T}', '${T}'),
      (1, '2025-03-20', 'referral', 'pending', '${T}', '${T}'),
      (1, '2025-04-20', 'guidance', NULL, '${T}', '${T}');
  `);
  old.close();

  const db = openDatabase(path, { migrationsDir: migrationsDir() });
  try {
    expect(db.schemaVersion).toBeGreaterThanOrEqual(4);
    const rows = db.sqlite.prepare('SELECT kind, referral_result, referral_result_on FROM service_records ORDER BY id').raw().all();
    expect(rows).toEqual([
      ['referral', 'hired', '2025-01-20'],
      ['referral', 'refused', '2025-02-20'],
      ['referral', 'pending', null],
      ['guidance', null, null],
    ]);
    expect(db.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const indexes = db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'service_records'").pluck().all();
    expect(indexes).toContain('services_vacancy_idx');
  } finally {
    db.close();
  }
});
