import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CALENDAR,
  BUILTIN_CALENDAR_FIRST_YEAR,
  BUILTIN_CALENDAR_LAST_YEAR,
  builtinWorkingCalendar,
} from '../../../shared/domain/calendar/builtin-calendar';
import { addDays, isWeekend, yearOf } from '../../../shared/domain/dates';
import { OFFICIAL_NOTICES } from './official-notices';

const calendar = builtinWorkingCalendar();

function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  for (let d = `${year}-01-01`; yearOf(d) === year; d = addDays(d, 1)) dates.push(d);
  return dates;
}

describe('built-in calendar (chinese-days)', () => {
  it('covers 2004–2026 with no year missing', () => {
    expect([BUILTIN_CALENDAR_FIRST_YEAR, BUILTIN_CALENDAR_LAST_YEAR]).toEqual([2004, 2026]);
    const years = new Set(BUILTIN_CALENDAR.map((d) => yearOf(d.date)));
    for (let y = 2004; y <= 2026; y += 1) expect(years.has(y), String(y)).toBe(true);
  });

  it('has each date once, sorted, make-up workdays only on weekends, Chinese names', () => {
    const dates = BUILTIN_CALENDAR.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const day of BUILTIN_CALENDAR) {
      if (day.kind === 'workday') {
        expect(isWeekend(day.date), day.date).toBe(true);
        expect(day.name).toMatch(/调休上班$/);
      }
      expect(day.name).toMatch(/^[\u4e00-\u9fa5\d]+$/);
    }
  });

  it.each([
    ['2025-01-28', 'holiday', '春节'],
    ['2025-02-04', 'holiday', '春节'], // a day in lieu (调休放假) is a holiday
    ['2025-02-08', 'workday', '春节调休上班'],
    ['2024-04-04', 'holiday', '清明节'],
    ['2024-06-10', 'holiday', '端午节'],
    ['2024-09-17', 'holiday', '中秋节'],
    ['2024-10-07', 'holiday', '国庆节'],
    ['2024-10-12', 'workday', '国庆节调休上班'],
    ['2011-12-31', 'workday', '元旦调休上班'], // for 元旦 2012
    ['2020-01-31', 'holiday', '春节'], // the 2020 extension
    ['2015-09-03', 'holiday', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日'],
  ])('%s is a %s (%s)', (date, kind, name) => {
    expect(calendar.exceptionOn(date)).toEqual({ date, kind, name });
  });

  it.each(Object.entries(OFFICIAL_NOTICES))('%s matches the State Council notice', (year, notice) => {
    const days = datesOfYear(Number(year));
    const weekdaysOff = days.filter((d) => !isWeekend(d) && !calendar.isWorkingDay(d).value);
    const weekendsOn = days.filter((d) => isWeekend(d) && calendar.isWorkingDay(d).value);
    expect(weekdaysOff, notice.notice).toEqual(notice.weekdaysOff);
    expect(weekendsOn, notice.notice).toEqual(notice.weekendsOn);
  });

  it.each([
    // 春节 2025 (国办发明电〔2024〕12号): 1月28日至2月4日放假调休，共8天；1月26日（周日）、2月8日（周六）上班
    ['2025-01-25', '2025-02-09', 'OWWOOOOOOOOWWWWO'],
    // 国庆节 2024 (国办发明电〔2023〕7号): 10月1日至7日放假调休，共7天；9月29日（周日）、10月12日（周六）上班
    ['2024-09-27', '2024-10-13', 'WOWWOOOOOOOWWWWWO'],
  ])('day by day from %s to %s: %s (W = working, O = off)', (from, to, pattern) => {
    let flags = '';
    for (let d = from; d <= to; d = addDays(d, 1)) flags += calendar.isWorkingDay(d).value ? 'W' : 'O';
    expect(flags).toBe(pattern);
  });

  it('2024 除夕 (02-09) stayed a working day', () => {
    expect(calendar.isWorkingDay('2024-02-09')).toEqual({ certain: true, value: true });
  });
});
