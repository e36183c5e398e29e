/**
 * db/read-memo.ts: a kept read is reused only while the tables it names are unchanged — by this connection's
 * writes (any path), by another connection's commits — never inside a transaction; per-person reads re-read only
 * the persons whose rows changed; kept values are frozen; columns no memoised read uses are really unused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IGNORED_UPDATE_COLUMNS, keyedRead, memoised, memoRead, memoStats } from '../../db/read-memo';
import { serviceDigests } from '../../db/repositories/services/service-digests-repo';
import { addFamily, addPerson, historyRuntime, ok } from './history/history-fixture';
import type { Runtime } from './history/history-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

/** A read of the persons table counting how often it really ran. */
function counted(tables: Parameters<typeof memoRead>[1]['tables'] = ['persons'], name = 'test.persons') {
  let runs = 0;
  const read = () =>
    memoRead(runtime.db.sqlite, { name, tables, params: '[]' }, () => {
      runs += 1;
      return runtime.db.sqlite.prepare('SELECT COUNT(*) FROM persons').pluck().get() as number;
    });
  return { read, runs: () => runs };
}

describe('memoRead', () => {
  it('is reused while its tables are unchanged, and read afresh after a write to one of them', () => {
    const { householdId } = addFamily(runtime);
    const first = addPerson(runtime, { householdId });
    const c = counted();
    expect(c.read()).toBe(1);
    expect(c.read()).toBe(1);
    expect(c.runs()).toBe(1);
    addPerson(runtime, { householdId });
    expect(c.read()).toBe(2);
    expect(c.runs()).toBe(2);
    // An update of a column it uses, and a delete, count too.
    runtime.db.sqlite.prepare("UPDATE persons SET work_ability = 'partial' WHERE id = ?").run(first);
    c.read();
    expect(c.runs()).toBe(3);
    runtime.db.sqlite.prepare('DELETE FROM household_memberships WHERE person_id = ?').run(first);
    runtime.db.sqlite.prepare('DELETE FROM persons WHERE id = ?').run(first);
    expect(c.read()).toBe(1);
    expect(c.runs()).toBe(4);
  });

  it('a read watching persons_core is kept across an edit of the 十清 fields only, and read afresh after any other change', () => {
    const { householdId } = addFamily(runtime);
    const id = addPerson(runtime, { householdId });
    const core = counted(['persons_core'], 'test.core');
    const whole = counted(['persons'], 'test.whole');
    const both = () => [core.read(), whole.read()];
    both();
    runtime.db.sqlite
      .prepare("UPDATE persons SET skills = '电工', skill_level = '中级', social_insurance = '已参保', policies_enjoyed = '社保补贴' WHERE id = ?")
      .run(id);
    both();
    expect([core.runs(), whole.runs()]).toEqual([1, 2]);
    // A 十清 field together with another column, another column alone, an insertion and a deletion all count.
    runtime.db.sqlite.prepare("UPDATE persons SET skills = '焊工', is_student = 1 WHERE id = ?").run(id);
    both();
    runtime.db.sqlite.prepare("UPDATE persons SET birth_date = '1980-01-02' WHERE id = ?").run(id);
    both();
    const other = addPerson(runtime, { householdId });
    both();
    runtime.db.sqlite.prepare('DELETE FROM household_memberships WHERE person_id = ?').run(other);
    runtime.db.sqlite.prepare('DELETE FROM persons WHERE id = ?').run(other);
    both();
    expect([core.runs(), whole.runs()]).toEqual([5, 6]);
  });

  it('is kept across writes to other tables and across updates of columns no kept read uses', () => {
    const { householdId } = addFamily(runtime);
    const id = addPerson(runtime, { householdId });
    const c = counted();
    c.read();
    runtime.db.sqlite.prepare("INSERT INTO complaints (community_id, date, content, created_at, updated_at) SELECT community_id, '2025-06-01', '投诉', 'x', 'x' FROM households LIMIT 1").run();
    runtime.db.sqlite.prepare("UPDATE persons SET phone = '13800000000', version = version + 1, updated_at = 'later' WHERE id = ?").run(id);
    c.read();
    expect(c.runs()).toBe(1);
    runtime.db.sqlite.prepare("UPDATE persons SET skills = '电工' WHERE id = ?").run(id);
    c.read();
    expect(c.runs()).toBe(2);
  });

  it('is neither kept nor reused inside a transaction, and a rolled-back write leaves the kept value valid', () => {
    const { householdId } = addFamily(runtime);
    addPerson(runtime, { householdId });
    const c = counted();
    c.read();
    const inside = runtime.db.sqlite.transaction(() => {
      addPerson(runtime, { householdId });
      return c.read();
    });
    expect(inside()).toBe(2);
    expect(c.runs()).toBe(2);
    expect(c.read()).toBe(2);
    expect(c.runs()).toBe(3);
    const rolledBack = runtime.db.sqlite.transaction(() => {
      addPerson(runtime, { householdId });
      throw new Error('回滚');
    });
    expect(() => rolledBack()).toThrow('回滚');
    expect(c.read()).toBe(2);
    expect(c.runs()).toBe(3);
  });

  it("reads afresh after another connection's commit", () => {
    const { householdId } = addFamily(runtime);
    addPerson(runtime, { householdId });
    const c = counted(['communities']);
    c.read();
    const other = new Database(runtime.db.path);
    try {
      other.prepare("UPDATE communities SET name = '银山社区'").run();
    } finally {
      other.close();
    }
    c.read();
    expect(c.runs()).toBe(2);
  });

  it('freezes the lists it keeps', () => {
    const { householdId } = addFamily(runtime);
    addPerson(runtime, { householdId });
    const names = memoised('test.names', ['persons'], (db) => db.sqlite.prepare('SELECT id, name FROM persons').all() as { id: number; name: string }[]);
    const rows = names(runtime.db);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(() => (rows as { id: number; name: string }[]).push({ id: 0, name: '' })).toThrow();
    expect(() => {
      (rows[0] as { name: string }).name = '改名';
    }).toThrow();
    expect(names(runtime.db)).toBe(rows);
  });
});

describe('keyedRead', () => {
  it("re-reads only the persons whose service records changed, and answers exactly as a fresh read", async () => {
    const { householdId } = addFamily(runtime);
    const a = addPerson(runtime, { householdId });
    const b = addPerson(runtime, { householdId });
    const asked: number[][] = [];
    const read = () =>
      keyedRead(runtime.db.sqlite, { name: 'test.count', keyed: [['service_records', 'person_id']], params: '2025-06-30' }, [a, b], (ids) => {
        asked.push([...ids]);
        const rows = runtime.db.sqlite.prepare('SELECT person_id, COUNT(*) FROM service_records WHERE person_id IN (SELECT value FROM json_each(?)) GROUP BY person_id').raw().all(JSON.stringify(ids)) as [number, number][];
        return new Map(rows);
      });
    expect([...read()]).toEqual([]);
    await ok(runtime, 'services.record', { subject: { personId: a }, date: '2025-06-02', kind: 'guidance', clerk: '李明' });
    expect(read().get(a)).toBe(1);
    expect(read().get(b)).toBeUndefined();
    expect(asked).toEqual([[a, b], [a]]);
    // A household-addressed record changes no person's value.
    await ok(runtime, 'services.record', { subject: { householdId }, date: '2025-06-03', kind: 'follow_up', clerk: '李明' });
    read();
    expect(asked).toHaveLength(2);
    // Again and again for the same person: the change log keeps counting after it is pruned.
    for (const day of ['2025-06-05', '2025-06-06']) {
      await ok(runtime, 'services.record', { subject: { personId: a }, date: day, kind: 'guidance', clerk: '李明' });
      read();
    }
    expect(read().get(a)).toBe(3);
    expect(asked).toEqual([[a, b], [a], [a], [a]]);
    // The same answer as a fresh read of the digests.
    const kept = serviceDigests(runtime.db, [a, b], '2025-06-30');
    await ok(runtime, 'services.record', { subject: { personId: b }, date: '2025-06-04', kind: 'guidance', clerk: '王芳' });
    const patched = serviceDigests(runtime.db, [a, b], '2025-06-30');
    expect(patched.get(a)).toBe(kept.get(a));
    expect(patched.get(b)?.guidanceDates).toEqual(['2025-06-04']);
    const before = memoStats(runtime.db.sqlite).misses;
    const fresh = runtime.db.sqlite.transaction(() => serviceDigests(runtime.db, [a, b], '2025-06-30'))();
    expect(memoStats(runtime.db.sqlite).misses).toBe(before);
    expect([...patched]).toEqual([...fresh]);
  });
});

describe('ignored columns', () => {
  it('are named by no memoised repository', () => {
    const dir = join(__dirname, '../../db/repositories');
    const ignored = Object.values(IGNORED_UPDATE_COLUMNS).flat();
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes("/read-memo'")) continue;
      for (const column of ignored) expect(text.match(new RegExp(`\\b${column}\\b`)), `${file} names ${column}`).toBeNull();
    }
  });
});
