/**
 * The standard workbook (fixed by WORKBOOK.md) has no sheet for agreements; their signing and follow-ups travel as
 * ordinary 服务记录 rows (援助协议, 跟踪回访). Exporting and importing around them must keep working.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/workbook/export-workbook';
import { commitImport, prepareImport } from '../../../electron/services/workbook/import-workbook';
import { openXlsx } from '../../../electron/services/workbook/xlsx-stream-reader';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { historyRuntime, ok } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { tempDir, tempRuntime } from '../support/temp-runtime';
import { addMeasure, recognisedPerson, sign } from './assistance-fixture';

const TODAY = '2025-06-30';
const noop = () => undefined;

async function serviceRows(path: string): Promise<(CellValue | undefined)[][]> {
  const workbook = await openXlsx(path);
  try {
    const sheet = workbook.sheets.find((s) => s.name === '服务记录');
    const rows: (CellValue | undefined)[][] = [];
    if (sheet) for await (const row of sheet.rows()) rows.push(Array.from(row.cells, (c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
    return rows;
  } finally {
    workbook.close();
  }
}

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

it('agreements’ service records export as 援助协议 and 跟踪回访 rows; re-importing changes nothing and keeps the links', async () => {
  const s = await recognisedPerson(runtime);
  await ok(runtime, 'wishes.record', { personId: s.personId, recordedOn: '2025-03-01', hasWish: true, wishedJob: '家政' });
  const agreement = await addMeasure(runtime, (await sign(runtime, s.personId)).id);
  await ok(runtime, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2025-04-10', clerk: '李明', content: '电话回访' });
  const dir = tempDir('desk-wb-assist-');
  const first = join(dir, 'first.xlsx');
  await exportWorkbook(runtime.db, runtime.caller(), first, 'first.xlsx', TODAY, noop);
  const rows = await serviceRows(first);
  const header = rows[0] ?? [];
  const [date, kind] = [header.indexOf('日期'), header.indexOf('服务类型')];
  expect(rows.slice(1).map((r) => [r[date], r[kind]])).toEqual([
    ['2025-03-10', '援助协议'],
    ['2025-04-10', '跟踪回访'],
  ]);

  // Back into the same database: nothing new or changed, the agreement's records still linked, foreign keys clean.
  const again = await prepareImport(runtime.db, first, 'first.xlsx', TODAY, noop);
  expect(again.preview.errors).toEqual([]);
  expect(Object.values(again.preview.counts).every((c) => c.new === 0 && c.changed === 0)).toBe(true);
  commitImport(runtime.db, runtime.caller(), again);
  expect(runtime.db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE agreement_id = ?').pluck().get(agreement.id)).toBe(2);
  expect(runtime.db.sqlite.pragma('foreign_key_check')).toEqual([]);

  // Into an empty database: the rows arrive as plain service records, and export the same.
  const other = tempRuntime();
  try {
    const setup = await other.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
    expect(setup.ok).toBe(true);
    const prepared = await prepareImport(other.db, first, 'first.xlsx', TODAY, noop);
    expect(prepared.preview.errors).toEqual([]);
    commitImport(other.db, other.caller(), prepared);
    const second = join(dir, 'second.xlsx');
    await exportWorkbook(other.db, other.caller(), second, 'second.xlsx', TODAY, noop);
    expect(await serviceRows(second)).toEqual(rows);
  } finally {
    other.dispose();
  }
});
