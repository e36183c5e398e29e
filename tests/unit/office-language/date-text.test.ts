import { describe, expect, it } from 'vitest';
import { dateText, monthText, momentText, PICKER_FORMATS, periodText, tableDate, tableMoment } from '../../../shared/domain/date-text';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

describe('one way to write a date (README 日期的写法)', () => {
  it('text: 2026年12月6日, no leading zeros, across month and year ends and a leap day', () => {
    expect(dateText('2026-12-06')).toBe('2026年12月6日');
    expect(dateText('2026-01-01')).toBe('2026年1月1日');
    expect(dateText('2026-12-31')).toBe('2026年12月31日');
    expect(dateText('2028-02-29')).toBe('2028年2月29日');
    expect(dateText(null)).toBe('');
    expect(dateText(undefined)).toBe('');
    expect(dateText('')).toBe('');
    expect(dateText('不详')).toBe('不详');
  });

  it('tables: 2026-12-06 as stored', () => {
    expect(tableDate('2026-12-06')).toBe('2026-12-06');
    expect(tableDate(null)).toBe('');
  });

  it('periods and months', () => {
    expect(periodText('2026-01-01', '2026-11-20')).toBe('2026年1月1日至2026年11月20日');
    expect(periodText('2026-11-20', '2026-11-20')).toBe('2026年11月20日');
    expect(monthText('2026-12')).toBe('2026年12月');
    expect(monthText('2026-03-31')).toBe('2026年3月');
  });

  it('moments in local time (the tests run in Asia/Shanghai)', () => {
    const iso = '2026-12-05T16:05:00.000Z';
    const local = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    const hm = `${pad(local.getHours())}:${pad(local.getMinutes())}`;
    const ymd = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
    expect(tableMoment(iso)).toBe(`${ymd} ${hm}`);
    expect(momentText(iso)).toBe(`${dateText(ymd)} ${hm}`);
    expect(momentText('坏的')).toBe('坏的');
  });

  it("the date picker's header reads 2026年12月, not 十二月 2026", () => {
    const d = dayjs('2026-12-06').locale('zh-cn');
    expect(d.format(PICKER_FORMATS.monthLabelFormat)).toBe('2026年12月');
    expect(d.format(PICKER_FORMATS.yearLabelFormat)).toBe('2026年');
    expect(d.format(PICKER_FORMATS.monthsListFormat)).toBe('12月');
  });
});
