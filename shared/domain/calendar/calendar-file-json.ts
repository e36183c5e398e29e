/**
 * Reads the JSON form of a calendar file into raw entries and the years it declares:
 *
 *   { "year": 2027,                       // or "years": [2027, 2028]; exactly one of the two
 *     "source": "国办发明电〔2026〕N号",     // optional: the notice it transcribes
 *     "days": [ { "date": "2027-01-01", "kind": "holiday", "name": "元旦" },
 *               { "date": "2027-02-06", "kind": "workday", "name": "春节调休上班" } ] }
 *
 * Other top-level keys and other keys of a day are ignored. Lines are located in the text for messages.
 */
import type { CalendarFileDialect, CalendarFileProblem, RawCalendarEntry } from './calendar-file-entry';
import { jsonArrayElementLines, lineAtOffset } from './json-positions';

export const JSON_DIALECT: CalendarFileDialect = {
  labels: { date: 'date', kind: 'kind', name: 'name' },
  kinds: { holiday: 'holiday', workday: 'workday' },
};

export interface JsonCalendarRead {
  years: number[];
  source: string | null;
  entries: RawCalendarEntry[];
  problems: CalendarFileProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1949 && value <= 2200;
}

function parseJson(text: string): { value: unknown } | { problem: CalendarFileProblem } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const line = position ? lineAtOffset(text, Number(position[1])) : null;
    const where = line === null ? '' : `第 ${line} 行附近：`;
    return { problem: { line, field: null, message: `${where}不是有效的 JSON，请检查逗号、引号和括号是否成对。` } };
  }
}

function readYears(root: Record<string, unknown>, problems: CalendarFileProblem[]): number[] {
  const yearProblem = (field: string, message: string) => problems.push({ line: null, field, message: `“${field}”：${message}` });
  const hasYear = 'year' in root;
  const hasYears = 'years' in root;
  if (hasYear === hasYears) {
    problems.push({ line: null, field: 'year', message: '文件必须写明覆盖的年份：“year”（如 2027）或“years”（如 [2027, 2028]），二者只写一个。' });
    return [];
  }
  if (hasYear) {
    if (isYear(root.year)) return [root.year];
    yearProblem('year', `${JSON.stringify(root.year)} 不是有效年份，应为整数，如 2027。`);
    return [];
  }
  const years = root.years;
  if (!Array.isArray(years) || years.length === 0 || !years.every(isYear)) {
    yearProblem('years', '应为年份列表，如 [2027, 2028]。');
    return [];
  }
  if (new Set(years).size !== years.length) {
    yearProblem('years', '有重复的年份。');
    return [];
  }
  return [...years].sort((a, b) => a - b);
}

export function readJsonEntries(text: string): JsonCalendarRead {
  const empty: JsonCalendarRead = { years: [], source: null, entries: [], problems: [] };
  const parsed = parseJson(text);
  if ('problem' in parsed) return { ...empty, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root)) {
    return { ...empty, problems: [{ line: null, field: null, message: '文件内容应是一个 JSON 对象：{ "year": 2027, "days": [ … ] }。' }] };
  }
  const problems: CalendarFileProblem[] = [];
  const years = readYears(root, problems);
  const source = typeof root.source === 'string' && root.source.trim() !== '' ? root.source.trim() : null;
  if (!Array.isArray(root.days)) {
    problems.push({ line: null, field: 'days', message: '“days”：缺少日期列表，应为 [ { "date", "kind", "name" }, … ]。' });
    return { years, source, entries: [], problems };
  }
  const lines = jsonArrayElementLines(text, 'days');
  const entries: RawCalendarEntry[] = [];
  root.days.forEach((item: unknown, index) => {
    const line = lines[index] ?? 0;
    const where = `第 ${line} 行（days 第 ${index + 1} 项）`;
    if (!isRecord(item)) {
      problems.push({ line, field: null, message: `${where}：应为 { "date", "kind", "name" } 对象。` });
      return;
    }
    entries.push({ line, where, date: item.date, kind: item.kind, name: item.name });
  });
  return { years, source, entries, problems };
}
