/**
 * A read's rows share their short texts and ID numbers (row-reader.ts `strings`, per column: shared-texts.ts) and each day's date string
 * (cell-values.ts parseDate): what a row reads is the same with sharing as without, a column read unshared (a
 * phone number) included, and a bad ID number is reported on every row it is on.
 */
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import { RowReader } from '../../../shared/domain/workbook/row-reader';
import { ID_NUMBERS, SharedTexts } from '../../../shared/domain/workbook/shared-texts';

const TODAY = '2026-11-23';
const COLUMNS = new Map([['身份证号码', 1], ['出生日期', 2], ['联系电话', 3], ['经办人', 4]]);
const ID = makeIdNumber('320102', '1980-01-01', 123);

function reader(row: number, cells: CellValue[], problems: ProblemList, strings: SharedTexts | null): RowReader {
  return new RowReader('人员', row, [undefined, ...cells], COLUMNS, problems, TODAY, strings);
}

function read(r: RowReader) {
  return { id: r.idNumber('身份证号码'), date: r.date('出生日期'), phone: r.text('联系电话', { shared: false }), clerk: r.text('经办人') };
}

describe('values shared between the rows of one read', () => {
  it('each row reads the same with sharing as without', () => {
    const legacy = `${ID.slice(0, 6)}${ID.slice(8, 17)}`;
    const rows: CellValue[][] = [
      [ID, new Date(Date.UTC(2024, 2, 15, 8)), '13800000001', ' 王干事 '],
      [` ${ID.toLowerCase()} `, '2024/3/15', 13800000001, '王干事'],
      [legacy, 45366, '13800000002', '李干事'],
      [legacy, '2024年3月15日', null, '王干事'],
    ];
    const strings = new SharedTexts();
    const problems = new ProblemList();
    const shared = rows.map((cells, i) => read(reader(i + 2, cells, problems, strings)));
    const alone = rows.map((cells, i) => read(reader(i + 2, cells, problems, null)));
    expect(shared).toEqual(alone);
    expect(shared.map((r) => r.date)).toEqual(['2024-03-15', '2024-03-15', '2024-03-15', '2024-03-15']);
    expect(shared[2]?.id).toMatchObject({ converted: true, birthDate: '1980-01-01' });
    expect(problems.count).toBe(0);
    // The phone numbers were read unshared; the clerks and the ID numbers were shared.
    expect(strings.has('联系电话', '13800000001')).toBe(false);
    expect(strings.has('经办人', '王干事')).toBe(true);
    expect(strings.has(ID_NUMBERS, ID)).toBe(true);
  });

  it('a bad number is reported on every row it is on, with that row', () => {
    const problems = new ProblemList();
    const strings = new SharedTexts();
    const wrongCheck = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`;
    for (const row of [2, 3, 4]) expect(reader(row, [wrongCheck], problems, strings).idNumber('身份证号码')).toBeNull();
    expect(problems.items.map((p) => [p.row, p.column])).toEqual([
      [2, '身份证号码'],
      [3, '身份证号码'],
      [4, '身份证号码'],
    ]);
    expect(problems.items[0]?.message).toMatch(/校验位错误/);
  });
});
