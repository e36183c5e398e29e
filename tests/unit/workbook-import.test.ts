import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { idCheckChar } from '../../shared/domain/id-number';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import type { PreparedImport } from '../../electron/services/workbook/import-workbook';
import { PERSON_A, PERSON_B, validSheets, writeTestWorkbook } from '../fixtures/workbook-builder';
import type { SheetRows } from '../fixtures/workbook-builder';
import { dbFingerprint } from './support/db-fingerprint';
import { rowCount, tempDir, tempRuntime } from './support/temp-runtime';

const TODAY = '2026-11-23';
let runtime: ReturnType<typeof tempRuntime>;
let dir: string;

beforeEach(() => {
  runtime = tempRuntime();
  dir = tempDir('desk-wb-');
});
afterEach(() => runtime.dispose());

async function prepare(sheets: SheetRows, name = 'test.xlsx'): Promise<PreparedImport> {
  const path = join(dir, name);
  await writeTestWorkbook(path, sheets);
  return prepareImport(runtime.db, path, name, TODAY, () => undefined);
}

/** Prepares, expects rejection with a problem matching `where`, and proves nothing was written. */
async function expectRejected(sheets: SheetRows, where: { sheet?: string; row?: number | null; column?: string | null; message: RegExp }) {
  const before = dbFingerprint(runtime);
  const prepared = await prepare(sheets);
  expect(prepared.preview.ok).toBe(false);
  expect(prepared.preview.errors).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(where.message) }));
  expect(() => commitImport(runtime.db, runtime.caller(), prepared)).toThrow(AppError);
  expect(dbFingerprint(runtime)).toBe(before);
  return prepared.preview;
}

function edit(mutate: (s: SheetRows) => void): SheetRows {
  const sheets = validSheets();
  mutate(sheets);
  return sheets;
}

describe('import of the standard workbook', () => {
  it('previews, then writes everything in one go, then sees it all unchanged', async () => {
    const before = dbFingerprint(runtime);
    const prepared = await prepare(validSheets());
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.ok).toBe(true);
    expect(prepared.preview.counts).toMatchObject({
      街道: { new: 1, changed: 0, unchanged: 0 },
      社区: { new: 2, changed: 0, unchanged: 0 },
      人员: { new: 3, changed: 0, unchanged: 0 },
      服务记录: { new: 2, changed: 0, unchanged: 0 },
    });
    expect(dbFingerprint(runtime)).toBe(before);
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(rowCount(runtime, 'persons')).toBe(3);
    expect(rowCount(runtime, 'employment_spells')).toBe(2);
    expect(rowCount(runtime, 'household_flags')).toBe(6);
    const dates = runtime.db.sqlite.prepare('SELECT date FROM service_records ORDER BY date').pluck().all();
    expect(dates).toEqual(['2026-03-04', '2026-03-19']);
    expect(runtime.db.sqlite.prepare('SELECT name_initials FROM persons WHERE name = ?').pluck().get('张伟')).toBe('zw');
    expect(rowCount(runtime, 'packages')).toBe(1);

    const again = await prepare(validSheets());
    expect(Object.values(again.preview.counts).every((c) => c.new === 0 && c.changed === 0)).toBe(true);
  });

  it('counts changed rows and updates them', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(validSheets()));
    const changed = edit((s) => {
      (s['社区'] as unknown[][])[1] = ['321102001001', '金山新社区', '社区'];
      (s['服务记录'] as unknown[][])[2] = [PERSON_B, 46100, '职业介绍', '录用', '金山超市 收银员'];
    });
    const prepared = await prepare(changed);
    expect(prepared.preview.counts['社区']).toEqual({ new: 0, changed: 1, unchanged: 1 });
    expect(prepared.preview.counts['服务记录']).toEqual({ new: 0, changed: 1, unchanged: 1 });
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(runtime.db.sqlite.prepare("SELECT referral_result FROM service_records WHERE kind = 'referral'").pluck().get()).toBe('hired');
  });

  it("takes 是否有效 as judged on the complaint's own date, new or changed", async () => {
    const judged = () => runtime.db.sqlite.prepare('SELECT date, valid, judged_on AS judgedOn FROM complaints').all();
    commitImport(runtime.db, runtime.caller(), await prepare(validSheets()));
    expect(judged()).toEqual([{ date: '2026-05-06', valid: 0, judgedOn: '2026-05-06' }]);
    runtime.db.sqlite.prepare("UPDATE complaints SET judged_on = '2026-06-01'").run();
    const prepared = await prepare(edit((s) => ((s['投诉'] as unknown[][])[1] = ['321102001001', '2026-05-06', '办事排队时间长', '是'])));
    expect(prepared.preview.counts['投诉']).toEqual({ new: 0, changed: 1, unchanged: 0 });
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(judged()).toEqual([{ date: '2026-05-06', valid: 1, judgedOn: '2026-05-06' }]);
  });

  it('refuses to commit a preview made before the database changed', async () => {
    const prepared = await prepare(validSheets());
    await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
    const before = dbFingerprint(runtime);
    expect(() => commitImport(runtime.db, runtime.caller(), prepared)).toThrow(/重新预览/);
    expect(dbFingerprint(runtime)).toBe(before);
  });

  it('keeps a formula-looking name as text', async () => {
    const sheets = edit((s) => {
      (s['人员'] as unknown[][])[1] = [PERSON_A, '=HYPERLINK("http://x","点我")', '男', 'H0001', '户主', '完全', '有', null, '否'];
      (s['社区'] as unknown[][])[2] = ['321102001002', { formula: 'HYPERLINK("http://y","银山")', result: '银山' }, '村'];
    });
    const prepared = await prepare(sheets);
    expect(prepared.preview.errors).toEqual([]);
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(runtime.db.sqlite.prepare('SELECT name FROM persons WHERE id_number = ?').pluck().get(PERSON_A)).toBe('=HYPERLINK("http://x","点我")');
    expect(runtime.db.sqlite.prepare("SELECT name FROM communities WHERE code = '321102001002'").pluck().get()).toBe('=HYPERLINK("http://y","银山")');
  });

  it('converts a 15-digit ID number and finds the duplicate of its 18-digit form', async () => {
    const id15 = `${PERSON_A.slice(0, 6)}${PERSON_A.slice(8, 17)}`;
    await expectRejected(
      edit((s) => (s['人员'] as unknown[][]).push([id15, '张伟二', '男', 'H0002', '户主', '完全', '有', null, null])),
      { sheet: '人员', row: 5, column: '身份证号码', message: /与第 2 行重复/ },
    );
  });
});

describe('bad files are refused with a clear reason and nothing written', () => {
  async function refusedFile(bytes: Buffer, pattern: RegExp) {
    const before = dbFingerprint(runtime);
    const path = join(dir, 'bad.xlsx');
    writeFileSync(path, bytes);
    await expect(prepareImport(runtime.db, path, 'bad.xlsx', TODAY, () => undefined)).rejects.toThrow(pattern);
    expect(dbFingerprint(runtime)).toBe(before);
  }

  it('a renamed text file', () => refusedFile(Buffer.from('姓名,身份证号码\n张伟,110105\n'), /不是 Excel 工作簿/));
  it('an empty file', () => refusedFile(Buffer.alloc(0), /空文件/));
  it('a legacy .xls', () => refusedFile(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]), /旧版 Excel/));
  it('a password-protected workbook', () =>
    refusedFile(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100)]), /密码/));
  it('a damaged zip', async () => {
    const before = dbFingerprint(runtime);
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(300, 7)]));
    const prepared = await prepareImport(runtime.db, path, 'broken.xlsx', TODAY, () => undefined);
    expect(prepared.preview.ok).toBe(false);
    expect(prepared.preview.errors[0]?.message).toMatch(/已损坏/);
    expect(dbFingerprint(runtime)).toBe(before);
  });
});

describe('bad rows are located by sheet, row and column', () => {
  it('a missing required sheet', () => expectRejected(edit((s) => delete s['人员']), { sheet: '人员', message: /缺少必需的工作表“人员”/ }));

  it('a missing required column', () =>
    expectRejected(
      edit((s) => {
        s['社区'] = (s['社区'] as unknown[][]).map((r) => [r[0], r[2]]) as SheetRows[string];
      }),
      { sheet: '社区', row: 1, column: '社区名称', message: /缺少必需的列“社区名称”/ },
    ));

  it('an unknown column, named', () =>
    expectRejected(
      edit((s) => {
        s['社区'] = (s['社区'] as unknown[][]).map((r, i) => [...r, i === 0 ? '负责人' : '王五']) as SheetRows[string];
      }),
      { sheet: '社区', row: 1, column: 'D', message: /不认识的列“负责人”/ },
    ));

  it('a bad ID checksum', () => {
    const bad = PERSON_A.slice(0, 17) + (idCheckChar(PERSON_A.slice(0, 17)) === '1' ? '2' : '1');
    return expectRejected(
      edit((s) => ((s['人员'] as unknown[][])[1] = [bad, '张伟', '男', 'H0001', '户主', '完全', '有', null, '否'])),
      { sheet: '人员', row: 2, column: '身份证号码', message: /校验位错误/ },
    );
  });

  it('a gender that disagrees with the number', () =>
    expectRejected(
      edit((s) => ((s['人员'] as unknown[][])[1] = [PERSON_A, '张伟', '女', 'H0001', '户主', '完全', '有', null, '否'])),
      { sheet: '人员', row: 2, column: '性别', message: /与身份证号码不符/ },
    ));

  it('a person pointing at a missing household', () =>
    expectRejected(
      edit((s) => ((s['人员'] as unknown[][])[2] = [PERSON_B, '李娜', '女', 'H9999', '配偶', '完全', '有', null, null])),
      { sheet: '人员', row: 3, column: '户编号', message: /H9999 在“家庭”工作表和数据库中都不存在/ },
    ));

  it('a service of an unknown person', () =>
    expectRejected(
      edit((s) => (s['服务记录'] as unknown[][]).push([PERSON_A.slice(0, 6) + '19990101001' + idCheckChar(PERSON_A.slice(0, 6) + '19990101001'), '2026-01-01', '培训', null, null])),
      { sheet: '服务记录', row: 4, column: '身份证号码', message: /都不存在/ },
    ));

  it('overlapping spells', () =>
    expectRejected(
      edit((s) => (s['就业记录'] as unknown[][]).push([PERSON_A, '2020-06-30', '2020-12-31', '外出务工', null])),
      { sheet: '就业记录', row: 4, column: '开始日期', message: /时间重叠/ },
    ));

  it('结束日期 before 开始日期', () =>
    expectRejected(
      edit((s) => ((s['就业记录'] as unknown[][])[1] = [PERSON_A, '2010-03-01', '2009-06-30', '单位就业', null])),
      { sheet: '就业记录', row: 2, column: '结束日期', message: /早于开始日期/ },
    ));

  it('a nonsense date', () =>
    expectRejected(
      edit((s) => ((s['投诉'] as unknown[][])[1] = ['321102001001', '上个月', '办事排队时间长', '否'])),
      { sheet: '投诉', row: 2, column: '日期', message: /应为日期/ },
    ));

  it('a date in the future', () =>
    expectRejected(
      edit((s) => ((s['投诉'] as unknown[][])[1] = ['321102001001', '2027-01-01', '办事排队时间长', '否'])),
      { sheet: '投诉', row: 2, column: '日期', message: /晚于今天/ },
    ));

  it('是/否 holding another word', () =>
    expectRejected(
      edit((s) => ((s['家庭'] as unknown[][])[1] = ['H0001', '321102001001', null, '城镇', '有', '否'])),
      { sheet: '家庭', row: 2, column: '低保户', message: /应填“是”或“否”/ },
    ));

  it('a community outside the street', () =>
    expectRejected(
      edit((s) => ((s['社区'] as unknown[][])[2] = ['110101001002', '别处社区', '社区'])),
      { sheet: '社区', row: 3, column: '社区代码', message: /必须以本街道代码 321102001 开头/ },
    ));

  it('two heads in one household', () =>
    expectRejected(
      edit((s) => ((s['人员'] as unknown[][])[2] = [PERSON_B, '李娜', '女', 'H0001', '户主', '完全', '有', null, null])),
      { sheet: '人员', row: 3, column: '与户主关系', message: /一户只能有一个户主/ },
    ));

  it('无 wish without a reason', () =>
    expectRejected(
      edit((s) => ((s['人员'] as unknown[][])[3] = [(s['人员'] as unknown[][])[3]?.[0] as string, '张小明', null, 'H0001', '子女', '完全', '无', null, '是'])),
      { sheet: '人员', row: 4, column: '无愿望原因', message: /必须填写原因/ },
    ));

  it('lists every problem, not just the first', async () => {
    const preview = await expectRejected(
      edit((s) => {
        (s['投诉'] as unknown[][])[1] = ['321102001001', '上个月', '办事排队时间长', '也许'];
        (s['家庭'] as unknown[][])[1] = ['H0001', '321102001001', null, '城里', '有', '否'];
      }),
      { sheet: '投诉', row: 2, column: '是否有效', message: /“是”或“否”/ },
    );
    expect(preview.errors.length).toBeGreaterThanOrEqual(4);
  });
});

describe('an import keeps the derived state current', () => {
  it('re-importing a closed spell makes the family a zero-employment family from the next day', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(validSheets()));
    const householdId = Number(runtime.db.sqlite.prepare("SELECT id FROM households WHERE number = 'H0001'").pluck().get());
    const before = await runtime.call('population.household', { householdId, asOf: '2026-06-01' });
    expect(before.ok && (before.value as { episodes: { kind: string; presentOnDate: boolean }[] }).episodes.filter((e) => e.presentOnDate)).toEqual([]);

    const closed = edit((s) => ((s['就业记录'] as unknown[][])[2] = [PERSON_A, new Date(Date.UTC(2021, 0, 4)), '2025-12-31', '灵活就业', null]));
    const prepared = await prepare(closed);
    expect(prepared.preview.counts['就业记录']).toEqual({ new: 0, changed: 1, unchanged: 1 });
    commitImport(runtime.db, runtime.caller(), prepared);

    const after = await runtime.call('population.household', { householdId, asOf: '2026-06-01' });
    const episodes = after.ok ? (after.value as { episodes: { kind: string; appeared: string; presentOnDate: boolean }[] }).episodes : [];
    expect(episodes).toContainEqual(expect.objectContaining({ kind: 'zero_employment', appeared: '2026-01-01', presentOnDate: true }));
  });
});
