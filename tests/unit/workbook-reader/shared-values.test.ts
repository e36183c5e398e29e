/**
 * One read's rows share their values (row-reader.ts SharedValues): an ID number read again gives what its first read
 * gave, a bad one is reported on every row it is on, and a reader of one row on its own shares nothing.
 */
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import { RowReader, SharedValues } from '../../../shared/domain/workbook/row-reader';

const TODAY = '2026-11-23';
const COLUMNS = new Map([['身份证号码', 1], ['出生日期', 2]]);

function reader(row: number, id: CellValue, problems: ProblemList, shared: SharedValues | null, date: CellValue = null): RowReader {
  return new RowReader('人员', row, [undefined, id, date], COLUMNS, problems, TODAY, shared);
}

describe('ID numbers shared between the rows of one read', () => {
  const id18 = makeIdNumber('320102', '1980-01-01', 123);

  it('a number read again is what its first read gave, converted the same', () => {
    const problems = new ProblemList();
    const shared = new SharedValues();
    const first = reader(2, id18, problems, shared).idNumber('身份证号码');
    const again = reader(3, ` ${id18} `, problems, shared).idNumber('身份证号码');
    expect(first).toEqual({ idNumber: id18, birthDate: '1980-01-01', gender: 'M', converted: false });
    expect(again).toEqual(first);
    const legacy = `${id18.slice(0, 6)}${id18.slice(8, 17)}`;
    const converted = reader(4, legacy, problems, shared).idNumber('身份证号码');
    expect(reader(5, legacy, problems, shared).idNumber('身份证号码')).toEqual(converted);
    expect(converted).toMatchObject({ idNumber: `${id18.slice(0, 6)}19${id18.slice(8, 17)}${converted?.idNumber.slice(17)}`, converted: true });
    expect(problems.count).toBe(0);
  });

  it('a bad number is reported on every row it is on, with that row', () => {
    const problems = new ProblemList();
    const shared = new SharedValues();
    const wrongCheck = `${id18.slice(0, 17)}${id18[17] === '0' ? '1' : '0'}`;
    for (const row of [2, 3, 4]) expect(reader(row, wrongCheck, problems, shared).idNumber('身份证号码')).toBeNull();
    expect(problems.items.map((p) => [p.row, p.column])).toEqual([
      [2, '身份证号码'],
      [3, '身份证号码'],
      [4, '身份证号码'],
    ]);
    expect(problems.items[0]?.message).toMatch(/校验位错误/);
  });

  it('the same number in a read whose today is earlier than the birth date is refused there', () => {
    const young = makeIdNumber('320102', '2026-11-20', 124);
    const problems = new ProblemList();
    expect(new RowReader('人员', 2, [undefined, young], COLUMNS, problems, '2026-11-01', new SharedValues()).idNumber('身份证号码')).toBeNull();
    expect(reader(2, young, problems, new SharedValues()).idNumber('身份证号码')).toMatchObject({ birthDate: '2026-11-20' });
    expect(problems.count).toBe(1);
  });

  it('dates and numbers read the same with or without sharing', () => {
    const problems = new ProblemList();
    const alone = reader(2, id18, problems, null, new Date(Date.UTC(2024, 2, 15, 8)));
    const shared = reader(2, id18, problems, new SharedValues(), new Date(Date.UTC(2024, 2, 15, 8)));
    expect(shared.idNumber('身份证号码')).toEqual(alone.idNumber('身份证号码'));
    expect(shared.date('出生日期')).toBe('2024-03-15');
    expect(alone.date('出生日期')).toBe('2024-03-15');
  });
});
