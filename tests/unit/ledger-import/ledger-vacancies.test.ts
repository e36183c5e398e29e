/**
 * 岗位台账 (ledger kind `vacancies`): the row checks (招聘人数, 薪资, dates) and the import through the API under
 * 用工单位's own rules — employers matched by their name, new ones created and shown as new, an existing one's
 * 联系人及电话 updated field by field; a vacancy named by employer, title and 发布日期 (duplicate in the file,
 * unchanged or updated in the database); a row the page would refuse (招满 before 发布 …) rejected naming the column;
 * the database unchanged by the preview; the same file again changes nothing. No community, no 身份证.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerCommitted, LedgerDocument } from '../../../shared/contract/ledger-import';
import { checkRow } from '../../../shared/domain/ledger-import/check-row';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import { suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import { ledgerApi } from './ledger-api';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult, untilJobEnds } from '../support/follow-job';
import { rowCount } from '../support/temp-runtime';

describe('岗位台账 row checks', () => {
  const columns: ColumnsByField = {
    employer: { index: 0, header: '用人单位' },
    employerContact: { index: 1, header: '联系人' },
    employerPhone: { index: 2, header: '联系电话' },
    vacancyTitle: { index: 3, header: '招聘岗位' },
    posts: { index: 4, header: '人数' },
    wage: { index: 5, header: '工资待遇' },
    openedOn: { index: 6, header: '发布日期' },
    filledOn: { index: 7, header: '招满日期' },
  };
  const check = (cells: (string | number | null)[]) => checkRow(4, cells, columns, { kind: 'vacancies', today: '2026-11-20' });

  it('suggests the columns: 联系电话 is the employer’s here, not a person’s', () => {
    const headers = ['序号', '用人单位', '联系人', '联系电话', '招聘岗位', '人数', '工资待遇', '任职要求', '发布日期'].map((h) => ({ key: h, match: h }));
    expect(suggestMapping(headers, 'vacancies')).toEqual({
      序号: null,
      用人单位: 'employer',
      联系人: 'employerContact',
      联系电话: 'employerPhone',
      招聘岗位: 'vacancyTitle',
      人数: 'posts',
      工资待遇: 'wage',
      任职要求: 'vacancySkills',
      发布日期: 'openedOn',
    });
    expect(suggestMapping(headers, 'labour')['联系电话']).toBe('phone');
  });

  it.each([
    ['3500', 3500],
    [3500, 3500],
    ['3500元/月', 3500],
    ['月薪3500元', 3500],
    ['面议', null],
    [null, null],
  ])('wage %s → %s, no issue', (wage, value) => {
    const row = check(['金山超市', '王经理', '13900001111', '收银员', '3人', wage, '2026-3-1', null]);
    expect(row.issues).toEqual([]);
    expect(row.idNumber).toBeNull();
    expect(row.values.vacancy).toMatchObject({ employer: '金山超市', contact: '王经理 13900001111', title: '收银员', posts: 3, wage: value, openedOn: '2026-03-01' });
  });

  it('a wage range is left out with a warning (one amount is recorded, none is picked)', () => {
    const row = check(['金山超市', null, null, '收银员', 3, '3000-4000', '2026-03-01', null]);
    expect(row.issues).toEqual([{ column: '工资待遇', severity: 'warning', message: expect.stringContaining('不是一个金额') }]);
    expect(row.values.vacancy?.wage).toBeNull();
  });

  it.each([
    [[null, null, null, '收银员', 3, null, '2026-03-01', null], '用人单位', '单位名称为空'],
    [['金山超市', null, null, null, 3, null, '2026-03-01', null], '招聘岗位', '岗位名称为空'],
    [['金山超市', null, null, '收银员', '若干', null, '2026-03-01', null], '人数', '不是整数'],
    [['金山超市', null, null, '收银员', 0, null, '2026-03-01', null], '人数', '至少为 1'],
    [['金山超市', null, null, '收银员', null, null, '2026-03-01', null], '人数', '招聘人数为空'],
    [['金山超市', null, null, '收银员', 3, null, null, null], '发布日期', '发布日期为空'],
    [['金山超市', null, null, '收银员', 3, null, '2026-11-21', null], '发布日期', '晚于今天'],
    [['金山超市', null, null, '收银员', 3, null, '2026-03-01', '2026-02-30'], '招满日期', '日期无效'],
  ])('%j: an error at column %s (%s)', (cells, column, text) => {
    const error = check(cells).issues.find((i) => i.severity === 'error');
    expect(error).toMatchObject({ column });
    expect(error?.message).toContain(text);
  });
});

describe('岗位台账 through the API', () => {
  const api = ledgerApi('desk-ledger-vacancies-', { community: false });
  const { call, csv, rows } = api;
  const preview = (file: string) => api.preview(file, 'vacancies', null);

  const tables = () => JSON.stringify([api.runtime.db.sqlite.prepare('SELECT * FROM employers ORDER BY id').all(), api.runtime.db.sqlite.prepare('SELECT * FROM vacancies ORDER BY id').all()]);

  const LEDGER = [
    '解放路街道岗位需求登记表',
    '序号,单位名称,联系人,联系电话,岗位名称,招聘人数,薪资,要求,发布日期',
    '1,金山超市,王经理,13900001111,收银员,3人,3500元/月,高中以上,2026-03-01',
    '2,金山超市,王经理,13900001111,理货员,2,面议,,2026-03-01',
    '3,金山超市,王经理,13900001111,收银员,3,3500,高中以上,2026.3.1',
    '4,,张三,13900002222,保安,1,3000,,2026-03-02',
    '5,红星厂,李主任,0511-5551234,普工,若干,4000,,2026-03-02',
    '6,红星厂,李主任,0511-5551234,普工,5,3000-4000,,2026-03-02',
    '7,红星厂,李主任,0511-5551234,焊工,2,5000,,2026-12-01',
  ];

  it('previews, writes nothing, creates and updates employers and vacancies in one go, and the same file again changes nothing', async () => {
    await call('employers.create', { name: '金山超市', contact: '王经理 0511-1234567' });
    const file = csv('岗位台账.csv', LEDGER);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file);
    expect(result).toMatchObject({ ok: true, kind: 'vacancies', headerRows: [2, 2], dataRows: 7 });
    expect(result.summary).toMatchObject({ valid: 3, rejected: 3, duplicates: 1, new: 3, warnings: 1 });
    const byRow = await rows(jobId);
    expect(byRow.get(3)).toMatchObject({ status: 'valid', change: 'new', name: '金山超市 · 收银员', maskedIdNumber: null });
    expect(byRow.get(3)?.differences).toEqual([
      { field: '单位联系人及电话', before: '王经理 0511-1234567', after: '王经理 13900001111' },
      { field: '岗位', before: null, after: '新增：收银员（3 人，2026-03-01 发布）' },
    ]);
    expect(byRow.get(4)?.differences).toEqual([{ field: '岗位', before: null, after: '新增：理货员（2 人，2026-03-01 发布）' }]);
    expect(byRow.get(5)).toMatchObject({ status: 'duplicate' });
    expect(byRow.get(5)?.issues[0]?.message).toContain('第 3 行');
    expect(byRow.get(6)?.issues[0]).toMatchObject({ column: '单位名称', message: '单位名称为空' });
    expect(byRow.get(7)?.issues[0]).toMatchObject({ column: '招聘人数', message: expect.stringContaining('若干') });
    expect(byRow.get(8)).toMatchObject({ status: 'valid', change: 'new' });
    expect(byRow.get(8)?.differences[0]).toEqual({ field: '用工单位', before: null, after: '新建：红星厂（李主任 0511-5551234）' });
    expect(byRow.get(8)?.issues).toEqual([{ column: '薪资', severity: 'warning', message: expect.stringContaining('3000-4000') }]);
    expect(byRow.get(9)?.issues[0]).toMatchObject({ column: '发布日期', message: expect.stringContaining('晚于今天') });
    expect(dbFingerprint(api.runtime)).toBe(before);

    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    expect(doc.rows.every((r) => r.id === null)).toBe(true);

    const committed = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId })) as LedgerCommitted;
    expect(committed).toMatchObject({ employers: { new: 1, changed: 1 }, vacancies: { new: 3, changed: 0 } });
    expect(api.runtime.db.sqlite.prepare('SELECT name, contact FROM employers ORDER BY id').all()).toEqual([
      { name: '金山超市', contact: '王经理 13900001111' },
      { name: '红星厂', contact: '李主任 0511-5551234' },
    ]);
    expect(api.runtime.db.sqlite.prepare('SELECT title, posts, wage, skills, opened_on AS openedOn FROM vacancies ORDER BY id').all()).toEqual([
      { title: '收银员', posts: 3, wage: 3500, skills: '高中以上', openedOn: '2026-03-01' },
      { title: '理货员', posts: 2, wage: null, skills: null, openedOn: '2026-03-01' },
      { title: '普工', posts: 5, wage: null, skills: null, openedOn: '2026-03-02' },
    ]);
    expect(rowCount(api.runtime, 'persons')).toBe(0);

    const settled = tables();
    const again = await preview(file);
    expect(again.preview.summary).toMatchObject({ valid: 3, new: 0, updates: 0, unchanged: 3 });
    const second = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: again.jobId })) as LedgerCommitted;
    expect(second).toMatchObject({ employers: { new: 0, changed: 0 }, vacancies: { new: 0, changed: 0 } });
    expect(tables()).toBe(settled);
  });

  it('a later ledger updates a vacancy field by field and fills it; one the page would refuse is rejected naming the column', async () => {
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: (await preview(csv('first.csv', LEDGER))).jobId });
    const file = csv('later.csv', [
      '单位名称,岗位名称,招聘人数,薪资,发布日期,招满日期',
      '金山超市,收银员,5,3500,2026-03-01,2026-04-01',
      '金山超市,理货员,2,,2026-03-01,2026-02-01',
    ]);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file);
    expect(result.summary).toMatchObject({ valid: 1, rejected: 1, updates: 1 });
    const byRow = await rows(jobId);
    expect(byRow.get(2)?.differences).toEqual([
      { field: '招聘人数', before: '3', after: '5' },
      { field: '招满日期', before: null, after: '2026-04-01' },
    ]);
    expect(byRow.get(3)?.issues[0]).toMatchObject({ column: '招满日期', message: expect.stringContaining('招满日期不能早于发布日期（2026-03-01）') });
    expect(dbFingerprint(api.runtime)).toBe(before);
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(api.runtime.db.sqlite.prepare('SELECT title, posts, wage, filled_on AS filledOn FROM vacancies ORDER BY id').all().slice(0, 2)).toEqual([
      { title: '收银员', posts: 5, wage: 3500, filledOn: '2026-04-01' },
      { title: '理货员', posts: 2, wage: null, filledOn: null },
    ]);
  });

  it('a commit after the database changed since the preview writes nothing', async () => {
    const file = csv('岗位台账.csv', LEDGER);
    const { jobId } = await preview(file);
    await call('employers.create', { name: '新来的单位', contact: null });
    const before = dbFingerprint(api.runtime);
    const started = await api.runtime.call('ledgerImport.commit', { previewJobId: jobId });
    const message = started.ok ? (await untilJobEnds(api.runtime, (started.value as { jobId: string }).jobId)).error?.message : started.error.message;
    expect(message).toContain('预览之后数据库已有改动');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });
});
