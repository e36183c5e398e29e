/**
 * A calendar file the city bureau (市人社局) issues for years the built-in calendar does not know, transcribing the
 * State Council notice (国务院办公厅关于某年部分节假日安排的通知). Two forms, UTF-8:
 *
 * CSV — header `日期,类型,名称`, then one day a line; 类型 is `放假` (a day off: the holiday and its days in lieu;
 * weekend days inside the break may be listed too) or `上班` (a make-up workday, which must be a Saturday or Sunday):
 *
 *     日期,类型,名称
 *     2027-01-01,放假,元旦
 *     2027-02-06,上班,春节调休上班
 *
 * JSON — `{ "year": 2027, "source": "…", "days": [ { "date": "2027-01-01", "kind": "holiday", "name": "元旦" } ] }`
 * (see calendar-file-json.ts; `"years": [2027, 2028]` for several years).
 *
 * Every line is checked (date YYYY-MM-DD and real, kind, name non-empty, no 上班 on a weekday, no date twice) and
 * the file must hold whole years (calendar-file-checks.ts): a CSV covers the years its dates fall in, a JSON file
 * the years it declares. Nothing is returned unless the whole file is good. Pure: it takes the file's text.
 */
import type { CalendarDay } from './calendar-day';
import { arrangementYear, checkEntries, checkWholeYears } from './calendar-file-checks';
import { CSV_DIALECT, readCsvEntries } from './calendar-file-csv';
import type { CalendarFileProblem } from './calendar-file-entry';
import { JSON_DIALECT, readJsonEntries } from './calendar-file-json';
import { yearOf } from '../dates';

export type { CalendarFileProblem } from './calendar-file-entry';

export type CalendarFileFormat = 'csv' | 'json';

export interface CalendarFile {
  format: CalendarFileFormat;
  /** The whole years the file covers, ascending. */
  years: number[];
  /** The notice the file names (JSON `source`), else null. */
  source: string | null;
  /** Sorted by date. */
  days: CalendarDay[];
}

export type CalendarFileResult = { ok: true; value: CalendarFile } | { ok: false; problems: CalendarFileProblem[] };

/** JSON when the text starts with `{` (after a BOM and blanks), else CSV. */
export function detectCalendarFileFormat(text: string): CalendarFileFormat {
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'csv';
}

const byLine = (a: CalendarFileProblem, b: CalendarFileProblem) => (a.line ?? Infinity) - (b.line ?? Infinity);
const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function finish(format: CalendarFileFormat, years: number[], source: string | null, days: CalendarDay[], problems: CalendarFileProblem[]): CalendarFileResult {
  if (problems.length > 0) return { ok: false, problems: [...problems].sort(byLine) };
  const plain = days.map(({ date, kind, name }) => ({ date, kind, name })).sort(byDate);
  return { ok: true, value: { format, years, source, days: plain } };
}

export function parseCalendarCsv(text: string): CalendarFileResult {
  const read = readCsvEntries(text);
  const problems = [...read.problems];
  const days = checkEntries(read.entries, CSV_DIALECT, problems);
  if (read.entries.length === 0 && problems.length === 0) {
    problems.push({ line: null, field: null, message: '文件里没有任何日期。' });
  }
  const dateYears = new Set(days.map((d) => yearOf(d.date)));
  const years = [...new Set(days.map((d) => arrangementYear(d.date, dateYears)))].sort((a, b) => a - b);
  problems.push(...checkWholeYears(days, years));
  return finish('csv', years, null, days, problems);
}

export function parseCalendarJson(text: string): CalendarFileResult {
  const read = readJsonEntries(text);
  const problems = [...read.problems];
  const days = checkEntries(read.entries, JSON_DIALECT, problems);
  const declared = new Set(read.years);
  if (read.years.length > 0) {
    for (const day of days) {
      if (declared.has(arrangementYear(day.date, declared))) continue;
      problems.push({ line: day.line, field: 'date', message: `${day.where}“date”：${day.date} 不在文件声明的年份（${read.years.join('、')}）内。` });
    }
    problems.push(...checkWholeYears(days, read.years));
  }
  return finish('json', read.years, read.source, days, problems);
}

/** Parses a calendar file's text; `format` defaults to detectCalendarFileFormat(text). */
export function parseCalendarFile(text: string, format: CalendarFileFormat = detectCalendarFileFormat(text)): CalendarFileResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problems: [{ line: null, field: null, message: '文件是空的。' }] };
  return format === 'json' ? parseCalendarJson(text) : parseCalendarCsv(text);
}
