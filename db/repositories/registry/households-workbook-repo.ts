/**
 * households and their flags as the standard workbook reads and writes them (docs/workbook-v2.md 家庭, 家庭状况变更):
 * the values without a date on the 家庭 row, the dated ones as one row per household and date.
 */
import type { DeskDatabase } from '../../desk-database';
import type { HouseholdFlagRecord, HouseholdRecord } from '../../../shared/domain/workbook/records';
import { HOUSEHOLD_FLAG_DEFAULTS } from '../../../shared/domain/population/household-flags';
import { batchedInsert } from '../batched-insert';
import { joinCommunitySql } from '../communities/community-sql';
import { lookedUpIds } from '../keyed-ids';
import type { KeyedIds } from '../keyed-ids';

type Bool = 0 | 1;
type FlagName = 'dibao' | 'urban' | 'business_income';

/** Flag values without a date, per household id (of every household, or of `householdIds`; a flag never recorded takes its default). */
function undatedFlags(db: DeskDatabase, householdIds?: readonly number[]): Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }> {
  const out = new Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }>();
  const only = householdIds === undefined ? '' : 'AND household_id IN (SELECT value FROM json_each(?))';
  const rows = db.sqlite
    .prepare(`SELECT household_id, flag, value FROM household_flags WHERE effective_from IS NULL ${only} ORDER BY id`)
    .raw()
    .iterate(...(householdIds === undefined ? [] : [JSON.stringify(householdIds)])) as IterableIterator<[number, FlagName, Bool]>;
  for (const [id, flag, value] of rows) {
    let f = out.get(id);
    if (!f) {
      f = { dibao: HOUSEHOLD_FLAG_DEFAULTS.dibao, urban: HOUSEHOLD_FLAG_DEFAULTS.urban, businessIncome: HOUSEHOLD_FLAG_DEFAULTS.business_income };
      out.set(id, f);
    }
    if (flag === 'dibao') f.dibao = value === 1;
    else if (flag === 'urban') f.urban = value === 1;
    else f.businessIncome = value === 1;
  }
  return out;
}

/**
 * The households a ledger's import can touch: those the persons with `idNumbers` belong or ever belonged to, and
 * those of the community `communityCode` or numbered after its code (where new households are placed and numbered).
 */
export interface HouseholdScope {
  idNumbers: readonly string[];
  communityCode: string | null;
}

const SCOPE_WHERE = `WHERE h.id IN (SELECT m.household_id FROM household_memberships m JOIN persons p ON p.id = m.person_id
                                     WHERE p.id_number IN (SELECT value FROM json_each($ids)))
     OR h.id IN (SELECT p.household_id FROM persons p WHERE p.id_number IN (SELECT value FROM json_each($ids)))
     OR c.code = $code OR substr(h.number, 1, length($code)) = $code`;

type HouseholdRow = [id: number, number: string, communityCode: string, address: string | null];

/** Every household (or those of `scope`) with its row id, by number. */
export function* householdSheetRows(db: DeskDatabase, scope?: HouseholdScope): Generator<{ id: number; record: HouseholdRecord }> {
  const select = db.sqlite.prepare(`SELECT h.id, h.number, c.code, h.address FROM households h ${joinCommunitySql('c', 'h.community_id')} ${scope ? SCOPE_WHERE : ''} ORDER BY h.number`).raw();
  let rows: Iterable<HouseholdRow>;
  let flags: ReturnType<typeof undatedFlags>;
  if (scope) {
    const scoped = select.all({ ids: JSON.stringify(scope.idNumbers), code: scope.communityCode }) as HouseholdRow[];
    flags = undatedFlags(db, scoped.map(([id]) => id));
    rows = scoped;
  } else {
    flags = undatedFlags(db);
    rows = select.iterate() as IterableIterator<HouseholdRow>;
  }
  for (const [id, number, communityCode, address] of rows) {
    const f = flags.get(id) ?? { dibao: HOUSEHOLD_FLAG_DEFAULTS.dibao, urban: HOUSEHOLD_FLAG_DEFAULTS.urban, businessIncome: HOUSEHOLD_FLAG_DEFAULTS.business_income };
    yield { id, record: { number, communityCode, address, urban: f.urban, dibao: f.dibao, businessIncome: f.businessIncome } };
  }
}

/** The dated flags, one record per household and date, by household number and date. */
export function* householdFlagSheetRows(db: DeskDatabase): Generator<HouseholdFlagRecord> {
  const rows = db.sqlite
    .prepare(
      `SELECT h.number, f.effective_from, f.flag, f.value FROM household_flags f JOIN households h ON h.id = f.household_id
        WHERE f.effective_from IS NOT NULL ORDER BY h.number, f.effective_from`,
    )
    .raw()
    .iterate() as IterableIterator<[string, string, FlagName, Bool]>;
  let current: HouseholdFlagRecord | null = null;
  for (const [number, effectiveFrom, flag, value] of rows) {
    if (current === null || current.householdNumber !== number || current.effectiveFrom !== effectiveFrom) {
      if (current !== null) yield current;
      current = { householdNumber: number, effectiveFrom, dibao: null, urban: null, businessIncome: null };
    }
    if (flag === 'dibao') current.dibao = value === 1;
    else if (flag === 'urban') current.urban = value === 1;
    else current.businessIncome = value === 1;
  }
  if (current !== null) yield current;
}

/** Row ids by 户编号: every household's read at once, or (`lookUp`) each one's when first asked for (keyed-ids.ts). */
export function householdIdsByNumber(db: DeskDatabase, lookUp = false): KeyedIds {
  if (lookUp) {
    const select = db.sqlite.prepare('SELECT id FROM households WHERE number = ?').pluck();
    return lookedUpIds((number) => select.get(number) as number | undefined);
  }
  return new Map(db.sqlite.prepare('SELECT number, id FROM households').raw().all() as [string, number][]);
}

/** Prepared writes of imported households and flags (inside the caller's transaction). */
export function householdSheetWriter(db: DeskDatabase, now: string): {
  insert(h: HouseholdRecord, communityId: number): number;
  update(h: HouseholdRecord, id: number, communityId: number): void;
  /** The 家庭 row's values: the flags without a date, replacing those recorded (`replace`: the household had some). */
  writeUndatedFlags(h: HouseholdRecord, householdId: number, replace: boolean): void;
  /**
   * A 家庭状况变更 row: each flag given is set from the date, each flag left empty has no change that day (`replace`:
   * the household had a row for that date).
   */
  writeDatedFlags(f: HouseholdFlagRecord, householdId: number, replace: boolean): void;
  /** Inserts the flags still waiting in their batch: at the end, and before anything reads them. */
  flush(): void;
} {
  const s = db.sqlite;
  const ins = s.prepare('INSERT INTO households (number, community_id, address, version, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  const upd = s.prepare('UPDATE households SET community_id = ?, address = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const delUndated = s.prepare('DELETE FROM household_flags WHERE household_id = ? AND effective_from IS NULL');
  const delDated = s.prepare('DELETE FROM household_flags WHERE household_id = ? AND effective_from = ?');
  // The flags (three a household and more) go in batches; each refers to a household already inserted.
  const insFlag = batchedInsert(db, 'household_flags', ['household_id', 'flag', 'value', 'effective_from']);
  const b = (v: boolean): Bool => (v ? 1 : 0);
  return {
    insert: (h, communityId) => Number(ins.run(h.number, communityId, h.address, now, now).lastInsertRowid),
    update: (h, id, communityId) => {
      upd.run(communityId, h.address, now, id);
    },
    writeUndatedFlags: (h, id, replace) => {
      // Only for a household already recorded: a bulk load runs without indexes, where each DELETE would scan the table.
      if (replace) {
        insFlag.flush();
        delUndated.run(id);
      }
      insFlag.add([id, 'dibao', b(h.dibao), null]);
      insFlag.add([id, 'urban', b(h.urban), null]);
      insFlag.add([id, 'business_income', b(h.businessIncome), null]);
    },
    writeDatedFlags: (f, id, replace) => {
      if (replace) {
        insFlag.flush();
        delDated.run(id, f.effectiveFrom);
      }
      if (f.dibao !== null) insFlag.add([id, 'dibao', b(f.dibao), f.effectiveFrom]);
      if (f.urban !== null) insFlag.add([id, 'urban', b(f.urban), f.effectiveFrom]);
      if (f.businessIncome !== null) insFlag.add([id, 'business_income', b(f.businessIncome), f.effectiveFrom]);
    },
    flush: () => insFlag.flush(),
  };
}
