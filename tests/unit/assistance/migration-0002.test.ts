/** Migration 0002_assistance_agreements on a database written at schema version 2 (0001_derived_state): no row lost. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { tempDir } from '../support/temp-runtime';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const T = '2025-01-01T00:00:00.000Z';

/** A little of everything a version-2 street holds, written with version-2 SQL. */
function fillVersion2(db: DeskDatabase): void {
  const wang = makeIdNumber('321102', '1975-04-12', 22);
  const li = makeIdNumber('321102', '1980-05-20', 11);
  db.sqlite.exec(`
    INSERT INTO street (id, code, name, created_at, updated_at) VALUES (1, '321102001', '解放路街道', '${T}', '${T}');
    INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '金山社区', 'community', '${T}', '${T}');
    INSERT INTO households (number, community_id, address, created_at, updated_at) VALUES ('H1', 1, '金山路 1 号', '${T}', '${T}');
    INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (1, 'dibao', 1, NULL), (1, 'urban', 1, NULL);
    INSERT INTO persons (id_number, name, name_initials, gender, birth_date, household_id, relation, work_ability, working_age_from, retirement_on, created_at, updated_at)
      VALUES ('${wang}', '王秀英', 'wxy', 'F', '1975-04-12', 1, 'head', 'full', '1991-04-12', '2030-04-12', '${T}', '${T}'),
             ('${li}', '李强', 'lq', 'M', '1980-05-20', 1, 'spouse', 'full', '1996-05-20', '2043-05-20', '${T}', '${T}');
    INSERT INTO employment_wishes (person_id, recorded_on, has_wish, wished_job, created_at, updated_at) VALUES (1, '2025-01-05', 1, '家政', '${T}', '${T}');
    INSERT INTO employment_spells (person_id, start_date, end_date, kind, employer_name, created_at, updated_at) VALUES (2, '2020-01-01', NULL, 'unit', '江滨物业', '${T}', '${T}');
    INSERT INTO unemployment_registrations (person_id, registered_on, reason, created_at, updated_at) VALUES (1, '2025-01-05', 'laid_off', '${T}', '${T}');
    INSERT INTO difficulty_recognitions (person_id, category, status, applied_on, reviewed_on, reviewer, recognised_on, especially_difficult, five_clear, version, created_at, updated_at)
      VALUES (1, '4050', 'recognised', '2025-02-01', '2025-02-05', '张科长', '2025-02-05', 1, '{"skills":{"clear":true},"jobWish":{"clear":true},"family":{"clear":true},"employment":{"clear":true},"policies":{"clear":false}}', 1, '${T}', '${T}');
    INSERT INTO employers (name, contact, paired_community_id, paired_on, created_at, updated_at) VALUES ('江滨家政', '赵经理', 1, '2024-06-01', '${T}', '${T}');
    INSERT INTO vacancies (employer_id, community_id, title, posts, opened_on, created_at, updated_at) VALUES (1, 1, '家政服务员', 3, '2025-01-01', '${T}', '${T}');
    INSERT INTO service_records (person_id, date, kind, clerk, content, created_at, updated_at) VALUES (1, '2025-01-06', 'guidance', '李明', '职业指导', '${T}', '${T}');
    INSERT INTO service_records (person_id, date, kind, clerk, vacancy_id, referral_result, created_at, updated_at) VALUES (1, '2025-01-20', 'referral', '李明', 1, 'pending', '${T}', '${T}');
    INSERT INTO service_records (person_id, date, kind, clerk, content, created_at, updated_at) VALUES (1, '2025-02-10', 'assistance_agreement', '李明', '援助协议', '${T}', '${T}');
    INSERT INTO service_records (household_id, date, kind, clerk, created_at, updated_at) VALUES (1, '2025-02-11', 'follow_up', '李明', '${T}', '${T}');
    INSERT INTO complaints (community_id, date, content, valid, created_at, updated_at) VALUES (1, '2025-03-01', '服务态度', 0, '${T}', '${T}');
    INSERT INTO family_episodes (household_id, kind, appeared, ended, end_reason) VALUES (1, 'zero_employment', '2024-01-01', '2024-06-01', 'employed');
    INSERT INTO settings (key, value, updated_at) VALUES ('population', '{}', '${T}');
    INSERT INTO audit_events (at, username, action, entity, entity_key, after) VALUES ('${T}', 'admin', 'create', 'person', '1', '{}');
  `);
}

/** Every row of every table, with only the columns the table had before. */
function allRows(db: DeskDatabase, columnsOf: Map<string, string[]>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, columns] of columnsOf) {
    out[table] = db.sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`).raw().all();
  }
  return out;
}

function tableColumns(db: DeskDatabase): Map<string, string[]> {
  const tables = db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(tables.map((t) => [t, (db.sqlite.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name)]));
}

it('the third migration is 0002_assistance_agreements', () => {
  expect(loadMigrations(migrationsDir()).map((m) => m.tag).slice(0, 3)).toEqual(['0000_init', '0001_derived_state', '0002_assistance_agreements']);
});

it('a version-2 database upgrades with every row kept, foreign keys clean, and can sign agreements afterwards', async () => {
  const dataDir = tempDir('desk-upgrade-0002-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: 2 });
  expect(old.schemaVersion).toBe(2);
  fillVersion2(old);
  const columns = tableColumns(old);
  expect(columns.has('assistance_agreements')).toBe(false);
  const before = allRows(old, columns);
  old.close();

  const upgraded = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: 3 });
  try {
    expect(upgraded.schemaVersion).toBe(3);
    expect(upgraded.backupPath).not.toBeNull();
    expect(allRows(upgraded, columns)).toEqual(before);
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(upgraded.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    expect(upgraded.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE agreement_id IS NOT NULL').pluck().get()).toBe(0);
    expect(upgraded.sqlite.prepare('SELECT COUNT(*) FROM assistance_agreements').pluck().get()).toBe(0);
    expect(upgraded.sqlite.prepare('SELECT COUNT(*) FROM assistance_measures').pluck().get()).toBe(0);
  } finally {
    upgraded.close();
  }

  // The whole app on the upgraded file: the recognised person can sign an agreement.
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2025-06-30' });
  try {
    const signed = await runtime.call('assistance.create', { personId: 1, signedOn: '2025-02-10', clerk: '李明', goal: '家政岗位就业' });
    expect(signed.ok).toBe(true);
    expect((signed as { value: AssistanceAgreement }).value.recognitionId).toBe(1);
    expect(runtime.db.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    runtime.close();
  }
});
