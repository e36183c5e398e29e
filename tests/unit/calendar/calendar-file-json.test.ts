import { describe, expect, it } from 'vitest';
import { detectCalendarFileFormat, parseCalendarFile, type CalendarFileResult } from '../../../shared/domain/calendar/calendar-file';
import { jsonArrayElementLines } from '../../../shared/domain/calendar/json-positions';
import { csvOf, jsonOf, SAMPLE_2027_ROWS } from './sample-files';

function problemsOf(result: CalendarFileResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** The sample with day `index` (0-based, on line index + 4) replaced. */
function withDay(index: number, row: [string, string, string]): string {
  return jsonOf(SAMPLE_2027_ROWS.map((r, i) => (i === index ? row : r)));
}

describe('calendar file, JSON', () => {
  it('reads a good file and keeps its source', () => {
    const text = jsonOf(SAMPLE_2027_ROWS, '"year": 2027, "source": "国办发明电〔2026〕示例号",');
    const result = parseCalendarFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ format: 'json', years: [2027], source: '国办发明电〔2026〕示例号' });
    expect(result.value.days).toHaveLength(SAMPLE_2027_ROWS.length);
    expect(result.value.days.at(-1)).toEqual({ date: '2027-10-09', kind: 'workday', name: '国庆节调休上班' });
  });

  it('reads "years" and a late-December make-up day of the first year', () => {
    const rows: [string, string, string][] = [['2026-12-27', '上班', '元旦调休上班'], ...SAMPLE_2027_ROWS, ['2028-01-03', '放假', '元旦'], ['2028-01-01', '放假', '元旦'], ['2028-10-01', '放假', '国庆节']];
    const result = parseCalendarFile(jsonOf(rows, '"years": [2028, 2027],'));
    expect(result.ok && result.value.years).toEqual([2027, 2028]);
  });

  it('is told from CSV by its first character', () => {
    expect(detectCalendarFileFormat('\uFEFF  {"year":2027}')).toBe('json');
    expect(detectCalendarFileFormat(csvOf(SAMPLE_2027_ROWS))).toBe('csv');
  });

  it.each([
    // what, file, line, field, message fragment
    ['bad date', withDay(4, ['2027-2-8', '放假', '春节']), 8, 'date', '第 8 行（days 第 5 项）“date”：“2027-2-8”不是 YYYY-MM-DD 格式'],
    ['unknown kind', withDay(4, ['2027-02-08', 'rest', '春节']), 8, 'kind', '第 8 行（days 第 5 项）“kind”：“rest”无效，应为“holiday”或“workday”'],
    ['empty name', withDay(4, ['2027-02-08', '放假', ' ']), 8, 'name', '“name”：不能为空'],
    ['make-up workday on a weekday', withDay(4, ['2027-02-08', '上班', '春节调休上班']), 8, 'kind', '2027-02-08 是星期一，不是周末，不能设为调休上班'],
    ['duplicate date', withDay(16, ['2027-10-07', '放假', '国庆节']), 20, 'date', '2027-10-07 与第 19 行重复'],
    ['date outside the declared year', jsonOf([...SAMPLE_2027_ROWS, ['2028-01-01', '放假', '元旦']]), 21, 'date', '2028-01-01 不在文件声明的年份（2027）内'],
    ['year missing', jsonOf(SAMPLE_2027_ROWS, '"note": "",'), null, 'year', '必须写明覆盖的年份'],
    ['year and years both', jsonOf(SAMPLE_2027_ROWS, '"year": 2027, "years": [2027],'), null, 'year', '二者只写一个'],
    ['year not a number', jsonOf(SAMPLE_2027_ROWS, '"year": "2027",'), null, 'year', '“year”："2027" 不是有效年份'],
    ['years repeated', jsonOf(SAMPLE_2027_ROWS, '"years": [2027, 2027],'), null, 'years', '有重复的年份'],
    ['declared year not whole', jsonOf(SAMPLE_2027_ROWS.slice(0, 9)), null, null, '2027 年的安排不完整：没有列出 2027-10-01（国庆节）放假'],
    ['no days', '{ "year": 2027 }', null, 'days', '“days”：缺少日期列表'],
    ['not an object', '{"year": 2027, "days": [1]}', 1, null, '第 1 行（days 第 1 项）：应为 { "date", "kind", "name" } 对象'],
    ['a syntax error', '{\n  "year": 2027,\n  "days": [\n    { "date": "2027-01-01" "kind": "holiday" }\n  ]\n}', 4, null, '第 4 行附近：不是有效的 JSON'],
  ])('%s → line %s, field %s', (_what, text, line, field, fragment) => {
    const problems = problemsOf(parseCalendarFile(text));
    const problem = problems.find((p) => p.message.includes(fragment));
    expect(problem, JSON.stringify(problems)).toMatchObject({ line, field });
  });

  it('a make-up workday on a weekday is the only problem of that file', () => {
    expect(problemsOf(parseCalendarFile(withDay(4, ['2027-02-08', '上班', '春节调休上班'])))).toHaveLength(1);
  });

  it('an array at the top is refused', () => {
    expect(problemsOf(parseCalendarFile('[]', 'json'))[0]?.message).toContain('JSON 对象');
  });
});

describe('jsonArrayElementLines', () => {
  it.each([
    ['{"days":[{"a":1},{"b":[1,2]},3]}', [1, 1, 1]],
    ['{\n "x": {"days": [9]},\n "days": [\n  {"s": "a,]\\"b"},\n\n  [1,\n 2],\n  "z"\n ]\n}', [4, 6, 8]],
    ['{"days": []}', []],
    ['{"other": [1]}', []],
  ])('%j → %j', (text, lines) => {
    expect(jsonArrayElementLines(text, 'days')).toEqual(lines);
  });
});
