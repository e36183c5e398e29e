/**
 * 服务记录台账 (ledger kind `services`): the 服务类型 words, the row checks (a row names its person by 身份证; the
 * date is a real day in the person's lifetime), and the import through the API — a person not in the database is
 * an error naming the row, a repeated record is a duplicate, the commit writes 服务记录 in one transaction, the same
 * file again changes nothing, and a file with nothing importable leaves the database unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerCommitted, LedgerDocument } from '../../../shared/contract/ledger-import';
import { checkRow } from '../../../shared/domain/ledger-import/check-row';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import { suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import { normaliseServiceKind } from '../../../shared/domain/ledger-import/normalise-service-kind';
import { LEDGER_IDS } from '../../fixtures/ledger-builder';
import { ledgerApi } from './ledger-api';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult, untilJobEnds } from '../support/follow-job';
import { rowCount } from '../support/temp-runtime';

const I = LEDGER_IDS;

describe('服务类型 words', () => {
  it.each([
    ['职业指导', 'guidance'],
    ['就业 指导', 'guidance'],
    ['职业介绍', 'referral'],
    ['岗位推荐', 'referral'],
    ['技能培训', 'training'],
    ['政策落实', 'policy_benefit'],
    ['公益岗', 'public_welfare_post'],
    ['回访', 'follow_up'],
    ['援助协议', 'assistance_agreement'],
    ['即时就业承诺', 'commitment'],
    ['就业见习', 'job_preparation'],
    [null, null],
    ['  ', null],
  ])('%s → %s', (word, kind) => {
    expect(normaliseServiceKind(word)).toEqual({ ok: true, value: kind });
  });

  it.each([['喝茶'], [3]])('%s is refused, listing what may be written', (word) => {
    const outcome = normaliseServiceKind(word);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain('职业指导');
  });
});

describe('服务记录台账 row checks', () => {
  const columns: ColumnsByField = {
    name: { index: 0, header: '姓名' },
    idNumber: { index: 1, header: '身份证号' },
    serviceDate: { index: 2, header: '服务时间' },
    serviceKind: { index: 3, header: '服务项目' },
    serviceContent: { index: 4, header: '内容' },
  };
  const check = (cells: (string | number | null)[]) => checkRow(7, cells, columns, { kind: 'services', today: '2026-11-20' });

  it('suggests the columns from the header words', () => {
    const headers = ['序号', '姓名', '身份证号', '服务时间', '服务项目', '服务内容', '经办人', '服务结果'].map((h) => ({ key: h, match: h }));
    expect(suggestMapping(headers, 'services')).toEqual({
      序号: null,
      姓名: 'name',
      身份证号: 'idNumber',
      服务时间: 'serviceDate',
      服务项目: 'serviceKind',
      服务内容: 'serviceContent',
      经办人: 'clerk',
      服务结果: 'outcome',
    });
    // A labour ledger's mapping is not offered these fields.
    expect(suggestMapping(headers, 'labour')['服务时间']).toBeNull();
  });

  it.each([
    ['2026-3-4', '2026-03-04'],
    ['2026年3月4日', '2026-03-04'],
    ['2026.03.04', '2026-03-04'],
    [46085, '2026-03-04'],
  ])('date %s → %s, the kind read, no issues', (date, iso) => {
    const row = check(['张伟', I.zhang, date, '职业指导', '求职指导']);
    expect(row.issues).toEqual([]);
    expect(row.values).toMatchObject({ serviceDate: iso, serviceKind: 'guidance', serviceContent: '求职指导', name: '张伟' });
  });

  it('the name may be left out: the 身份证 names the person', () => {
    expect(check([null, I.zhang, '2026-03-04', '职业指导', null]).issues).toEqual([]);
  });

  it.each([
    [I.zhang, '2026.03', '职业指导', '服务时间', '只有年月'],
    [I.zhang, '2026-02-30', '职业指导', '服务时间', '日期无效'],
    [I.zhang, null, '职业指导', '服务时间', '服务日期为空'],
    [I.zhang, '2026-11-21', '职业指导', '服务时间', '晚于今天'],
    [I.zhang, '1980-04-11', '职业指导', '服务时间', '早于出生日期 1980-04-12'],
    [I.zhang, '2026-03-04', null, '服务项目', '服务类型为空'],
    [I.zhang, '2026-03-04', '喝茶', '服务项目', '无法识别'],
    ['32110219800412121', '2026-03-04', '职业指导', '身份证号', ''],
  ])('%s %s %s: an error at column %s (%s)', (id, date, kind, column, text) => {
    const row = check(['张伟', id, date, kind, null]);
    const error = row.issues.find((i) => i.severity === 'error');
    expect(error).toMatchObject({ column });
    expect(error?.message).toContain(text);
  });

  it('the boundaries: today and the birthday itself are accepted', () => {
    expect(check(['张伟', I.zhang, '2026-11-20', '回访', null]).issues).toEqual([]);
    expect(check(['张伟', I.zhang, '1980-04-12', '回访', null]).issues).toEqual([]);
  });
});

describe('服务记录台账 through the API', () => {
  const api = ledgerApi('desk-ledger-services-');
  const { call, csv } = api;
  const preview = (file: string, kind: string) => api.preview(file, kind, api.communityId);

  async function withPersons(): Promise<void> {
    const file = csv('劳动力.csv', ['姓名,身份证号码,家庭住址', `张伟,${I.zhang},金山路1号`, `李娜,${I.li},金山路1号`]);
    const { jobId } = await preview(file, 'labour');
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(rowCount(api.runtime, 'persons')).toBe(2);
  }

  const SERVICES = [
    '金山社区就业服务台账',
    '序号,姓名,身份证号,服务时间,服务项目,服务内容,经办人',
    `1,张伟,${I.zhang},2026-03-04,职业指导,求职指导,王芳`,
    `2,李娜,${I.li},2026/3/5,岗位推荐,金山超市 收银员,王芳`,
    `3,张伟,${I.zhang},2026.03.04,就业指导,求职指导,王芳`,
    `4,吴军,${I.wu},2026-03-06,职业指导,,王芳`,
    `5,李娜,${I.li},2026.03,回访,,王芳`,
    `6,王五,${I.li},2026-03-07,回访,,王芳`,
    `7,张伟,${I.zhang},2026-03-08,喝茶,,王芳`,
    `8,,${I.li},2026-03-09,回访,电话回访,`,
    '制表人：王芳,,,,,,',
  ];

  it('previews, writes nothing, commits the valid rows in one go, and the same file again changes nothing', async () => {
    await withPersons();
    const file = csv('服务台账.csv', SERVICES);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file, 'services');
    expect(result).toMatchObject({ ok: true, kind: 'services', headerRows: [2, 2], dataRows: 8 });
    expect(result.mapping).toEqual({ 姓名: 'name', 身份证号: 'idNumber', 服务时间: 'serviceDate', 服务项目: 'serviceKind', 服务内容: 'serviceContent', 经办人: 'clerk' });
    expect(result.summary).toMatchObject({ valid: 3, rejected: 4, duplicates: 1, new: 3, newHouseholds: 0 });
    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    const byRow = new Map(doc.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)).toMatchObject({ status: 'duplicate', id: I.zhang });
    expect(byRow.get(5)?.issues[0]?.message).toContain('第 3 行');
    expect(byRow.get(6)?.issues[0]).toMatchObject({ column: '身份证号', severity: 'error' });
    expect(byRow.get(6)?.issues[0]?.message).toContain('第 6 行');
    expect(byRow.get(6)?.issues[0]?.message).toContain('不在数据库中');
    expect(byRow.get(7)?.issues[0]).toMatchObject({ column: '服务时间', message: expect.stringContaining('只有年月') });
    expect(byRow.get(8)?.issues[0]).toMatchObject({ column: '姓名', message: expect.stringContaining('与数据库中该身份证号码的人（李娜）不符') });
    expect(byRow.get(9)?.issues[0]).toMatchObject({ column: '服务项目', message: expect.stringContaining('喝茶') });
    expect(byRow.get(10)).toMatchObject({ status: 'valid', issues: [] });
    expect(dbFingerprint(api.runtime)).toBe(before);

    const committed = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId })) as LedgerCommitted;
    expect(committed).toMatchObject({ persons: { new: 0, changed: 0 }, households: 0, registrations: 0, services: 3 });
    expect(rowCount(api.runtime, 'service_records')).toBe(3);
    expect(rowCount(api.runtime, 'persons')).toBe(2);
    const referral = api.runtime.db.sqlite.prepare("SELECT kind, content, clerk FROM service_records WHERE date = '2026-03-05'").get();
    expect(referral).toEqual({ kind: 'referral', content: '金山超市 收银员', clerk: '王芳' });

    const again = await preview(file, 'services');
    expect(again.preview.summary).toMatchObject({ valid: 3, new: 0, updates: 0, unchanged: 3 });
    const records = () => JSON.stringify(api.runtime.db.sqlite.prepare('SELECT * FROM service_records ORDER BY rowid').all());
    const settled = records();
    const second = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: again.jobId })) as LedgerCommitted;
    expect(second.services).toBe(0);
    expect(records()).toBe(settled);
  });

  it('a file with no importable row: nothing is offered and the database is unchanged', async () => {
    await withPersons();
    const file = csv('坏台账.csv', ['姓名,身份证号码,服务日期,服务类型', `吴军,${I.wu},2026-03-06,职业指导`, `张伟,${I.zhang},2099-01-01,职业指导`, `张伟,${I.zhang},2026-03-06,`]);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file, 'services');
    expect(result).toMatchObject({ ok: false, summary: { valid: 0, rejected: 3 } });
    const refused = await api.runtime.call('ledgerImport.commit', { previewJobId: jobId });
    if (refused.ok) {
      const status = await untilJobEnds(api.runtime, (refused.value as { jobId: string }).jobId);
      expect(status.error?.message).toContain('没有可导入的行');
    } else expect(refused.error.message).toContain('没有可导入的行');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });

  it('the mapping must say which columns hold the date and the kind (nothing guessed)', async () => {
    const file = csv('缺列.csv', ['姓名,身份证号码,备注', `张伟,${I.zhang},x`]);
    const before = dbFingerprint(api.runtime);
    const started = await api.runtime.call('ledgerImport.preview', { file, sheet: null, kind: 'services', communityId: api.communityId, mapping: { 姓名: 'name', 身份证号码: 'idNumber', 备注: null }, saveAs: null });
    const message = started.ok ? (await untilJobEnds(api.runtime, (started.value as { jobId: string }).jobId)).error?.message : started.error.message;
    expect(message).toContain('“服务日期”、“服务类型”');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });
});
