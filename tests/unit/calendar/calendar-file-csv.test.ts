import { describe, expect, it } from 'vitest';
import { parseCalendarFile, type CalendarFileResult } from '../../../shared/domain/calendar/calendar-file';
import { csvOf, SAMPLE_2027_ROWS } from './sample-files';

function problemsOf(result: CalendarFileResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** The sample with row `index` (0-based, so on line index + 2) replaced. */
function withRow(index: number, row: [string, string, string]): string {
  const rows = SAMPLE_2027_ROWS.map((r, i) => (i === index ? row : r));
  return csvOf(rows);
}

describe('calendar file, CSV', () => {
  it('reads a good file: whole year 2027, days sorted', () => {
    const result = parseCalendarFile(csvOf([...SAMPLE_2027_ROWS].reverse()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('csv');
    expect(result.value.years).toEqual([2027]);
    expect(result.value.source).toBeNull();
    expect(result.value.days).toHaveLength(SAMPLE_2027_ROWS.length);
    expect(result.value.days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(result.value.days.find((d) => d.date === '2027-02-20')).toEqual({ date: '2027-02-20', kind: 'workday', name: '春节调休上班' });
  });

  it('tolerates a BOM, CRLF, blank lines, Excel trailing commas and quoted names', () => {
    const text = `\uFEFF日期,类型,名称,\r\n${csvOf(SAMPLE_2027_ROWS).split('\n').slice(1).join('\r\n')}\r\n,,\r\n"2027-06-14","放假","端午节"\r\n\r\n`;
    const result = parseCalendarFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.days.some((d) => d.date === '2027-06-14' && d.name === '端午节')).toBe(true);
  });

  it('counts a late-December make-up day as part of the next year', () => {
    const result = parseCalendarFile(csvOf([['2026-12-27', '上班', '元旦调休上班'], ...SAMPLE_2027_ROWS]));
    expect(result.ok && result.value.years).toEqual([2027]);
  });

  it('reads several whole years', () => {
    const rows = [...SAMPLE_2027_ROWS, ['2028-01-03', '放假', '元旦'], ['2028-10-01', '放假', '国庆节'], ['2028-01-01', '放假', '元旦']];
    const result = parseCalendarFile(csvOf(rows));
    expect(result.ok && result.value.years).toEqual([2027, 2028]);
  });

  it.each([
    // what, file, line, field, message fragment
    ['wrong header', csvOf(SAMPLE_2027_ROWS, '日期,类别,名称'), 1, null, '表头应为“日期,类型,名称”'],
    ['garbled header (GBK read as UTF-8)', csvOf(SAMPLE_2027_ROWS, '\uFFFD\uFFFD,\uFFFD\uFFFD,\uFFFD\uFFFD'), 1, null, 'CSV UTF-8'],
    ['date with slashes', withRow(4, ['2027/2/8', '放假', '春节']), 6, '日期', '第 6 行“日期”：“2027/2/8”不是 YYYY-MM-DD 格式'],
    ['impossible date', withRow(4, ['2027-02-30', '放假', '春节']), 6, '日期', '第 6 行“日期”：“2027-02-30”不是有效日期'],
    ['empty date', withRow(4, ['', '放假', '春节']), 6, '日期', '第 6 行“日期”：不能为空'],
    ['unknown kind', withRow(4, ['2027-02-08', '休息', '春节']), 6, '类型', '第 6 行“类型”：“休息”无效，应为“放假”或“上班”'],
    ['empty name', withRow(4, ['2027-02-08', '放假', '']), 6, '名称', '第 6 行“名称”：不能为空'],
    ['make-up workday on a Wednesday', withRow(4, ['2027-03-03', '上班', '春节调休上班']), 6, '类型', '2027-03-03 是星期三，不是周末，不能设为调休上班'],
    ['the same date twice', withRow(5, ['2027-02-05', '放假', '春节']), 7, '日期', '第 7 行“日期”：2027-02-05 与第 3 行重复'],
    ['a fourth field', withRow(4, ['2027-02-08', '放假', '春节,初一']), 6, null, '第 6 行：多出了 1 个字段'],
  ])('%s → line %s, field %s', (_what, text, line, field, fragment) => {
    const problems = problemsOf(parseCalendarFile(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, field });
    expect(problems[0]?.message).toContain(fragment);
  });

  it('reports every bad line at once, in line order', () => {
    const rows = SAMPLE_2027_ROWS.map((r, i): [string, string, string] => (i === 3 ? ['2027-02-31', '放假', '春节'] : i === 1 ? ['2027-02-05', '放', '春节'] : r));
    expect(problemsOf(parseCalendarFile(csvOf(rows))).map((p) => [p.line, p.field])).toEqual([
      [3, '类型'],
      [5, '日期'],
    ]);
  });

  it.each([
    ['no 1 January', SAMPLE_2027_ROWS.slice(1), '2027 年的安排不完整：没有列出 2027-01-01（元旦）放假'],
    ['no 1 October (the second half is missing)', SAMPLE_2027_ROWS.slice(0, 9), '2027-10-01（国庆节）'],
    ['a stray date of another year', [...SAMPLE_2027_ROWS, ['2028-02-14', '放假', '春节']], '2028 年的安排不完整'],
  ])('a partial year is refused: %s', (_what, rows, fragment) => {
    const problems = problemsOf(parseCalendarFile(csvOf(rows)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: null, field: null });
    expect(problems[0]?.message).toContain(fragment);
  });

  it.each([
    ['', '文件是空的'],
    ['\uFEFF  \n', '文件是空的'],
    ['日期,类型,名称\n\n', '文件里没有任何日期'],
  ])('an empty file is refused (%j)', (text, fragment) => {
    expect(problemsOf(parseCalendarFile(text))[0]?.message).toContain(fragment);
  });
});
