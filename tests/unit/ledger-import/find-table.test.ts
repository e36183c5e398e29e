import { describe, expect, it } from 'vitest';
import { classifyRow, findHeader } from '../../../shared/domain/ledger-import/find-table';
import type { SheetRow } from '../../../shared/domain/ledger-import/find-table';
import { suggestMapping } from '../../../shared/domain/ledger-import/ledger-fields';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';

/** A sheet from arrays (row 1 first; column A = index 1). */
function sheet(rows: (CellValue | undefined)[][]): SheetRow[] {
  return rows.map((cells, i) => ({ number: i + 1, cells: [null, ...cells.map((c) => c ?? null)] }));
}

describe('finding the header', () => {
  it('skips a title and 填报单位/日期 rows above a one-row header', () => {
    const rows = sheet([
      ['金山街道劳动力资源台账'],
      ['填报单位：金山社区', undefined, undefined, '填报日期：2026年11月'],
      [],
      ['序号', '姓名', '性别', '公民身份号码', '联系电话', '家庭住址'],
      [1, '张伟', '男', '321102198504121214', '13912345678', '金山路1号'],
    ]);
    const header = findHeader(rows);
    expect(header).not.toBeNull();
    expect(header?.first).toBe(4);
    expect(header?.last).toBe(4);
    expect(header?.columns.map((c) => c.key)).toEqual(['序号', '姓名', '性别', '公民身份号码', '联系电话', '家庭住址']);
    const mapping = suggestMapping(header?.columns ?? [], 'labour');
    expect(mapping).toEqual({ 序号: null, 姓名: 'name', 性别: 'gender', 公民身份号码: 'idNumber', 联系电话: 'phone', 家庭住址: 'address' });
  });

  it('a merged parent over three columns becomes three columns (two-level header)', () => {
    // 姓名 and 身份证号 are merged down over both header rows; 失业情况 is merged across E:G.
    const rows = sheet([
      ['失业人员台账'],
      ['序号', '姓名', '身份证号', '手机', '失业情况', undefined, undefined, '备注'],
      [undefined, undefined, undefined, undefined, '失业时间', '失业原因', '是否登记'],
      [1, '李娜', '32110219870930242X', '13800000000', '2024.03', '合同到期', '是', ''],
    ]);
    const header = findHeader(rows);
    expect(header?.first).toBe(2);
    expect(header?.last).toBe(3);
    expect(header?.columns.map((c) => c.key)).toEqual(['序号', '姓名', '身份证号', '手机', '失业情况/失业时间', '失业情况/失业原因', '失业情况/是否登记', '备注']);
    const mapping = suggestMapping(header?.columns ?? [], 'unemployed');
    expect(mapping['失业情况/失业时间']).toBe('unemployedSince');
    expect(mapping['失业情况/失业原因']).toBe('unemploymentReason');
    expect(mapping['失业情况/是否登记']).toBe('registered');
    expect(mapping['身份证号']).toBe('idNumber');
    expect(mapping['手机']).toBe('phone');
    // A labour ledger has no 失业 fields: those columns are left unmapped.
    expect(suggestMapping(header?.columns ?? [], 'labour')['失业情况/失业时间']).toBeNull();
  });

  it('the lower header row found first still takes its parent row above', () => {
    const rows = sheet([
      ['', '基本情况', undefined, '联系方式', undefined],
      ['序号', '姓名', '身份证号码', '电话', '现住址'],
      [1, '王芳', '32110219900101002X', '13900000000', '金山路2号'],
    ]);
    const header = findHeader(rows);
    expect(header?.first).toBe(1);
    expect(header?.last).toBe(2);
    expect(header?.columns.map((c) => c.match)).toEqual(['序号', '姓名', '身份证号码', '电话', '现住址']);
    expect(header?.columns[1]?.key).toBe('基本情况/姓名');
  });

  it('a data row below the header is never taken as a second header row', () => {
    const rows = sheet([
      ['姓名', '身份证号码', '住址'],
      ['张伟', '321102198504121214', '金山路1号'],
    ]);
    expect(findHeader(rows)).toMatchObject({ first: 1, last: 1 });
  });

  it('no recognisable column: no header (the mapping step asks, it does not guess)', () => {
    expect(findHeader(sheet([['甲', '乙', '丙'], ['1', '2', '3']]))).toBeNull();
    expect(findHeader([])).toBeNull();
  });

  it('the same header twice is told apart by its column letter', () => {
    const header = findHeader(sheet([['姓名', '电话', '电话']]));
    expect(header?.columns.map((c) => c.key)).toEqual(['姓名', '电话（B列）', '电话（C列）']);
  });
});

describe('rows after the header', () => {
  it.each([
    [['张伟', '321102198504121214'], 'data'],
    [[null, null], 'blank'],
    [['  ', null], 'blank'],
    [['合计', 120], 'footer'],
    [[null, '合 计：', 12], 'footer'],
    [['制表人：王芳', null, '审核人：李明'], 'footer'],
    [['审核人：李明'], 'footer'],
    [[3, '张伟'], 'data'],
  ] as const)('%j → %s', (cells, kind) => {
    expect(classifyRow({ number: 9, cells: [null, ...cells] })).toBe(kind);
  });
});
