/**
 * Workbook version 2: each new sheet's rows and its references to other sheets (or to the database) are checked,
 * every problem names its sheet, row and column, and nothing is written (the database is unchanged); dry-run counts
 * cover the new sheets; a version 1 file imported over version 2 data leaves what it has no column for.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import type { PreparedImport } from '../../electron/services/workbook/import-workbook';
import { validSheets, writeTestWorkbook } from '../fixtures/workbook-builder';
import type { SheetRows } from '../fixtures/workbook-builder';
import { PERSON_A, PERSON_B, v2Sheets } from '../fixtures/workbook-v2-builder';
import { dbFingerprint } from './support/db-fingerprint';
import { rowCount, tempDir, tempRuntime } from './support/temp-runtime';

const TODAY = '2026-11-23';
let runtime: ReturnType<typeof tempRuntime>;
let dir: string;

beforeEach(() => {
  runtime = tempRuntime();
  dir = tempDir('desk-wb2-');
});
afterEach(() => runtime.dispose());

async function prepare(sheets: SheetRows, name = 'v2.xlsx'): Promise<PreparedImport> {
  const path = join(dir, name);
  await writeTestWorkbook(path, sheets);
  return prepareImport(runtime.db, path, name, TODAY, () => undefined);
}

/** Prepares, expects a problem at `where`, and proves nothing was written. */
async function rejected(sheets: SheetRows, where: { sheet: string; row: number | null; column: string; message: RegExp }): Promise<void> {
  const before = dbFingerprint(runtime);
  const prepared = await prepare(sheets);
  expect(prepared.preview.ok).toBe(false);
  expect(prepared.preview.errors).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(where.message) }));
  expect(() => commitImport(runtime.db, runtime.caller(), prepared)).toThrow(AppError);
  expect(dbFingerprint(runtime)).toBe(before);
}

function edit(mutate: (s: SheetRows) => void, base: SheetRows = v2Sheets()): SheetRows {
  mutate(base);
  return base;
}

/** The rows of sheet `name` (header first) to change in place. */
const rows = (s: SheetRows, name: string) => s[name] as unknown[][];

describe('version 2 import', () => {
  it('counts every sheet in the dry run, writes every kind, and links what the rows name', async () => {
    const prepared = await prepare(v2Sheets());
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.counts).toMatchObject({
      用工单位: { new: 2, changed: 0, unchanged: 0 },
      岗位: { new: 2, changed: 0, unchanged: 0 },
      家庭状况变更: { new: 2, changed: 0, unchanged: 0 },
      就业愿望: { new: 4, changed: 0, unchanged: 0 },
      服务记录: { new: 5, changed: 0, unchanged: 0 },
      家庭服务记录: { new: 2, changed: 0, unchanged: 0 },
      困难认定: { new: 2, changed: 0, unchanged: 0 },
      援助协议: { new: 1, changed: 0, unchanged: 0 },
      援助措施: { new: 2, changed: 0, unchanged: 0 },
      投诉: { new: 3, changed: 0, unchanged: 0 },
    });
    commitImport(runtime.db, runtime.caller(), prepared);
    const one = <T>(sql: string) => runtime.db.sqlite.prepare(sql).get() as T;
    expect(one(`SELECT e.name AS employer, v.title FROM service_records s JOIN vacancies v ON v.id = s.vacancy_id JOIN employers e ON e.id = v.employer_id`)).toEqual({
      employer: '金山超市有限公司',
      title: '收银员',
    });
    expect(one(`SELECT e.name FROM employment_spells s JOIN employers e ON e.id = s.employer_id`)).toEqual({ name: '银山物流有限公司' });
    expect(one(`SELECT s.date, s.kind FROM assistance_measures m JOIN service_records s ON s.id = m.service_record_id`)).toEqual({ date: '2026-03-19', kind: 'referral' });
    expect(rowCount(runtime, 'service_records')).toBe(7);
    expect(Number(one<{ n: number }>(`SELECT COUNT(*) AS n FROM service_records WHERE agreement_id IS NOT NULL`).n)).toBe(3);
    expect(one(`SELECT status, recognised_on AS recognisedOn FROM difficulty_recognitions WHERE applied_on = '2026-03-05'`)).toEqual({ status: 'recognised', recognisedOn: '2026-03-10' });
    expect(one(`SELECT valid, judged_on AS judgedOn, validity_reason AS reason, resolved_on AS resolvedOn FROM complaints WHERE date = '2026-05-06' ORDER BY id LIMIT 1`)).toEqual({
      valid: 0,
      judgedOn: '2026-05-08',
      reason: '窗口排队属实但未超时限',
      resolvedOn: '2026-05-12',
    });
    expect(runtime.db.sqlite.prepare("SELECT flag, value, effective_from AS f FROM household_flags WHERE effective_from IS NOT NULL ORDER BY f, flag").all()).toEqual([
      { flag: 'business_income', value: 0, f: '2024-01-01' },
      { flag: 'urban', value: 1, f: '2024-01-01' },
      { flag: 'dibao', value: 0, f: '2025-07-01' },
    ]);
    expect(one(`SELECT from_date AS arrived FROM household_memberships m JOIN persons p ON p.id = m.person_id WHERE p.id_number = '${PERSON_B}'`)).toEqual({ arrived: '2012-10-01' });

    const again = await prepare(v2Sheets());
    for (const [sheet, c] of Object.entries(again.preview.counts)) expect(c, sheet).toMatchObject({ new: 0, changed: 0 });
  });

  it('a second import that changes a household’s flags replaces them, undated and dated, and adds the new ones', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(v2Sheets()));
    const sheets = edit((s) => {
      rows(s, '家庭')[1] = ['H0001', '321102001001', '金山路 1 号', '农村', '是', '否'];
      rows(s, '家庭状况变更')[1] = ['H0002', '2025-07-01', '是', null, null];
      rows(s, '家庭状况变更').push(['H0002', '2026-02-01', null, null, '是']);
    });
    const prepared = await prepare(sheets, 'flags.xlsx');
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.counts['家庭状况变更']).toEqual({ new: 1, changed: 1, unchanged: 1 });
    commitImport(runtime.db, runtime.caller(), prepared);
    const flags = runtime.db.sqlite
      .prepare('SELECT h.number, f.flag, f.value, f.effective_from AS f FROM household_flags f JOIN households h ON h.id = f.household_id ORDER BY h.number, f, f.flag')
      .all();
    expect(flags).toEqual([
      { number: 'H0001', flag: 'business_income', value: 0, f: null },
      { number: 'H0001', flag: 'dibao', value: 1, f: null },
      { number: 'H0001', flag: 'urban', value: 0, f: null },
      { number: 'H0001', flag: 'business_income', value: 0, f: '2024-01-01' },
      { number: 'H0001', flag: 'urban', value: 1, f: '2024-01-01' },
      { number: 'H0002', flag: 'business_income', value: 0, f: null },
      { number: 'H0002', flag: 'dibao', value: 1, f: null },
      { number: 'H0002', flag: 'urban', value: 0, f: null },
      { number: 'H0002', flag: 'dibao', value: 1, f: '2025-07-01' },
      { number: 'H0002', flag: 'business_income', value: 1, f: '2026-02-01' },
    ]);
  });

  it('a version 1 file over version 2 data leaves what it has no column for', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(v2Sheets()));
    const v1 = validSheets();
    rows(v1, '服务记录')[2] = [PERSON_B, '2026-03-19', '职业介绍', '拒绝', '金山超市 收银员'];
    const prepared = await prepare(v1, 'v1.xlsx');
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.counts['服务记录']).toEqual({ new: 0, changed: 0, unchanged: 2 });
    // The version 1 file names another 工作单位 for the first spell: that changes; its 用工单位 and 岗位 stay.
    expect(prepared.preview.counts['就业记录']).toEqual({ new: 0, changed: 1, unchanged: 1 });
    commitImport(runtime.db, runtime.caller(), prepared);
    const spell = runtime.db.sqlite.prepare("SELECT employer_name AS name, employer_id IS NOT NULL AS linked, post FROM employment_spells WHERE start_date = '2010-03-01'").get();
    expect(spell).toEqual({ name: '金山机械厂', linked: 1, post: '装卸工' });
    expect(runtime.db.sqlite.prepare("SELECT clerk, vacancy_id IS NOT NULL AS linked FROM service_records WHERE kind = 'referral'").get()).toEqual({ clerk: '王芳', linked: 1 });
    expect(runtime.db.sqlite.prepare('SELECT contact FROM communities ORDER BY code LIMIT 1').pluck().get()).toBe('王丽 0511-85011234');
    expect(runtime.db.sqlite.prepare("SELECT wished_job FROM employment_wishes WHERE recorded_on = '2026-03-02'").pluck().get()).toBe('收银员');
  });

  it('refers to records already in the database', async () => {
    commitImport(runtime.db, runtime.caller(), await prepare(v2Sheets()));
    const later: SheetRows = {
      社区: [['社区代码', '社区名称', '类型']],
      家庭: [['户编号', '社区代码', '户籍类型', '低保户', '经营性投资性收入']],
      人员: [['身份证号码', '姓名', '户编号', '与户主关系', '劳动能力']],
      就业记录: [['身份证号码', '开始日期', '就业形式']],
      失业登记: [['身份证号码', '登记日期', '失业原因']],
      服务记录: [
        ['身份证号码', '日期', '服务类型', '结果', '内容', '岗位单位', '岗位名称', '岗位发布日期', '协议签订日期'],
        [PERSON_B, '2026-05-20', '职业介绍', '待定', '超市理货', '金山超市有限公司', '收银员', '2026-02-20', null],
        [PERSON_B, '2026-05-21', '跟踪回访', null, '上门回访', null, null, null, '2026-03-12'],
      ],
      援助措施: [
        ['身份证号码', '协议签订日期', '措施类别', '措施内容', '计划日期', '完成日期', '关联服务日期', '关联服务类型', '关联服务内容'],
        [PERSON_B, '2026-03-12', '职业指导', '求职指导', '2026-03-04', null, null, null, null],
      ],
      投诉: [['社区代码', '日期', '内容', '是否有效']],
    };
    // A measure planned before the signing is refused; moved after it, everything refers to the database's records.
    await rejected(later, { sheet: '援助措施', row: 2, column: '计划日期', message: /早于协议签订日期/ });
    rows(later, '援助措施')[1] = [PERSON_B, '2026-03-12', '职业指导', '求职指导', '2026-05-20', null, null, null, null];
    const prepared = await prepare(later, 'later.xlsx');
    expect(prepared.preview.errors).toEqual([]);
    expect(prepared.preview.counts['服务记录']).toEqual({ new: 2, changed: 0, unchanged: 0 });
    commitImport(runtime.db, runtime.caller(), prepared);
    expect(rowCount(runtime, 'assistance_measures')).toBe(3);
  });
});

describe('version 2 references and rules, located, nothing written', () => {
  it('a vacancy of a missing employer', () =>
    rejected(edit((s) => (rows(s, '岗位')[2] = ['不存在的公司', '仓库管理员', '2025-06-01', null, 1, null, 4100.5, '2025-07-15', '否', '否'])), {
      sheet: '岗位',
      row: 3,
      column: '单位名称',
      message: /用工单位“不存在的公司”在“用工单位”工作表和数据库中都不存在/,
    }));

  it('a referral to a missing vacancy', () =>
    rejected(
      edit((s) => (rows(s, '服务记录')[2] = [PERSON_B, '2026-03-19', '职业介绍', '拒绝', '金山超市 收银员', null, '王芳', null, null, '金山超市有限公司', '收银员', '2026-02-21', null])),
      { sheet: '服务记录', row: 3, column: '岗位名称', message: /在“岗位”工作表和数据库中都不存在/ },
    ));

  it('a spell with a missing employer', () =>
    rejected(edit((s) => (rows(s, '就业记录')[1] = [PERSON_A, '2010-03-01', '2020-06-30', '单位就业', null, '金山机械厂', null, null, null])), {
      sheet: '就业记录',
      row: 2,
      column: '用工单位',
      message: /用工单位“金山机械厂”/,
    }));

  it('a dated flag and a household service of a missing household', async () => {
    const sheets = edit((s) => {
      rows(s, '家庭状况变更')[1] = ['H0009', '2025-07-01', '否', null, null];
      rows(s, '家庭服务记录')[1] = ['H0009', '2026-04-10', '跟踪回访', '上门走访', null, '王芳', null, null, null, null, null];
    });
    await rejected(sheets, { sheet: '家庭状况变更', row: 2, column: '户编号', message: /户编号 H0009/ });
    await rejected(sheets, { sheet: '家庭服务记录', row: 2, column: '户编号', message: /户编号 H0009/ });
  });

  it('a referral given to a household', () =>
    rejected(edit((s) => (rows(s, '家庭服务记录')[1] = ['H0001', '2026-04-10', '职业介绍', '上门走访', null, '王芳', null, null, null, null, null])), {
      sheet: '家庭服务记录',
      row: 2,
      column: '服务类型',
      message: /只能登记到个人/,
    }));

  it('an agreement under a missing, a refused, or a later recognition', async () => {
    await rejected(edit((s) => (rows(s, '援助协议')[1] = [PERSON_B, '2026-03-12', '2026-03-06', '王芳', '三个月内实现就业', null, null, null])), {
      sheet: '援助协议',
      row: 2,
      column: '认定申请日期',
      message: /2026-03-06 申请的认定在“困难认定”工作表和数据库中都不存在/,
    });
    await rejected(
      edit((s) => {
        rows(s, '困难认定')[1] = [PERSON_B, '2026-03-05', '长期失业', '否', '不予认定', '2026-03-10', '李科长', '不符合条件'];
      }),
      { sheet: '援助协议', row: 2, column: '认定申请日期', message: /只能与已认定的就业困难人员签订/ },
    );
    await rejected(edit((s) => (rows(s, '援助协议')[1] = [PERSON_B, '2026-03-08', '2026-03-05', '王芳', '三个月内实现就业', null, null, null])), {
      sheet: '援助协议',
      row: 2,
      column: '签订日期',
      message: /不能早于认定日期（2026-03-10）/,
    });
  });

  it('an agreement still open after its recognition ended, or closed before its last follow-up', async () => {
    await rejected(
      edit((s) => (rows(s, '困难认定')[1] = [PERSON_B, '2026-03-05', '长期失业', '否', '认定', '2026-03-10', '李科长', null, '2026-06-01', '已实现就业'])),
      { sheet: '援助协议', row: 2, column: '终止日期', message: /已于 2026-06-01 退出，协议须在当日或以前终止/ },
    );
    await rejected(edit((s) => (rows(s, '援助协议')[1] = [PERSON_B, '2026-03-12', '2026-03-05', '王芳', '三个月内实现就业', null, '2026-04-01', '已实现就业'])), {
      sheet: '援助协议',
      row: 2,
      column: '终止日期',
      message: /不能早于协议下最后一次回访或措施完成的日期（2026-04-15）/,
    });
  });

  it('a measure of a missing agreement, or linked to a missing service', async () => {
    await rejected(edit((s) => (rows(s, '援助措施')[2] = [PERSON_B, '2026-03-13', '职业培训', '电子商务培训', '2026-12-01', null, null, null, null, null])), {
      sheet: '援助措施',
      row: 3,
      column: '协议签订日期',
      message: /2026-03-13 签订的援助协议/,
    });
    await rejected(
      edit((s) => (rows(s, '援助措施')[1] = [PERSON_B, '2026-03-12', '职业介绍', '推荐超市收银岗位', '2026-03-19', '2026-03-19', '2026-03-19', '职业介绍', '别的内容', null])),
      { sheet: '援助措施', row: 2, column: '关联服务日期', message: /这条服务记录（别的内容）在“服务记录”工作表和数据库中都不存在/ },
    );
  });

  it('a follow-up under a missing agreement', () =>
    rejected(edit((s) => (rows(s, '服务记录')[4] = [PERSON_B, '2026-04-15', '跟踪回访', null, '电话回访', null, '王芳', '仍在求职', null, null, null, null, '2026-03-15'])), {
      sheet: '服务记录',
      row: 5,
      column: '协议签订日期',
      message: /2026-03-15 签订的援助协议/,
    }));

  it('two recognitions of one person at once', () =>
    rejected(edit((s) => rows(s, '困难认定').push([PERSON_B, '2026-04-01', '其他', '否'])), {
      sheet: '困难认定',
      row: 4,
      column: '申请日期',
      message: /时间重叠/,
    }));

  it('a refusal without its reason; 五清 half filled', async () => {
    await rejected(edit((s) => (rows(s, '困难认定')[2] = [PERSON_A, '2019-01-05', '4050人员', '否', '不予认定', '2019-01-20', '李科长', null])), {
      sheet: '困难认定',
      row: 3,
      column: '审核意见',
      message: /不予认定时须填写理由/,
    });
    await rejected(edit((s) => (rows(s, '困难认定')[1] = [PERSON_B, '2026-03-05', '长期失业', '否', '认定', '2026-03-10', '李科长', null, null, null, '是', null, '是'])), {
      sheet: '困难认定',
      row: 2,
      column: '五清-家庭情况',
      message: /五清五项须都填写/,
    });
  });

  it('a 序号 that skips a number, and two identical records without one', async () => {
    await rejected(edit((s) => (rows(s, '投诉')[2] = ['321102001001', '2026-05-06', '办事排队时间长', null, 3, null, null, null, null])), {
      sheet: '投诉',
      row: 3,
      column: '序号',
      message: /序号应从 1 起连续编号/,
    });
    await rejected(edit((s) => (rows(s, '服务记录')[5] = [PERSON_B, '2026-04-15', '跟踪回访', null, '电话回访', null, '王芳', '约定面试', null, null, null, null, '2026-03-12'])), {
      sheet: '服务记录',
      row: 6,
      column: '序号',
      message: /须以序号区分，与第 5 行重复/,
    });
  });

  it('an arrival after the first move', () =>
    rejected(
      edit((s) => {
        s['移户记录'] = [
          ['身份证号码', '移户日期', '原户编号', '原与户主关系', '新户编号', '新与户主关系'],
          [PERSON_B, '2012-05-01', 'H0002', '子女', 'H0001', '配偶'],
        ];
      }),
      { sheet: '人员', row: 3, column: '迁入日期', message: /须早于此人第一次移户的日期 2012-05-01/ },
    ));

  it('a repeated employer; a wish in both 人员 and 就业愿望', async () => {
    await rejected(edit((s) => rows(s, '用工单位').push(['金山超市有限公司', null, null, null])), {
      sheet: '用工单位',
      row: 4,
      column: '单位名称',
      message: /与第 2 行重复/,
    });
    await rejected(
      edit((s) => {
        rows(s, '人员')[0]?.push('就业愿望');
        rows(s, '人员')[1]?.push('有');
      }),
      { sheet: '人员', row: 2, column: '就业愿望', message: /已有此人不限日期的就业愿望/ },
    );
  });

  it('bad cells of the new sheets', async () => {
    await rejected(edit((s) => (rows(s, '岗位')[1] = ['金山超市有限公司', '收银员', '2026-02-20', '321102001001', 3, null, '三千', null, '否', '是'])), {
      sheet: '岗位',
      row: 2,
      column: '工资',
      message: /应为数字/,
    });
    await rejected(edit((s) => (rows(s, '就业愿望')[4] = [PERSON_B.replace(/.$/, 'X'), null, '无', null, null, null, null, null])), {
      sheet: '就业愿望',
      row: 5,
      column: '身份证号码',
      message: /校验/,
    });
    await rejected(edit((s) => (rows(s, '投诉')[3] = ['321102001002', '2026-06-01', '培训通知不及时', null, null, null, '反映属实', null, null])), {
      sheet: '投诉',
      row: 4,
      column: '认定理由',
      message: /须同时填写是否有效/,
    });
    await rejected(edit((s) => (rows(s, '用工单位')[2] = ['银山物流有限公司', null, null, '2025-01-01'])), {
      sheet: '用工单位',
      row: 3,
      column: '结对日期',
      message: /须同时填写结对社区代码/,
    });
  });
});
