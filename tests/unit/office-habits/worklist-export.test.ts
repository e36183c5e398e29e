/** 待办 → Excel (worklist.exportXlsx): the list as filtered, 身份证号码 masked, 期限 a date, 处理情况 when shown. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorklistList } from '../../../shared/contract/worklist';
import { community, household, ok, person, register, streetRuntime, wish } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

const TODAY = '2025-10-20';
let runtime: Runtime;
let idNumber: string;
beforeEach(async () => {
  runtime = await streetRuntime(TODAY);
  const jinshan = await community(runtime, '金山社区');
  const h = await household(runtime, jinshan, { urban: false });
  const p = await person(runtime, h, { birthDate: '1990-04-04', name: '徐泰言' });
  idNumber = runtime.db.sqlite.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(p.id) as string;
  await wish(runtime, p.id, '2025-01-02');
  await register(runtime, p.id, '2025-09-01');
});
afterEach(() => runtime.dispose());

async function exported(input: Record<string, unknown>): Promise<ExcelJS.Worksheet> {
  const result = await ok<{ fileName: string; rowCount: number; download: { ref: string; name: string } }>(runtime, 'worklist.exportXlsx', { ...input, file: null });
  expect(result.fileName).toBe(`待办-${TODAY.replace(/-/g, '')}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(runtime.files.resolve(result.download.ref, 'output').path);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('worklist.exportXlsx', () => {
  it('writes the filtered rows with a header, a masked ID number and the due date as a date', async () => {
    const list = await ok<WorklistList>(runtime, 'worklist.list', { asOf: TODAY, kinds: ['guidance'] });
    expect(list.total).toBe(1);
    const sheet = await exported({ asOf: TODAY, kinds: ['guidance'] });
    expect(sheet.name).toBe(`待办（截至${TODAY}）`);
    expect(sheet.getRow(1).values).toEqual([undefined, '状态', '期限', '类型', '社区', '对象', '身份证号码/户编号', '事项', '经办人', '处理情况']);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('已逾期');
    expect(row.getCell(2).value).toEqual(new Date(`${list.rows[0]?.dueOn}T00:00:00Z`));
    expect(row.getCell(3).value).toBe('职业指导');
    expect(row.getCell(5).value).toBe('徐泰言');
    const key = String(row.getCell(6).value);
    expect(key).not.toBe(idNumber);
    expect(key.slice(0, 6)).toBe(idNumber.slice(0, 6));
    expect(key).toContain('*');
    expect(String(row.getCell(7).value)).toBe(list.rows[0]?.detail);
  });

  it('with 已处理 rows shown, says how each was settled', async () => {
    const [row] = (await ok<WorklistList>(runtime, 'worklist.list', { asOf: TODAY, kinds: ['guidance'] })).rows;
    if (!row) throw new Error('no row');
    await ok(runtime, 'worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'postponed', reason: '本人外出务工', postponedUntil: '2025-11-01' });
    expect((await exported({ asOf: TODAY, kinds: ['guidance'] })).rowCount).toBe(1);
    const sheet = await exported({ asOf: TODAY, kinds: ['guidance'], settled: true });
    expect(String(sheet.getRow(2).getCell(9).value)).toBe(`暂缓至 2025-11-01（${TODAY}，本机管理员（命令行）；原因：本人外出务工）`);
  });
});
