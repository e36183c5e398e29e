/**
 * households and household_flags (registry) as the standard workbook keys them: the export's rows, the import's
 * snapshot and writes.
 */
import type { HouseholdRecord } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { joinCommunitySql } from '../communities/community-sql';

type Bool = 0 | 1;

const b = (v: boolean): Bool => (v ? 1 : 0);

/** Household flag values on `date` (undated rows hold for every date; later dated rows override). */
function flagsOn(db: DeskDatabase, date: string): Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }> {
  const out = new Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }>();
  const rows = db.sqlite
    .prepare(
      `SELECT household_id AS id, flag, value FROM household_flags
        WHERE effective_from IS NULL OR effective_from <= ?
        ORDER BY household_id, flag, effective_from IS NOT NULL, effective_from`,
    )
    .iterate(date) as IterableIterator<{ id: number; flag: 'dibao' | 'urban' | 'business_income'; value: Bool }>;
  for (const row of rows) {
    let f = out.get(row.id);
    if (!f) {
      f = { dibao: false, urban: true, businessIncome: false };
      out.set(row.id, f);
    }
    if (row.flag === 'dibao') f.dibao = row.value === 1;
    else if (row.flag === 'urban') f.urban = row.value === 1;
    else f.businessIncome = row.value === 1;
  }
  return out;
}

/** Every household with its flags on `date`, by number. */
export function* readHouseholds(db: DeskDatabase, date: string): Generator<HouseholdRecord> {
  const flags = flagsOn(db, date);
  const rows = db.sqlite
    .prepare(`SELECT h.id, h.number, c.code AS communityCode, h.address FROM households h ${joinCommunitySql('c', 'h.community_id')} ORDER BY h.number`)
    .iterate() as IterableIterator<{ id: number; number: string; communityCode: string; address: string | null }>;
  for (const row of rows) {
    const f = flags.get(row.id) ?? { dibao: false, urban: true, businessIncome: false };
    yield { number: row.number, communityCode: row.communityCode, address: row.address, urban: f.urban, dibao: f.dibao, businessIncome: f.businessIncome };
  }
}

/** Row ids by household number. */
export function householdIdsByNumber(db: DeskDatabase): Map<string, number> {
  return new Map<string, number>(db.sqlite.prepare('SELECT number, id FROM households').raw().all() as [string, number][]);
}

/** Row ids of the households with these numbers (unknown ones are skipped). */
export function householdIdsByNumbers(db: DeskDatabase, numbers: readonly string[]): number[] {
  return db.sqlite.prepare('SELECT id FROM households WHERE number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(numbers)) as number[];
}

/**
 * Prepared writes of imported households (inside the caller's transaction): the row, and its undated flags written
 * afresh.
 */
export function householdRecordWriter(db: DeskDatabase, now: string): {
  insert(record: HouseholdRecord, communityId: number): number;
  update(record: HouseholdRecord, id: number, communityId: number): void;
  writeFlags(record: HouseholdRecord, householdId: number): void;
} {
  const s = db.sqlite;
  const ins = s.prepare('INSERT INTO households (number, community_id, address, version, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  const upd = s.prepare('UPDATE households SET community_id = ?, address = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const delFlags = s.prepare('DELETE FROM household_flags WHERE household_id = ? AND effective_from IS NULL');
  const insFlag = s.prepare('INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, ?, ?, NULL)');
  return {
    insert(h, communityId) {
      return Number(ins.run(h.number, communityId, h.address, now, now).lastInsertRowid);
    },
    update(h, id, communityId) {
      upd.run(communityId, h.address, now, id);
      delFlags.run(id);
    },
    writeFlags(h, householdId) {
      insFlag.run(householdId, 'dibao', b(h.dibao));
      insFlag.run(householdId, 'urban', b(h.urban));
      insFlag.run(householdId, 'business_income', b(h.businessIncome));
    },
  };
}
