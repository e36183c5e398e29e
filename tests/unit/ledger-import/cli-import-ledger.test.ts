import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_IDS, messyUnemployedLedger, writeLedgerXlsx } from '../../fixtures/ledger-builder';
import { cli, onlyJson } from '../support/cli-capture';
import { tempDir } from '../support/temp-runtime';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';

let dir: string;
let db: string;
const TODAY = '2026-11-20';

beforeEach(async () => {
  dir = tempDir('desk-cli-ledger-');
  db = join(dir, 'desk.sqlite');
  expect((await cli('init', '--db', db, '--street-name', '解放路街道', '--street-code', '321102001', '--today', TODAY)).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The street's community 金山社区 (321102001001), made through the API as the page does. */
async function addCommunity(): Promise<void> {
  const runtime = openDeskRuntime({ dataDir: dir, dbPath: db, migrationsDir: migrationsDir(), transport: 'browser' });
  const made = await runtime.call('communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
  runtime.close();
  expect(made.ok).toBe(true);
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('CLI import-ledger', () => {
  it('--kind services: the same JSON shape; a person not in the database is an error naming the row; again changes nothing', async () => {
    await addCommunity();
    const I = LEDGER_IDS;
    const persons = join(dir, '劳动力.csv');
    writeFileSync(persons, `姓名,身份证号码,家庭住址\n张伟,${I.zhang},金山路1号\n`);
    expect((await cli('import-ledger', persons, '--community', '321102001001', '--kind', 'labour', '--db', db, '--today', TODAY)).code).toBe(0);
    const path = join(dir, '服务台账.csv');
    writeFileSync(path, `姓名,身份证号码,服务日期,服务类型,服务内容\n张伟,${I.zhang},2026-03-04,职业指导,求职指导\n吴军,${I.wu},2026-03-05,职业指导,\n`);
    const before = sha(db);
    const dry = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'services', '--dry-run', '--json', '--db', db, '--today', TODAY);
    expect(dry.code).toBe(0);
    const doc = onlyJson(dry.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'sheet', 'headerRows', 'mapping', 'dataRows', 'rows', 'summary']);
    expect(doc).toMatchObject({ ok: true, headerRows: [1, 1], dataRows: 2, summary: { valid: 1, rejected: 1, duplicates: 0, warnings: 0 } });
    expect(doc.mapping).toEqual({ 姓名: 'name', 身份证号码: 'idNumber', 服务日期: 'serviceDate', 服务类型: 'serviceKind', 服务内容: 'serviceContent' });
    const rows = doc.rows as { row: number; status: string; issues: { message: string }[] }[];
    expect(rows[1]).toMatchObject({ row: 3, status: 'rejected' });
    expect(rows[1]?.issues[0]?.message).toContain('第 3 行');
    expect(sha(db)).toBe(before);
    const real = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'services', '--db', db, '--today', TODAY);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('服务记录 1 条');
    const again = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'services', '--db', db, '--today', TODAY);
    expect(again.stderr).toContain('服务记录 0 条');
    const training = join(dir, '培训台账.csv');
    writeFileSync(training, `姓名,身份证号码,培训时间,培训项目,学时\n张伟,${I.zhang},2026-05-10,育婴员,40\n`);
    const trained = await cli('import-ledger', training, '--community', '321102001001', '--kind', 'training', '--json', '--db', db, '--today', TODAY);
    expect(trained.code).toBe(0);
    expect(Object.keys(onlyJson(trained.stdout))).toEqual(['ok', 'sheet', 'headerRows', 'mapping', 'dataRows', 'rows', 'summary']);
    expect(onlyJson(trained.stdout)).toMatchObject({ ok: true, mapping: { 培训时间: 'serviceDate', 培训项目: 'course', 学时: 'hours' }, summary: { valid: 1 } });
    expect(trained.stderr).toContain('服务记录 1 条');
    const bad = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'payroll', '--db', db, '--today', TODAY);
    expect(bad.code).toBe(2);
    // A records ledger needs no --community.
    const bare = await cli('import-ledger', path, '--kind', 'services', '--dry-run', '--json', '--db', db, '--today', TODAY);
    expect(bare.code).toBe(0);
    expect(onlyJson(bare.stdout)).toMatchObject({ ok: true, summary: { valid: 1, rejected: 1 } });
  });

  it('--kind difficult and --kind vacancies without --community: the same JSON shape, "id" the 身份证 or null; again changes nothing', async () => {
    await addCommunity();
    const I = LEDGER_IDS;
    const persons = join(dir, '劳动力.csv');
    writeFileSync(persons, `姓名,身份证号码,家庭住址\n张伟,${I.zhang},金山路1号\n`);
    expect((await cli('import-ledger', persons, '--community', '321102001001', '--kind', 'labour', '--db', db, '--today', TODAY)).code).toBe(0);

    const difficult = join(dir, '困难人员.csv');
    writeFileSync(difficult, `姓名,身份证号码,认定类别,申请日期,审核结果,认定日期,审核人\n张伟,${I.zhang},4050人员,2026-01-05,认定,2026-01-12,李科长\n吴军,${I.wu},低保,2026-01-05,,,\n`);
    const before = sha(db);
    const dry = await cli('import-ledger', difficult, '--kind', 'difficult', '--dry-run', '--json', '--db', db, '--today', TODAY);
    expect(dry.code).toBe(0);
    const doc = onlyJson(dry.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'sheet', 'headerRows', 'mapping', 'dataRows', 'rows', 'summary']);
    expect(doc).toMatchObject({ ok: true, summary: { valid: 1, rejected: 1, duplicates: 0, warnings: 0 } });
    expect(doc.rows).toEqual([
      { row: 2, status: 'valid', id: I.zhang, convertedFrom: null, issues: [] },
      { row: 3, status: 'rejected', id: I.wu, convertedFrom: null, issues: [{ column: '身份证号码', severity: 'error', message: expect.stringContaining('不在数据库中') }] },
    ]);
    expect(sha(db)).toBe(before);
    const real = await cli('import-ledger', difficult, '--kind', 'difficult', '--db', db, '--today', TODAY);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('困难认定新增 1 条');
    const again = await cli('import-ledger', difficult, '--kind', 'difficult', '--db', db, '--today', TODAY);
    expect(again.stderr).toContain('困难认定新增 0 条、办理审核或退出 0 条');

    const vacancies = join(dir, '岗位.csv');
    writeFileSync(vacancies, `单位名称,联系人,联系电话,岗位名称,招聘人数,薪资,发布日期\n金山超市,王经理,13900001111,收银员,3,3500,2026-03-01\n`);
    const posted = await cli('import-ledger', vacancies, '--kind', 'vacancies', '--json', '--db', db, '--today', TODAY);
    expect(posted.code).toBe(0);
    const vdoc = onlyJson(posted.stdout);
    expect(Object.keys(vdoc)).toEqual(['ok', 'sheet', 'headerRows', 'mapping', 'dataRows', 'rows', 'summary']);
    expect(vdoc.rows).toEqual([{ row: 2, status: 'valid', id: null, convertedFrom: null, issues: [] }]);
    expect(posted.stderr).toContain('用工单位新增 1 家');
    expect(posted.stderr).toContain('岗位新增 1 个');
  });

  it('--dry-run --json prints the issue’s document and writes nothing; without --dry-run it imports; again changes nothing', async () => {
    const path = join(dir, '台账.xlsx');
    await writeLedgerXlsx(path, messyUnemployedLedger());
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ 电话: null, 手机号码: 'phone', 公民身份号码: 'idNumber', 姓名: 'name', 家庭住址: 'address', '失业情况/失业时间': 'unemployedSince', '失业情况/失业原因': 'unemploymentReason', '失业情况/是否登记': 'registered' }));
    await addCommunity();

    const before = sha(db);
    const dry = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'unemployed', '--mapping', mapping, '--dry-run', '--json', '--db', db, '--today', TODAY);
    expect(dry.code).toBe(0);
    const doc = onlyJson(dry.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'sheet', 'headerRows', 'mapping', 'dataRows', 'rows', 'summary']);
    expect(doc).toMatchObject({ ok: true, sheet: '台账', headerRows: [3, 4], dataRows: 9, summary: { valid: 4, rejected: 4, duplicates: 1, warnings: 3 } });
    expect((doc.mapping as Record<string, string>)['手机号码']).toBe('phone');
    const rows = doc.rows as { row: number; status: string; id: string | null; convertedFrom: string | null; issues: { column: string; severity: string; message: string }[] }[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['row', 'status', 'id', 'convertedFrom', 'issues']);
    expect(rows.find((r) => r.row === 7)).toMatchObject({ status: 'valid', convertedFrom: LEDGER_IDS.wang15 });
    expect(rows.find((r) => r.row === 13)).toMatchObject({ status: 'duplicate', id: LEDGER_IDS.zhang });
    expect(sha(db)).toBe(before);

    const real = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'unemployed', '--mapping', mapping, '--json', '--db', db, '--today', TODAY);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('新增 4 人');
    const again = await cli('import-ledger', path, '--community', '321102001001', '--kind', 'unemployed', '--mapping', mapping, '--db', db, '--today', TODAY);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('新增 0 人、更新 0 人、新建 0 户、失业登记 0 条');
  });

  it('a file that is not a spreadsheet: exit 1, ok false with the message, nothing written', async () => {
    const path = join(dir, 'x.pdf');
    writeFileSync(path, Buffer.from('%PDF-1.4\n\u0000\u0001\u0002binary'));
    await addCommunity();
    const before = sha(db);
    const out = await cli('import-ledger', path, '--community', '321102001001', '--json', '--db', db, '--today', TODAY);
    expect(out.code).toBe(1);
    expect(onlyJson(out.stdout)).toMatchObject({ ok: false, error: { message: expect.stringContaining('不是电子表格') } });
    expect(sha(db)).toBe(before);
  });

  it('usage: --community is required for the kinds that add persons (naming the flag), --kind must be known', async () => {
    const bare = await cli('import-ledger', 'x.xlsx', '--db', db);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--community');
    const unemployed = await cli('import-ledger', 'x.xlsx', '--kind', 'unemployed', '--db', db);
    expect(unemployed.code).toBe(2);
    expect(unemployed.stderr).toContain('请用 --community 给出社区代码');
    expect((await cli('import-ledger', 'x.xlsx', '--community', '321102001001', '--kind', 'payroll', '--db', db)).code).toBe(2);
  });
});
