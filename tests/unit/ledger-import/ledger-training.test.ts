/**
 * 培训台账 (ledger kind `training`): each row a training of a person named by 身份证 — 培训项目 required (it is the
 * record's content, telling trainings apart), 学时 a number above 0, 证书 optional — written as 服务记录 of kind 培训,
 * deduplicated on that sheet's key; a person not in the database is an error naming the row; a file with nothing
 * importable leaves the database unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerCommitted, LedgerDocument } from '../../../shared/contract/ledger-import';
import { checkRow } from '../../../shared/domain/ledger-import/check-row';
import type { ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import { suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import { LEDGER_IDS } from '../../fixtures/ledger-builder';
import { ledgerApi } from './ledger-api';
import { dbFingerprint } from '../support/db-fingerprint';
import { jobResult, untilJobEnds } from '../support/follow-job';
import { rowCount } from '../support/temp-runtime';

const I = LEDGER_IDS;

describe('培训台账 row checks', () => {
  const columns: ColumnsByField = {
    name: { index: 0, header: '姓名' },
    idNumber: { index: 1, header: '身份证号码' },
    serviceDate: { index: 2, header: '培训时间' },
    course: { index: 3, header: '培训工种' },
    hours: { index: 4, header: '课时' },
    certificate: { index: 5, header: '取得证书' },
  };
  const check = (cells: (string | number | null)[]) => checkRow(4, cells, columns, { kind: 'training', today: '2026-11-20' });

  it('suggests the columns from the header words', () => {
    const headers = ['姓名', '身份证号码', '培训时间', '培训工种', '课时', '取得证书', '服务项目'].map((h) => ({ key: h, match: h }));
    expect(suggestMapping(headers, 'training')).toEqual({ 姓名: 'name', 身份证号码: 'idNumber', 培训时间: 'serviceDate', 培训工种: 'course', 课时: 'hours', 取得证书: 'certificate', 服务项目: null });
  });

  it.each([
    [40, 40],
    ['40学时', 40],
    ['３２', 32],
    ['12.5', 12.5],
    [2000, 2000],
    [null, null],
  ])('学时 %s → %s', (hours, read) => {
    const row = check(['张伟', I.zhang, '2026-05-10', '育婴员', hours, '育婴员五级']);
    expect(row.issues).toEqual([]);
    expect(row.values).toMatchObject({ serviceKind: 'training', course: '育婴员', serviceContent: '育婴员', hours: read, certificate: '育婴员五级', serviceDate: '2026-05-10' });
  });

  it.each([['无'], ['/'], [null]])('证书 %s → none', (certificate) => {
    expect(check(['张伟', I.zhang, '2026-05-10', '育婴员', 40, certificate]).values.certificate).toBeNull();
  });

  it.each([
    [0, '课时', '学时应大于 0'],
    [2001, '课时', '超过 2000'],
    ['四十', '课时', '不是数字'],
    [-3, '课时', '不是数字'],
  ])('学时 %s: an error at %s', (hours, column, text) => {
    const error = check(['张伟', I.zhang, '2026-05-10', '育婴员', hours, null]).issues[0];
    expect(error).toMatchObject({ column, severity: 'error', message: expect.stringContaining(text) });
  });

  it.each([
    ['2026-05-10', null, '培训工种', '培训项目为空'],
    ['2026.05', '育婴员', '培训时间', '只有年月'],
    ['2026-11-21', '育婴员', '培训时间', '培训日期 2026-11-21 晚于今天'],
    [null, '育婴员', '培训时间', '培训日期为空'],
  ])('%s %s: an error at %s', (date, course, column, text) => {
    const error = check(['张伟', I.zhang, date, course, 40, null]).issues[0];
    expect(error).toMatchObject({ column, severity: 'error', message: expect.stringContaining(text) });
  });
});

describe('培训台账 through the API', () => {
  const api = ledgerApi('desk-ledger-training-');
  const { call, csv } = api;
  const preview = (file: string, kind: string) => api.preview(file, kind, api.communityId);

  async function withPersons(): Promise<void> {
    const file = csv('劳动力.csv', ['姓名,身份证号码,家庭住址', `张伟,${I.zhang},金山路1号`, `李娜,${I.li},金山路1号`]);
    const { jobId } = await preview(file, 'labour');
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
  }

  it('previews, commits 培训 records in one go; the same file again changes nothing', async () => {
    await withPersons();
    const file = csv('培训台账.csv', [
      '姓名,身份证号码,培训时间,培训工种,课时,取得证书',
      `张伟,${I.zhang},2026-05-10,育婴员,40,育婴员五级`,
      `李娜,${I.li},2026-05-10,育婴员,40,无`,
      `张伟,${I.zhang},2026-06-01,电工,80,`,
      `张伟,${I.zhang},2026/5/10,育婴员,40,育婴员五级`,
      `吴军,${I.wu},2026-05-10,育婴员,40,`,
    ]);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file, 'training');
    expect(result.summary).toMatchObject({ valid: 3, rejected: 1, duplicates: 1, new: 3 });
    const doc = await call<LedgerDocument>('ledgerImport.document', { previewJobId: jobId });
    const byRow = new Map(doc.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)?.issues[0]?.message).toContain('第 2 行');
    expect(byRow.get(6)?.issues[0]).toMatchObject({ column: '身份证号码', message: expect.stringContaining('第 6 行') });
    expect(dbFingerprint(api.runtime)).toBe(before);

    const committed = (await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId })) as LedgerCommitted;
    expect(committed).toMatchObject({ persons: { new: 0, changed: 0 }, services: 3 });
    const written = api.runtime.db.sqlite.prepare("SELECT kind, content, course, hours, certificate FROM service_records WHERE date = '2026-06-01'").get();
    expect(written).toEqual({ kind: 'training', content: '电工', course: '电工', hours: 80, certificate: null });

    const records = () => JSON.stringify(api.runtime.db.sqlite.prepare('SELECT * FROM service_records ORDER BY rowid').all());
    const settled = records();
    const again = await preview(file, 'training');
    expect(again.preview.summary).toMatchObject({ valid: 3, new: 0, updates: 0, unchanged: 3 });
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: again.jobId });
    expect(records()).toBe(settled);
    expect(rowCount(api.runtime, 'service_records')).toBe(3);
  });

  it('a file with no importable row leaves the database unchanged', async () => {
    await withPersons();
    const file = csv('坏培训.csv', ['姓名,身份证号码,培训时间,培训项目,学时', `吴军,${I.wu},2026-05-10,育婴员,40`, `张伟,${I.zhang},2026-05-10,,40`, `张伟,${I.zhang},2026-05-10,电工,0`]);
    const before = dbFingerprint(api.runtime);
    const { jobId, preview: result } = await preview(file, 'training');
    expect(result).toMatchObject({ ok: false, summary: { valid: 0, rejected: 3 } });
    const refused = await api.runtime.call('ledgerImport.commit', { previewJobId: jobId });
    if (refused.ok) expect((await untilJobEnds(api.runtime, (refused.value as { jobId: string }).jobId)).error?.message).toContain('没有可导入的行');
    else expect(refused.error.message).toContain('没有可导入的行');
    expect(dbFingerprint(api.runtime)).toBe(before);
  });
});
