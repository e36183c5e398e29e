/**
 * Migration 0006_packages on a database of the schema before it (with exchanged files logged, a saved assessment):
 * a backup first, every row kept, the new log columns empty or false, foreign keys clean; then a year can be
 * frozen and a package logged on the upgraded file.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { tempDir } from '../support/temp-runtime';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('0006_packages comes after 0004_as_of_membership (and 0005, when there is one) in the journal', () => {
  const tags = loadMigrations(migrationsDir()).map((m) => m.tag);
  const at = tags.indexOf('0006_packages');
  expect(at).toBeGreaterThan(tags.indexOf('0004_as_of_membership'));
  expect(tags.indexOf('0004_as_of_membership')).toBeGreaterThanOrEqual(0);
  expect(tags.slice(0, at).every((tag) => tag < '0006')).toBe(true);
});

it('a database from before it upgrades with a backup, every row kept and foreign keys clean', async () => {
  const dataDir = tempDir('desk-upgrade-0006-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const before = loadMigrations(migrationsDir()).findIndex((m) => m.tag === '0006_packages');
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: before });
  const T = '2026-01-01T00:00:00.000Z';
  old.sqlite.exec(`
    INSERT INTO street (id, code, name, created_at, updated_at) VALUES (1, '321102001', '解放路街道', '${T}', '${T}');
    INSERT INTO packages (direction, kind, file_name, sha256, summary, created_by, created_at) VALUES ('import', 'standard-workbook', 'a.xlsx', 'abc', '{}', 'admin', '${T}');
    INSERT INTO packages (direction, kind, file_name, sha256, created_by, created_at) VALUES ('import', 'calendar', 'c.csv', 'def', 'admin', '${T}');
  `);
  const rowsBefore = old.sqlite.prepare('SELECT id, direction, kind, file_name, sha256, summary, created_by, created_at FROM packages ORDER BY id').all();
  old.close();

  const upgraded = openDatabase(path, { migrationsDir: migrationsDir() });
  try {
    expect(upgraded.backupPath).not.toBeNull();
    expect(upgraded.sqlite.prepare('SELECT id, direction, kind, file_name, sha256, summary, created_by, created_at FROM packages ORDER BY id').all()).toEqual(rowsBefore);
    expect(upgraded.sqlite.prepare('SELECT DISTINCT sealed, issuer, content_sha256 FROM packages').all()).toEqual([{ sealed: 0, issuer: null, content_sha256: null }]);
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    for (const table of ['annual_submissions', 'bureau_verdicts', 'received_submissions']) {
      expect(upgraded.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  } finally {
    upgraded.close();
  }

  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => '2026-11-20' });
  try {
    const saved = await runtime.call('assessment.save', { standardId: 'chongqing-2007', asOf: '2026-11-20' });
    expect(saved.ok).toBe(true);
    const frozen = await runtime.call('annual.freeze', { year: 2026, assessmentId: (saved as { value: { id: number } }).value.id, recommended: [] });
    expect(frozen.ok).toBe(true);
    const history = await runtime.call('packages.history', {});
    expect(history.ok && (history.value as { isPackage: boolean; kind: string }[]).map((e) => [e.kind, e.isPackage])).toEqual([
      ['calendar', false],
      ['standard-workbook', false],
    ]);
    expect(runtime.db.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    runtime.close();
  }
});
