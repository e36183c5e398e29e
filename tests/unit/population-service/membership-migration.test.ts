/**
 * Migration 0004: every person gets membership periods — one open period in their household, closed by 迁出, or
 * the periods their moves in the audit log give, where the log is whole (it chains and ends in the household the
 * person is in) — and complaints already judged are judged on their own date.
 */
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

function moveAudit(personId: number, from: number, to: number, fromRelation: string, toRelation: string, movedOn: string): string {
  const before = JSON.stringify({ householdId: from, relation: fromRelation, version: 0 });
  const after = JSON.stringify({ householdId: to, relation: toRelation, movedOn, version: 1 });
  return `INSERT INTO audit_events (at, username, action, entity, entity_key, before, after)
            VALUES ('2026-01-01T00:00:00Z', 'admin', 'update', 'person', '${personId}', '${before}', '${after}');`;
}

it('replays whole move logs into periods, keeps one open period otherwise, and dates old judgements', () => {
  const dataDir = tempDir('desk-membership-migration-');
  cleanup.push(dataDir);
  const path = join(dataDir, 'desk.sqlite');
  const old = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: 4 });
  expect(old.schemaVersion).toBe(4);
  const person = (id: number, birth: string, household: number, relation: string, archivedOn: string | null = null) =>
    `INSERT INTO persons (id, id_number, name, gender, birth_date, household_id, relation, work_ability, archived_on, created_at, updated_at)
       VALUES (${id}, '${makeIdNumber('321102', birth, id * 2 + 1)}', '人${id}', 'M', '${birth}', ${household}, '${relation}', 'full',
               ${archivedOn === null ? 'NULL' : `'${archivedOn}'`}, 'x', 'x');`;
  old.sqlite.exec(`
    INSERT INTO communities (id, code, name, kind, created_at, updated_at) VALUES (1, '321102001001', '金山社区', 'community', 'x', 'x');
    INSERT INTO households (id, number, community_id, created_at, updated_at) VALUES (1, 'H1', 1, 'x', 'x'), (2, 'H2', 1, 'x', 'x'), (3, 'H3', 1, 'x', 'x');
    ${person(1, '1980-01-01', 1, 'head')}
    ${person(2, '1990-01-01', 3, 'spouse')}
    ${moveAudit(2, 1, 2, 'child', 'other', '2020-05-01')}
    ${moveAudit(2, 2, 3, 'other', 'spouse', '2024-06-01')}
    ${person(3, '1990-01-01', 3, 'child', '2025-03-01')}
    ${moveAudit(3, 1, 3, 'child', 'child', '2022-01-01')}
    ${person(4, '1985-01-01', 2, 'head')}
    ${moveAudit(4, 1, 3, 'child', 'head', '2021-01-01')}
    ${person(5, '1970-01-01', 1, 'parent', '2024-01-01')}
    INSERT INTO complaints (community_id, date, content, valid, created_at, updated_at) VALUES
      (1, '2026-03-01', '有效', 1, 'x', 'x'), (1, '2026-03-02', '无效', 0, 'x', 'x'), (1, '2026-03-03', '未认定', NULL, 'x', 'x');
  `);
  old.close();

  const db = openDatabase(path, { migrationsDir: migrationsDir() });
  try {
    const periods = db.sqlite
      .prepare('SELECT person_id AS p, household_id AS h, relation AS r, from_date AS f, to_date AS t FROM household_memberships ORDER BY person_id, from_date IS NOT NULL, from_date')
      .all();
    expect(periods).toEqual([
      { p: 1, h: 1, r: 'head', f: null, t: null },
      // Two moves that chain and end in the person's household: replayed.
      { p: 2, h: 1, r: 'child', f: null, t: '2020-04-30' },
      { p: 2, h: 2, r: 'other', f: '2020-05-01', t: '2024-05-31' },
      { p: 2, h: 3, r: 'spouse', f: '2024-06-01', t: null },
      // A replayed move closed by 迁出 the day before.
      { p: 3, h: 1, r: 'child', f: null, t: '2021-12-31' },
      { p: 3, h: 3, r: 'child', f: '2022-01-01', t: '2025-02-28' },
      // A log that does not end in the person's household (changed since, e.g. by an import): one period, as now.
      { p: 4, h: 2, r: 'head', f: null, t: null },
      { p: 5, h: 1, r: 'parent', f: null, t: '2023-12-31' },
    ]);
    expect(db.sqlite.prepare('SELECT content, judged_on AS j FROM complaints ORDER BY date').all()).toEqual([
      { content: '有效', j: '2026-03-01' },
      { content: '无效', j: '2026-03-02' },
      { content: '未认定', j: null },
    ]);
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
});
