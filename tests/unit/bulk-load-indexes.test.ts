import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withIndexesDeferred } from '../../db/repositories/system/maintenance-repo';
import { inTransaction } from '../../db/transaction';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import { sourceFromStreetData, writeWorkbook } from '../../electron/services/workbook/write-workbook';
import { onePersonStreet } from '../fixtures/one-person-street';
import { dbFingerprint } from './support/db-fingerprint';
import { rowCount, tempDir, tempRuntime } from './support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;
beforeEach(() => {
  runtime = tempRuntime();
});
afterEach(() => runtime.dispose());

function indexSql(): string[] {
  return (runtime.db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]).sort();
}

describe('bulk loads build indexes after the rows', () => {
  it('a large first import ends with exactly the same indexes, and they are used', async () => {
    const before = indexSql();
    const data = onePersonStreet(25_000);
    const path = join(tempDir('desk-bulk-'), 'bulk.xlsx');
    await writeWorkbook(path, sourceFromStreetData(data));
    const prepared = await prepareImport(runtime.db, path, 'bulk.xlsx', '2026-11-23', () => undefined);
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(rowCount(runtime, 'service_records')).toBe(25_000);
    expect(indexSql()).toEqual(before);
    const plan = runtime.db.sqlite.prepare('EXPLAIN QUERY PLAN SELECT * FROM service_records WHERE person_id = 1 AND date = ?').all('2025-03-03');
    expect(JSON.stringify(plan)).toContain('services_person_date_idx');
  });

  it('a duplicate found when a unique index is rebuilt rolls everything back, indexes included', () => {
    const before = indexSql();
    const fingerprint = dbFingerprint(runtime);
    expect(() =>
      inTransaction(runtime.db, () =>
        withIndexesDeferred(runtime.db, () => {
          const now = new Date().toISOString();
          runtime.db.sqlite.prepare("INSERT INTO communities (code, name, kind, created_at, updated_at) VALUES ('321102001001', '甲', 'community', ?, ?)").run(now, now);
          runtime.db.sqlite.prepare("INSERT INTO households (number, community_id, created_at, updated_at) VALUES ('H1', 1, ?, ?)").run(now, now);
          const person = runtime.db.sqlite.prepare(
            "INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, created_at, updated_at) VALUES (?, '甲', 'M', '1980-01-01', 1, 'head', 'full', ?, ?)",
          );
          person.run('110105198001010011', now, now);
          person.run('110105198001010011', now, now);
        }),
      ),
    ).toThrow(/UNIQUE/);
    expect(indexSql()).toEqual(before);
    expect(dbFingerprint(runtime)).toBe(fingerprint);
  });
});
