/** Workbook 1.1: the optional 移户记录 sheet in import, dry-run counts and export; unknown sheets are warnings. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { makeIdNumber } from '../../shared/domain/id-number';
import type { HouseholdPopulation } from '../../shared/contract/population';
import { membershipMirrorProblems } from '../../db/repositories/registry/memberships-repo';
import { exportWorkbook } from '../../electron/services/workbook/export-workbook';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import type { PreparedImport } from '../../electron/services/workbook/import-workbook';
import { PERSON_A, PERSON_B, PERSON_C, validSheets, writeTestWorkbook } from '../fixtures/workbook-builder';
import type { SheetRows } from '../fixtures/workbook-builder';
import { dbFingerprint } from './support/db-fingerprint';
import { tempDir, tempRuntime } from './support/temp-runtime';

const TODAY = '2026-11-23';
const HEADER = ['身份证号码', '移户日期', '原户编号', '原与户主关系', '新户编号', '新与户主关系'];
let runtime: ReturnType<typeof tempRuntime>;
let dir: string;

beforeEach(() => {
  runtime = tempRuntime();
  dir = tempDir('desk-wb-moves-');
});
afterEach(() => {
  expect(membershipMirrorProblems(runtime.db)).toEqual([]);
  runtime.dispose();
});

async function prepare(sheets: SheetRows, name = 'moves.xlsx'): Promise<PreparedImport> {
  const path = join(dir, name);
  await writeTestWorkbook(path, sheets);
  return prepareImport(runtime.db, path, name, TODAY, () => undefined);
}

/** The valid street, where 李娜 (PERSON_B) lived in H0002 until she moved into H0001 on 2024-05-01 as 配偶. */
function withMoves(rows: unknown[][] = [[PERSON_B, '2024-05-01', 'H0002', '子女', 'H0001', '配偶']]): SheetRows {
  const sheets = validSheets();
  sheets['移户记录'] = [HEADER, ...(rows as SheetRows[string])];
  return sheets;
}

async function rejected(sheets: SheetRows, where: { sheet: string; row: number; column: string; message: RegExp }): Promise<void> {
  const before = dbFingerprint(runtime);
  const prepared = await prepare(sheets);
  expect(prepared.preview.ok).toBe(false);
  expect(prepared.preview.errors).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(where.message) }));
  expect(() => commitImport(runtime.db, runtime.caller(), prepared)).toThrow(AppError);
  expect(dbFingerprint(runtime)).toBe(before);
}

const periodsOf = (idNumber: string) =>
  runtime.db.sqlite
    .prepare(
      `SELECT h.number, m.relation, m.from_date AS "from", m.to_date AS "to" FROM household_memberships m
         JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
        WHERE p.id_number = ? ORDER BY m.from_date IS NOT NULL, m.from_date`,
    )
    .all(idNumber);

describe('移户记录 import', () => {
  it('writes the periods the moves give, counts them in the dry run, and the past sees the old household', async () => {
    const prepared = await prepare(withMoves());
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.counts['移户记录']).toEqual({ new: 1, changed: 0, unchanged: 0 });
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(periodsOf(PERSON_B)).toEqual([
      { number: 'H0002', relation: 'child', from: null, to: '2024-04-30' },
      { number: 'H0001', relation: 'spouse', from: '2024-05-01', to: null },
    ]);
    expect(periodsOf(PERSON_A)).toEqual([{ number: 'H0001', relation: 'head', from: null, to: null }]);
    const h2 = Number(runtime.db.sqlite.prepare("SELECT id FROM households WHERE number = 'H0002'").pluck().get());
    const household = async (asOf: string) => {
      const result = await runtime.call('population.household', { householdId: h2, asOf });
      return result.ok ? (result.value as HouseholdPopulation).members.length : -1;
    };
    expect(await household('2024-04-30')).toBe(1);
    expect(await household('2024-05-01')).toBe(0);

    const again = await prepare(withMoves());
    expect(again.preview.counts['移户记录']).toEqual({ new: 0, changed: 0, unchanged: 1 });
    expect(again.plan?.writes.memberships).toEqual([]);
  });

  it('a version 1 file (no sheet) keeps the recorded history of a person who stayed in the same household', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(withMoves()));
    const v1 = await prepare(validSheets());
    expect(v1.preview.counts['移户记录']).toBeUndefined();
    expect(v1.plan?.writes.memberships).toEqual([]);
  });

  it('exports one row per move, and the round trip keeps it', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(withMoves()));
    const out = join(dir, 'export.xlsx');
    await exportWorkbook(runtime.db, runtime.caller(), out, 'export.xlsx', TODAY, () => undefined);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('移户记录');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const row = sheet?.getRow(2).values as unknown[];
    expect([row[1], row[3], row[4], row[5], row[6]]).toEqual([PERSON_B, 'H0002', '子女', 'H0001', '配偶']);
    expect((row[2] as Date).toISOString().slice(0, 10)).toBe('2024-05-01');
    expect(sheet?.rowCount).toBe(2);
  });
});

describe('移户记录 that cannot be true: sheet, row and column named, nothing written', () => {
  it('a chain that does not end in the 人员 household', () =>
    rejected(withMoves([[PERSON_B, '2024-05-01', 'H0001', '子女', 'H0002', '配偶']]), {
      sheet: '移户记录',
      row: 2,
      column: '新户编号',
      message: /最后一次移户的新户编号应为“人员”表中该人的户编号 H0001/,
    }));

  it('a move into the household it comes from', () =>
    rejected(
      withMoves([
        [PERSON_B, '2020-01-01', 'H0002', '子女', 'H0001', '其他'],
        [PERSON_B, '2024-05-01', 'H0001', null, 'H0001', '配偶'],
      ]),
      { sheet: '移户记录', row: 3, column: '新户编号', message: /不是移户/ },
    ));

  it('a 原户编号 that is not the previous move’s 新户编号', () =>
    rejected(
      withMoves([
        [PERSON_B, '2020-01-01', 'H0002', '子女', 'H0001', '其他'],
        [PERSON_B, '2024-05-01', 'H0002', null, 'H0001', '配偶'],
      ]),
      { sheet: '移户记录', row: 3, column: '原户编号', message: /应为上一次移户的新户编号 H0001/ },
    ));

  it('two moves on one day', () =>
    rejected(
      withMoves([
        [PERSON_B, '2024-05-01', 'H0002', '子女', 'H0001', '配偶'],
        [PERSON_B, '2024-05-01', 'H0002', '子女', 'H0001', '配偶'],
      ]),
      { sheet: '移户记录', row: 3, column: '移户日期', message: /同一天只能移户一次/ },
    ));

  it('a person who is not in 人员', () =>
    rejected(withMoves([[makeIdNumber('110105', '1980-01-01', 11), '2024-05-01', 'H0002', null, 'H0001', '配偶']]), {
      sheet: '移户记录',
      row: 2,
      column: '身份证号码',
      message: /不在“人员”工作表中/,
    }));

  it('a household that exists nowhere', () =>
    rejected(withMoves([[PERSON_B, '2024-05-01', 'H9999', null, 'H0001', '配偶']]), { sheet: '移户记录', row: 2, column: '原户编号', message: /都不存在/ }));

  it('a move before birth', () =>
    rejected(withMoves([[PERSON_C, '2009-05-01', 'H0002', null, 'H0001', '子女']]), { sheet: '移户记录', row: 2, column: '移户日期', message: /须晚于出生日期/ }));

  it('two 户主 of one household on some date', () =>
    // 张小明 headed H0002 until he moved on 2024-01-01, and so did 李娜 until 2024-04-30: two heads in 2023.
    rejected(
      withMoves([
        [PERSON_C, '2024-01-01', 'H0002', '户主', 'H0001', '子女'],
        [PERSON_B, '2024-05-01', 'H0002', '户主', 'H0001', '配偶'],
      ]),
      { sheet: '移户记录', row: 3, column: '原与户主关系', message: /同一天一户只能有一位户主/ },
    ));

  it('a 户主 with no moves, and one who headed the same household for a while', () => {
    // 张伟 heads H0001 throughout (no moves); 李娜 headed it from 2024-05-01 until she moved back to H0002 on 2025-01-01.
    const sheets = withMoves([
      [PERSON_B, '2024-05-01', 'H0002', '子女', 'H0001', '户主'],
      [PERSON_B, '2025-01-01', 'H0001', '户主', 'H0002', '子女'],
    ]);
    const persons = sheets['人员'] as unknown[][];
    persons[2] = [PERSON_B, '李娜', '女', 'H0002', '子女', '完全', '有', null, null];
    return rejected(sheets, { sheet: '移户记录', row: 2, column: '新与户主关系', message: new RegExp(`H0001 在 2024-05-01已有户主（身份证号码 ${PERSON_A}）`) });
  });
});

describe('an unknown sheet', () => {
  it('is a warning, not silently skipped', async () => {
    const sheets = validSheets();
    sheets['备注'] = [['说明'], ['这是办公室自己的备注']];
    const prepared = await prepare(sheets);
    expect(prepared.preview.ok).toBe(true);
    expect(prepared.preview.warnings).toEqual([expect.objectContaining({ sheet: '备注', message: expect.stringContaining('不认识的工作表“备注”') })]);
  });
});
