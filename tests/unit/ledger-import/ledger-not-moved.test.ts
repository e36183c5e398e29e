/**
 * A person already in the database keeps their household, its address and their relation: a labour or unemployed
 * ledger whose row gives another 住址 or 与户主关系 writes nothing of it and says so on the row, naming the column
 * and what the database holds; the row is still valid (its other fields are updated).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pinToday } from '../../../shared/clock';
import type { LedgerInspection, LedgerPreview, LedgerPreviewRow } from '../../../shared/contract/ledger-import';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import { LEDGER_IDS } from '../../fixtures/ledger-builder';
import { jobResult, untilJobEnds } from '../support/follow-job';
import { runtimeWithStreet, tempDir } from '../support/temp-runtime';

const I = LEDGER_IDS;

describe('an existing person is not moved by a ledger', () => {
  let runtime: DeskRuntime & { dispose(): void };
  let dir: string;
  let communityId: number;

  beforeAll(() => pinToday('2026-11-20'));
  afterAll(() => pinToday(null));
  beforeEach(async () => {
    runtime = await runtimeWithStreet();
    dir = tempDir('desk-ledger-not-moved-');
    const created = await runtime.call('communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
    if (!created.ok) throw new Error(created.error.message);
    communityId = (created.value as { id: number }).id;
  });
  afterEach(() => runtime.dispose());

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await runtime.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }

  async function preview(name: string, lines: string[]) {
    const path = join(dir, name);
    writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
    const file = runtime.files.register({ path, name, direction: 'input' });
    const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
    const started = await call<{ jobId: string }>('ledgerImport.preview', { file, sheet: null, kind: 'labour', communityId, mapping: inspection.suggestions.labour, saveAs: null });
    const status = await untilJobEnds(runtime, started.jobId);
    if (status.error) throw new Error(status.error.message);
    return { jobId: started.jobId, preview: status.result as LedgerPreview };
  }

  const places = () => JSON.stringify(runtime.db.sqlite.prepare('SELECT p.id_number, p.household_id, p.relation, h.address FROM persons p JOIN households h ON h.id = p.household_id ORDER BY p.id').all());

  it('a different 住址 or 与户主关系 is a warning naming the column and the database’s value; nothing of it is written', async () => {
    const first = await preview('first.csv', ['姓名,身份证号码,家庭住址,与户主关系', `张伟,${I.zhang},金山路1号,户主`, `李娜,${I.li},金山路1号,配偶`]);
    await jobResult(runtime, 'ledgerImport.commit', { previewJobId: first.jobId });
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

    await jobResult(runtime, 'ledgerImport.commit', { previewJobId: jobId });
    expect(places()).toBe(settled);
    expect(runtime.db.sqlite.prepare('SELECT phone FROM persons WHERE id_number = ?').pluck().get(I.zhang)).toBe('13912345678');
  });
});
