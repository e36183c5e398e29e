import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchedInsert } from '../../db/repositories/batched-insert';
import { inTransaction } from '../../db/transaction';
import { dbFingerprint } from './support/db-fingerprint';
import { rowCount, tempRuntime } from './support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;
beforeEach(() => {
  runtime = tempRuntime();
});
afterEach(() => runtime.dispose());

const NOW = '2026-12-07T00:00:00.000Z';
const COLUMNS = ['name', 'contact', 'paired_community_id', 'paired_on', 'version', 'created_at', 'updated_at'] as const;
const employer = (n: number) => [`单位${n}`, `联系人${n}`, null, null, 0, NOW, NOW];

function employers(): { id: number; name: string; contact: string }[] {
  return runtime.db.sqlite.prepare('SELECT id, name, contact FROM employers ORDER BY id').all() as { id: number; name: string; contact: string }[];
}

describe('batchedInsert: a bulk write’s rows, several per statement, each with its id at once', () => {
  it('gives consecutive ids as rows are added; full batches go in as they fill, the rest on flush', () => {
    inTransaction(runtime.db, () => {
      const insert = batchedInsert(runtime.db, 'employers', COLUMNS, 4);
      const ids = Array.from({ length: 10 }, (_, i) => insert.add(employer(i + 1)));
      expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(rowCount(runtime, 'employers')).toBe(8);
      insert.flush();
      insert.flush();
    });
    expect(employers()).toEqual(Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: `单位${i + 1}`, contact: `联系人${i + 1}` })));
  });

  it('never gives again the id of a row deleted, as AUTOINCREMENT does (the largest ever, from sqlite_sequence)', () => {
    inTransaction(runtime.db, () => {
      const insert = batchedInsert(runtime.db, 'employers', COLUMNS, 4);
      for (let i = 1; i <= 6; i += 1) insert.add(employer(i));
      insert.flush();
    });
    runtime.db.sqlite.prepare('DELETE FROM employers WHERE id >= 5').run();
    inTransaction(runtime.db, () => {
      const insert = batchedInsert(runtime.db, 'employers', COLUMNS, 4);
      expect(insert.add(employer(7))).toBe(7);
      insert.flush();
    });
    // An insert the usual way afterwards continues from there.
    runtime.db.sqlite.prepare(`INSERT INTO employers (${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(employer(8));
    expect(employers().map((e) => e.id)).toEqual([1, 2, 3, 4, 7, 8]);
  });

  it('a row still waiting in the batch is not in the table: a row referring to it fails until the batch is flushed', () => {
    inTransaction(runtime.db, () => {
      const insert = batchedInsert(runtime.db, 'employers', COLUMNS, 4);
      const id = insert.add(employer(1));
      const vacancy = runtime.db.sqlite.prepare(
        "INSERT INTO vacancies (employer_id, title, posts, opened_on, public_welfare, developed_by_community, version, created_at, updated_at) VALUES (?, '保洁员', 1, '2026-12-01', 0, 0, 0, ?, ?)",
      );
      expect(() => vacancy.run(id, NOW, NOW)).toThrow(/FOREIGN KEY/);
      insert.flush();
      expect(() => vacancy.run(id, NOW, NOW)).not.toThrow();
    });
    expect(rowCount(runtime, 'vacancies')).toBe(1);
  });

  it('refuses a row with the wrong number of values before anything is written', () => {
    const before = dbFingerprint(runtime);
    expect(() =>
      inTransaction(runtime.db, () => {
        const insert = batchedInsert(runtime.db, 'employers', COLUMNS, 4);
        insert.add(employer(1));
        insert.add(['单位2', null]);
      }),
    ).toThrow(/2 values for 7 columns/);
    expect(dbFingerprint(runtime)).toEqual(before);
  });
});
