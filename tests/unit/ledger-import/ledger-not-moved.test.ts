/**
 * A person already in the database keeps their household, its address and their relation: a labour or unemployed
 * ledger whose row gives another 住址 or 与户主关系 writes nothing of it and says so on the row, naming the column
 * and what the database holds; the row is still valid (its other fields are updated).
 */
import { describe, expect, it } from 'vitest';
import type { LedgerPreviewRow } from '../../../shared/contract/ledger-import';
import { LEDGER_IDS } from '../../fixtures/ledger-builder';
import { ledgerApi } from './ledger-api';
import { jobResult } from '../support/follow-job';

const I = LEDGER_IDS;

describe('an existing person is not moved by a ledger', () => {
  const api = ledgerApi('desk-ledger-not-moved-');
  const { call } = api;
  const preview = (name: string, lines: string[]) => api.preview(api.csv(name, lines), 'labour', api.communityId);

  const places = () => JSON.stringify(api.runtime.db.sqlite.prepare('SELECT p.id_number, p.household_id, p.relation, h.address FROM persons p JOIN households h ON h.id = p.household_id ORDER BY p.id').all());

  it('a different 住址 or 与户主关系 is a warning naming the column and the database’s value; nothing of it is written', async () => {
    const first = await preview('first.csv', ['姓名,身份证号码,家庭住址,与户主关系', `张伟,${I.zhang},金山路1号,户主`, `李娜,${I.li},金山路1号,配偶`]);
    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: first.jobId });
    const settled = places();

    const { jobId, preview: result } = await preview('later.csv', [
      '姓名,身份证号码,家庭住址,与户主关系,联系电话',
      `张伟,${I.zhang},银山路9号,户主,13912345678`,
      `李娜,${I.li},金山路 1号,子女,`,
    ]);
    expect(result.summary).toMatchObject({ valid: 2, warnings: 2, new: 0, newHouseholds: 0 });
    const page = await call<{ rows: LedgerPreviewRow[] }>('ledgerImport.rows', { previewJobId: jobId, filter: 'warning', offset: 0, limit: 10 });
    const byRow = new Map(page.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ status: 'valid', change: 'update', issues: [{ column: '家庭住址', severity: 'warning', message: '住址与库中不同（库中：金山路1号）；本次导入不迁户，迁户请在人员与家庭办理' }] });
    expect(byRow.get(2)?.differences.map((d) => d.field)).toEqual(['联系电话']);
    // The same address written with a space is the same address.
    expect(byRow.get(3)).toMatchObject({ status: 'valid', change: 'unchanged', issues: [{ column: '与户主关系', severity: 'warning', message: expect.stringContaining('与户主关系与库中不同（库中：配偶）') }] });

    await jobResult(api.runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(places()).toBe(settled);
    expect(api.runtime.db.sqlite.prepare('SELECT phone FROM persons WHERE id_number = ?').pluck().get(I.zhang)).toBe('13912345678');
  });
});
