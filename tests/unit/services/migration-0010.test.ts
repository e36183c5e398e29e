/**
 * Migration 0010_sparse_service_indexes on a street written before it: the service records' household, vacancy and
 * agreement indexes then hold only the records that have one. Every record is kept, the foreign keys stay clean, and
 * the queries on those columns still search the indexes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDatabase } from '../../../db/open-database';
import type { DeskDatabase } from '../../../db/open-database';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { tempDir } from '../support/temp-runtime';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SPARSE = ['services_household_date_idx', 'services_agreement_idx', 'services_vacancy_idx'];

function indexSql(db: DeskDatabase, name: string): string {
  return db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(name) as string;
}

function planOf(db: DeskDatabase, sql: string): string {
  return (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
}

it('keeps every record, leaves the foreign keys clean, and the queries on the three columns still use their indexes', () => {
  const dataDir = tempDir('desk-upgrade-0010-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const before = loadMigrations(migrationsDir()).findIndex((m) => m.tag === '0010_sparse_service_indexes');
  expect(before).toBeGreaterThan(0);
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: before });
  loadDemoStreet(old, { username: 'admin', displayName: '管理员', role: 'admin', communityId: null }, { size: 'small', seed: 7, asOf: '2026-11-20', today: '2026-11-23' });
  for (const name of SPARSE) expect(indexSql(old, name)).not.toMatch(/WHERE/);
  const records = old.sqlite.prepare('SELECT * FROM service_records ORDER BY id').all();
  const counts = old.sqlite.prepare('SELECT COUNT(household_id) h, COUNT(vacancy_id) v, COUNT(agreement_id) a, COUNT(*) n FROM service_records').get() as Record<string, number>;
  old.close();
  // The small demo has records of each kind, and records without each column.
  expect(Math.min(counts.h ?? 0, counts.v ?? 0, counts.a ?? 0)).toBeGreaterThan(0);
  expect(Math.max(counts.h ?? 0, counts.v ?? 0, counts.a ?? 0)).toBeLessThan(counts.n ?? 0);

  const db = openDatabase(path, { migrationsDir: migrationsDir() });
  try {
    expect(db.backupPath).not.toBeNull();
    expect(db.sqlite.prepare('SELECT * FROM service_records ORDER BY id').all()).toEqual(records);
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const name of SPARSE) expect(indexSql(db, name)).toMatch(/WHERE "service_records"\."(household|agreement|vacancy)_id" IS NOT NULL$/);
    // The shapes the repositories use: =, a join, an IN list, a correlated subquery.
    const plans = [
      ['services_household_date_idx', 'SELECT COUNT(*) FROM service_records WHERE household_id = 5'],
      ['services_household_date_idx', "SELECT s.id FROM service_records s WHERE s.household_id = 5 AND s.date <= '2026-11-20' ORDER BY s.date DESC, s.id DESC"],
      ['services_household_date_idx', 'SELECT h.number, s.id FROM service_records s JOIN households h ON h.id = s.household_id WHERE h.community_id = 2'],
      ['services_household_date_idx', "SELECT s.household_id, MAX(s.date) FROM service_records s WHERE s.household_id IN (SELECT value FROM json_each('[1,2,3]')) AND s.date <= '2026-11-20' GROUP BY s.household_id"],
      ['services_household_date_idx', "SELECT h.value FROM json_each('[1,2]') h WHERE EXISTS (SELECT 1 FROM service_records s WHERE s.household_id = h.value AND s.date BETWEEN '2026-01-01' AND '2026-06-30')"],
      ['services_agreement_idx', "SELECT MAX(date) FROM service_records WHERE agreement_id = 5 AND kind = 'follow_up'"],
      ['services_agreement_idx', "SELECT id, date FROM service_records WHERE agreement_id IN (SELECT value FROM json_each('[1,2]')) ORDER BY date, id"],
      ['services_vacancy_idx', "SELECT s.id FROM service_records s WHERE s.vacancy_id = 5 AND s.kind = 'referral'"],
      ['services_vacancy_idx', "SELECT v.id, (SELECT COUNT(*) FROM service_records s WHERE s.vacancy_id = v.id AND s.kind = 'referral') FROM vacancies v"],
    ] as const;
    for (const [index, sql] of plans) expect(planOf(db, sql), sql).toContain(index);
    // What the indexes hold: exactly the records with the column.
    expect(db.sqlite.prepare('SELECT COUNT(*) FROM service_records INDEXED BY services_vacancy_idx WHERE vacancy_id > 0').pluck().get()).toBe(counts.v);
  } finally {
    db.close();
  }
});
