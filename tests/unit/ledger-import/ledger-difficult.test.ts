/**
 * 就业困难人员台账 (ledger kind `difficult`): the 认定类别 and 审核结论 words, the row checks, and the import through
 * the API under the person page's own rules — a person not in the database, an unknown category, a second
 * recognition while one is in force, dates out of order, a review without its 审核人 are rejected naming the column;
 * the same person, category and day is the same recognition (duplicate in the file, unchanged in the database, or
 * taken further: reviewed, exited); a decision already recorded is never rewritten; the database is unchanged by
 * a preview and by a file with nothing importable; the same file again changes nothing. No community is asked for.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerCommitted, LedgerDocument, LedgerInspection } from '../../../shared/contract/ledger-import';
import { checkRow } from '../../../shared/domain/ledger-import/check-row';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import { suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import { normaliseDecision, normaliseRecognitionCategory } from '../../../shared/domain/ledger-import/normalise-recognition';
import { LEDGER_IDS } from '../../fixtures/ledger-builder';
import { ledgerApi } from './ledger-api';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult, untilJobEnds } from '../support/follow-job';
import { rowCount } from '../support/temp-runtime';

const I = LEDGER_IDS;

describe('认定类别 and 审核结论 words', () => {
  it.each([
    ['4050人员', '4050'],
    ['4050 人员', '4050'],
    ['大龄', '4050'],
    ['低保户', 'dibao'],
    ['零就业家庭', 'zero_employment'],
    ['残疾人', 'disabled'],
    ['长期失业人员', 'long_term_unemployed'],
    ['被征地农民', 'landless'],
    ['其它', 'other'],
    [null, null],
  ])('category %s → %s', (word, category) => {
    expect(normaliseRecognitionCategory(word)).toEqual({ ok: true, value: category });
  });

  it('an unknown category is refused, listing the categories', () => {
    const outcome = normaliseRecognitionCategory('贫困');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain('4050 人员、低保、零就业家庭成员');
  });

  it.each([
    ['认定', 'recognised'],
    ['审核通过', 'recognised'],
    ['不予认定', 'refused'],
    ['未通过', 'refused'],
    ['待审核', null],
    [null, null],
  ])('decision %s → %s', (word, decision) => {
    expect(normaliseDecision(word)).toEqual({ ok: true, value: decision });
  });
});

describe('就业困难人员台账 row checks', () => {
  const columns: ColumnsByField = {
    name: { index: 0, header: '姓名' },
    idNumber: { index: 1, header: '身份证号' },
    category: { index: 2, header: '人员类别' },
    appliedOn: { index: 3, header: '申请时间' },
    decision: { index: 4, header: '审核结果' },
    reviewedOn: { index: 5, header: '认定时间' },
    reviewer: { index: 6, header: '审核人' },
    reviewNote: { index: 7, header: '审核意见' },
    exitedOn: { index: 8, header: '退出时间' },
    exitReason: { index: 9, header: '退出原因' },
  };
  const check = (cells: (string | number | null)[], cols = columns) => checkRow(5, cells, cols, { kind: 'difficult', today: '2026-11-20' });

  it('suggests the columns from the header words (no community, person or vacancy fields)', () => {
    const headers = ['序号', '姓名', '身份证号', '人员类别', '申请时间', '审核结果', '认定时间', '审核人', '退出时间', '退出原因', '家庭住址'].map((h) => ({ key: h, match: h }));
    expect(suggestMapping(headers, 'difficult')).toEqual({
      序号: null,
      姓名: 'name',
      身份证号: 'idNumber',
      人员类别: 'category',
      申请时间: 'appliedOn',
      审核结果: 'decision',
      认定时间: 'reviewedOn',
      审核人: 'reviewer',
      退出时间: 'exitedOn',
      退出原因: 'exitReason',
      家庭住址: null,
    });
  });

  it('a recognised, exited row is read whole', () => {
    const row = check(['张伟', I.zhang, '4050人员', '2026-1-5', '认定', '2026.01.12', '李科长', null, '2026-06-01', '已就业']);
    expect(row.issues).toEqual([]);
    expect(row.values.recognition).toMatchObject({ category: '4050', appliedOn: '2026-01-05', decision: 'recognised', reviewedOn: '2026-01-12', reviewer: '李科长', exitedOn: '2026-06-01', exitReason: '已就业' });
  });

  it('without a 申请日期 column the 认定日期 is the application day, said as a warning; without a 审核结论 column a 认定日期 means 认定', () => {
    const { appliedOn: _a, decision: _d, ...rest } = columns;
    const row = check(['张伟', I.zhang, '低保', null, null, '2026-02-03', '李科长', null, null, null], rest);
    expect(row.values.recognition).toMatchObject({ appliedOn: '2026-02-03', appliedOnFromReview: true, decision: 'recognised' });
    expect(row.issues).toEqual([{ column: '申请日期', severity: 'warning', message: expect.stringContaining('按认定日期 2026-02-03 记为申请日期') }]);
  });

  it.each([
    [['张伟', I.zhang, null, '2026-01-05', null, null, null, null, null, null], '人员类别', '认定类别为空'],
    [['张伟', I.zhang, '贫困户', '2026-01-05', null, null, null, null, null, null], '人员类别', '无法识别'],
    [['张伟', I.zhang, '低保', null, null, null, null, null, null, null], '申请时间', '申请日期为空'],
    [['张伟', I.zhang, '低保', '2026-12-01', null, null, null, null, null, null], '申请时间', '晚于今天'],
    [['张伟', I.zhang, '低保', '2026.01', null, null, null, null, null, null], '申请时间', '只有年月'],
    [['张伟', I.zhang, '低保', '2026-01-05', '同意吧', '2026-01-12', '李科长', null, null, null], '审核结果', '无法识别'],
    [['张伟', I.zhang, '低保', '2026-01-05', null, '2026-01-12', '李科长', null, null, null], '审核结果', '审核结论却为空'],
    [['张伟', I.zhang, '低保', '2026-01-05', '认定', null, '李科长', null, null, null], '认定时间', '须填写审核（认定）日期'],
    [['张伟', I.zhang, '低保', '2026-01-05', '认定', '2026-01-12', null, null, null, null], '审核人', '须填写审核人'],
    [['张伟', I.zhang, '低保', '2026-01-05', '不予认定', '2026-01-12', '李科长', null, null, null], '审核意见', '须填写理由'],
    [['张伟', I.zhang, '低保', '2026-01-05', null, null, '李科长', null, null, null], '审核人', '待审核'],
    [['张伟', I.zhang, '低保', '2026-01-05', null, null, null, null, '2026-06-01', '已就业'], '退出时间', '只有已认定的可以退出'],
    [['张伟', I.zhang, '低保', '2026-01-05', '认定', '2026-01-12', '李科长', null, '2026-06-01', null], '退出原因', '须同时填写退出原因'],
    [['张伟', '32110219800412121', '低保', '2026-01-05', null, null, null, null, null, null], '身份证号', ''],
  ])('%j: an error at column %s (%s)', (cells, column, text) => {
    const error = check(cells).issues.find((i) => i.severity === 'error');
    expect(error).toMatchObject({ column });
    expect(error?.message).toContain(text);
  });

  it('the boundaries: today is accepted as a day of application', () => {
    expect(check(['张伟', I.zhang, '低保', '2026-11-20', null, null, null, null, null, null]).issues).toEqual([]);
  });
});

describe('就业困难人员台账 through the API', () => {
  const api = ledgerApi('desk-ledger-difficult-');
  const { call, csv, rows } = api;
  const preview = (file: string, kind: string, community: number | null = null) => api.preview(file, kind, community);

  async function withPersons(): Promise<void> {
    const file = csv('劳动力.csv', ['姓名,身份证号码,家庭住址', `张伟,${I.zhang},金山路1号`, `李娜,${I.li},金山路1号`, `赵磊,${I.zhao},金山路2号`]);
    const { jobId } = await preview(file, 'labour', api.communityId);
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(rowCount(api.runtime, 'persons')).toBe(3);
  }

  const recognitions = () => JSON.stringify(api.runtime.db.sqlite.prepare('SELECT * FROM difficulty_recognitions ORDER BY id').all());

  const LEDGER = [
    '金山社区就业困难人员台账',
    '序号,姓名,身份证号,认定类别,申请日期,审核结果,认定日期,审核人,退出日期,退出原因',
    `1,张伟,${I.zhang},4050人员,2026-01-05,认定,2026-01-12,李科长,,`,
    `2,李娜,${I.li},低保,2026-02-01,,,,,`,
    `3,张伟,${I.zhang},大龄,2026.01.05,通过,2026-01-12,李科长,,`,
    `4,吴军,${I.wu},残疾,2026-02-01,,,,,`,
    `5,李娜,${I.li},喝茶,2026-03-01,,,,,`,
    `6,张伟,${I.zhang},其他,2026-03-01,,,,,`,
    `7,赵磊,${I.zhao},失地农民,2026-03-10,认定,2026-03-01,李科长,,`,
    `8,王五,${I.zhao},其他,2026-04-01,,,,,`,
    '制表人：王芳,,,,,,,,,',
  ];

  it('previews without a community, writes nothing, commits the valid rows, and the same file again changes nothing', async () => {
    await withPersons();
    const file = csv('困难人员台账.csv', LEDGER);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file, 'difficult');
    expect(result).toMatchObject({ ok: true, kind: 'difficult', headerRows: [2, 2], dataRows: 8 });
    expect(result.summary).toMatchObject({ valid: 2, rejected: 5, duplicates: 1, new: 2, newHouseholds: 0 });
    const byRow = await rows(jobId);
    expect(byRow.get(3)).toMatchObject({ status: 'valid', change: 'new', household: null });
    expect(byRow.get(3)?.differences.map((d) => d.field)).toEqual(['困难认定', '审核结论']);
    expect(byRow.get(4)).toMatchObject({ status: 'valid', change: 'new' });
    expect(byRow.get(5)).toMatchObject({ status: 'duplicate' });
    expect(byRow.get(5)?.issues[0]?.message).toContain('第 3 行');
    // A person not in the database: this ledger adds no one.
    expect(byRow.get(6)?.issues[0]).toMatchObject({ column: '身份证号', severity: 'error', message: expect.stringContaining('不在数据库中') });
    expect(byRow.get(7)?.issues[0]).toMatchObject({ column: '认定类别', message: expect.stringContaining('喝茶') });
    // The page's rule: one recognition applied for or in force at a time (row 3 recognised 张伟).
    expect(byRow.get(8)?.issues[0]).toMatchObject({ column: '身份证号', message: expect.stringContaining('不能重复申请') });
    // The page's rule: reviewed no earlier than applied.
    expect(byRow.get(9)?.issues[0]).toMatchObject({ column: '认定日期', message: expect.stringContaining('审核日期不能早于申请日期（2026-03-10）') });
    expect(byRow.get(10)?.issues[0]).toMatchObject({ column: '姓名', message: expect.stringContaining('（赵磊）不符') });
    expect(dbFingerprint(api.runtime)).toBe(before);

    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    expect(doc.rows.find((r) => r.row === 3)).toMatchObject({ status: 'valid', id: I.zhang });

    const committed = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId })) as LedgerCommitted;
    expect(committed).toMatchObject({ persons: { new: 0, changed: 0 }, households: 0, recognitions: { new: 2, changed: 0 } });
    const written = api.runtime.db.sqlite.prepare('SELECT category, status, applied_on AS appliedOn, recognised_on AS recognisedOn, reviewer, five_clear AS fiveClear FROM difficulty_recognitions ORDER BY applied_on').all();
    expect(written).toEqual([
      { category: '4050', status: 'recognised', appliedOn: '2026-01-05', recognisedOn: '2026-01-12', reviewer: '李科长', fiveClear: null },
      { category: 'dibao', status: 'applied', appliedOn: '2026-02-01', recognisedOn: null, reviewer: null, fiveClear: null },
    ]);
    expect(rowCount(api.runtime, 'persons')).toBe(3);

    const settled = recognitions();
    const again = await preview(file, 'difficult');
    expect(again.preview.summary).toMatchObject({ valid: 2, new: 0, updates: 0, unchanged: 2 });
    const second = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: again.jobId })) as LedgerCommitted;
    expect(second.recognitions).toEqual({ new: 0, changed: 0 });
    expect(recognitions()).toBe(settled);
  });

  it('a later ledger takes a recognition further (reviewed, exited) and never rewrites a decision', async () => {
    await withPersons();
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: (await preview(csv('first.csv', LEDGER), 'difficult')).jobId });
    const file = csv('later.csv', [
      '姓名,身份证号,认定类别,申请日期,审核结果,认定日期,审核人,审核意见,退出日期,退出原因',
      `李娜,${I.li},低保,2026-02-01,认定,2026-02-10,李科长,,,`,
      `张伟,${I.zhang},4050,2026-01-05,认定,2026-01-12,李科长,,2026-06-01,已就业`,
      `张伟,${I.zhang},低保,2026-01-05,,,,,,`,
      `赵磊,${I.zhao},残疾,2026-03-10,不予认定,2026-03-12,李科长,材料不全,,`,
    ]);
    const { jobId, preview: result } = await preview(file, 'difficult');
    expect(result.summary).toMatchObject({ valid: 3, rejected: 1, new: 1, updates: 2 });
    const byRow = await rows(jobId);
    expect(byRow.get(2)).toMatchObject({ change: 'update', differences: [{ field: '审核结论', before: '待审核', after: '2026-02-10 认定' }] });
    expect(byRow.get(3)).toMatchObject({ change: 'update', differences: [{ field: '退出', before: null, after: '2026-06-01 退出（已就业）' }] });
    expect(byRow.get(4)?.issues[0]).toMatchObject({ column: '认定类别', message: expect.stringContaining('导入不改已有认定的类别') });
    expect(byRow.get(5)).toMatchObject({ status: 'valid', change: 'new' });
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    const statuses = api.runtime.db.sqlite.prepare('SELECT status, exited_on AS exitedOn FROM difficulty_recognitions ORDER BY applied_on').all();
    expect(statuses).toEqual([
      { status: 'exited', exitedOn: '2026-06-01' },
      { status: 'recognised', exitedOn: null },
      { status: 'refused', exitedOn: null },
    ]);

    const before = dbFingerprint(api.runtime);
    const contrary = csv('contrary.csv', ['姓名,身份证号,认定类别,申请日期,审核结果,认定日期,审核人,审核意见', `李娜,${I.li},低保,2026-02-01,不予认定,2026-02-10,李科长,不符合`]);
    const refused = await preview(contrary, 'difficult');
    expect(refused.preview).toMatchObject({ ok: false, summary: { valid: 0, rejected: 1 } });
    const row = (await rows(refused.jobId)).get(2);
    expect(row?.issues[0]).toMatchObject({ column: '审核结果', message: expect.stringContaining('导入不改已审核的认定') });
    const status = await api.runtime.call('ledgerImport.commit', { previewJobId: refused.jobId });
    if (status.ok) expect((await untilJobEnds(api.runtime, (status.value as { jobId: string }).jobId)).error?.message).toContain('没有可导入的行');
    else expect(status.error.message).toContain('没有可导入的行');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });

  it('what the import does not change (审核人, 特别困难 of a recognition already recorded) is a warning under its column', async () => {
    await withPersons();
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: (await preview(csv('first.csv', LEDGER), 'difficult')).jobId });
    const settled = recognitions();
    const file = csv('again.csv', ['姓名,身份证号,认定类别,申请日期,审核结果,认定日期,审核人,特别困难', `张伟,${I.zhang},4050人员,2026-01-05,认定,2026-01-12,王科长,是`]);
    const { jobId, preview: result } = await preview(file, 'difficult');
    expect(result.summary).toMatchObject({ valid: 1, unchanged: 1, warnings: 1 });
    expect((await rows(jobId)).get(2)?.issues).toEqual([
      { column: '特别困难', severity: 'warning', message: expect.stringContaining('特别困难与库中不同（库中：否）') },
      { column: '审核人', severity: 'warning', message: '审核人与库中不同（库中：李科长）；本次导入不改' },
    ]);
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(recognitions()).toBe(settled);
  });

  it('a roster without 申请日期 finds the recognition by its category and 认定日期; a new one is applied and recognised that day', async () => {
    await withPersons();
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: (await preview(csv('first.csv', LEDGER), 'difficult')).jobId });
    const file = csv('花名册.csv', ['姓名,身份证号,认定类别,认定时间,审核人', `张伟,${I.zhang},4050人员,2026-01-12,李科长`, `赵磊,${I.zhao},残疾,2026-03-12,李科长`]);
    const { jobId, preview: result } = await preview(file, 'difficult');
    expect(result.summary).toMatchObject({ valid: 2, new: 1, unchanged: 1, warnings: 2 });
    const byRow = await rows(jobId);
    expect(byRow.get(2)).toMatchObject({ change: 'unchanged', issues: [{ column: '申请日期', severity: 'warning' }] });
    expect(byRow.get(3)?.differences).toEqual([
      { field: '困难认定', before: null, after: '2026-03-12 申请（残疾）' },
      { field: '审核结论', before: '待审核', after: '2026-03-12 认定' },
    ]);
  });

  it('a community clerk: persons of another community are refused row by row, another community is refused for labour', async () => {
    await withPersons();
    const other = await call<{ id: number }>('communities.create', { code: '321102001002', name: '银山社区', kind: 'community', contact: null });
    const elsewhere = csv('银山.csv', ['姓名,身份证号码,家庭住址', `孙丽,${I.sun},银山路3号`]);
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: (await preview(elsewhere, 'labour', other.id)).jobId });
    await call('users.create', { username: 'li', displayName: '李', role: 'community_clerk', communityId: api.communityId, password: 'clerk-password-1' });
    const signed = await api.runtime.doorCall('clerk', 'auth.signIn', { username: 'li', password: 'clerk-password-1' });
    expect(signed.ok).toBe(true);

    const file = csv('困难.csv', ['姓名,身份证号,认定类别,申请日期', `张伟,${I.zhang},低保,2026-01-05`, `孙丽,${I.sun},低保,2026-01-05`]);
    const inspection = await api.runtime.doorCall('clerk', 'ledgerImport.inspect', { file, sheet: null });
    if (!inspection.ok) throw new Error(inspection.error.message);
    const mapping = (inspection.value as LedgerInspection).suggestions.difficult;
    const before = dbFingerprint(api.runtime);
    const started = await api.runtime.doorCall('clerk', 'ledgerImport.preview', { file, sheet: null, kind: 'difficult', communityId: null, mapping, saveAs: null });
    if (!started.ok) throw new Error(started.error.message);
    const jobId = (started.value as { jobId: string }).jobId;
    expect((await untilJobEnds(api.runtime, jobId)).result).toMatchObject({ summary: { valid: 1, rejected: 1 } });
    const byRow = await rows(jobId);
    expect(byRow.get(2)).toMatchObject({ status: 'valid', change: 'new' });
    expect(byRow.get(3)?.issues[0]).toMatchObject({ column: '身份证号', message: expect.stringContaining('社区经办人只能查看和处理本社区的数据') });
    expect(dbFingerprint(api.runtime)).toBe(before);

    const labour = await api.runtime.doorCall('clerk', 'ledgerImport.preview', { file, sheet: null, kind: 'labour', communityId: other.id, mapping: {}, saveAs: null });
    expect(labour.ok ? '' : labour.error.code).toBe('FORBIDDEN');

    // The same for a 服务记录台账: its records are about the own community's persons only.
    const services = csv('服务.csv', ['姓名,身份证号码,服务日期,服务类型', `张伟,${I.zhang},2026-03-04,职业指导`, `孙丽,${I.sun},2026-03-04,职业指导`]);
    const servicesMapping = { 姓名: 'name', 身份证号码: 'idNumber', 服务日期: 'serviceDate', 服务类型: 'serviceKind' };
    // (The refused call above is itself audited: the database is compared from here.)
    const unchanged = dbFingerprint(api.runtime);
    const served = await api.runtime.doorCall('clerk', 'ledgerImport.preview', { file: services, sheet: null, kind: 'services', communityId: null, mapping: servicesMapping, saveAs: null });
    if (!served.ok) throw new Error(served.error.message);
    const servedJob = (served.value as { jobId: string }).jobId;
    expect((await untilJobEnds(api.runtime, servedJob)).result).toMatchObject({ summary: { valid: 1, rejected: 1 } });
    expect((await rows(servedJob)).get(3)?.issues[0]).toMatchObject({ column: '身份证号码', message: expect.stringContaining('此人属于银山社区') });
    expect(dbFingerprint(api.runtime)).toBe(unchanged);
  });

  it('the mapping must say which columns hold the category and a date; labour still needs its community', async () => {
    const file = csv('缺列.csv', ['姓名,身份证号码,备注', `张伟,${I.zhang},x`]);
    const before = dbFingerprint(api.runtime);
    const message = async (input: Record<string, unknown>) => {
      const started = await api.runtime.call('ledgerImport.preview', { file, sheet: null, saveAs: null, ...input });
      return started.ok ? (await untilJobEnds(api.runtime, (started.value as { jobId: string }).jobId)).error?.message : started.error.message;
    };
    expect(await message({ kind: 'difficult', communityId: null, mapping: { 姓名: 'name', 身份证号码: 'idNumber', 备注: 'category' } })).toContain('“申请日期”');
    expect(await message({ kind: 'difficult', communityId: null, mapping: { 姓名: 'name', 身份证号码: 'idNumber', 备注: null } })).toContain('“认定类别”');
    expect(await message({ kind: 'labour', communityId: null, mapping: { 姓名: 'name', 身份证号码: 'idNumber', 备注: null } })).toContain('请选择社区');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });
});
