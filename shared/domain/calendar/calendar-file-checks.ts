/**
 * The checks every calendar file passes whatever its format: each line's date, kind and name; no make-up workday
 * on a weekday; no date twice; and whole years only.
 *
 * "Whole years": a year is covered only when the file lists its 1 January (元旦) and 1 October (国庆节) as
 * holidays — both are statutory holidays every year, so a file missing either is a partial year. A date in
 * 25–31 December belongs to the next year's arrangement when the file covers that next year (the 元旦 break or
 * its make-up workday sometimes falls there, e.g. 2011-12-31 for 元旦 2012).
 */
import type { CalendarDay } from './calendar-day';
import { chineseWeekday, isValidIsoDate, isWeekend, yearOf } from '../dates';
import { problemAt, type CalendarFileDialect, type CalendarFileProblem, type RawCalendarEntry } from './calendar-file-entry';

const MAX_NAME_LENGTH = 40;

export interface CheckedDay extends CalendarDay {
  line: number;
  where: string;
}

function checkEntry(entry: RawCalendarEntry, dialect: CalendarFileDialect, problems: CalendarFileProblem[]): CheckedDay | null {
  const { labels } = dialect;
  const before = problems.length;
  const date = typeof entry.date === 'string' ? entry.date.trim() : entry.date;
  if (date === '' || date === undefined || date === null) problems.push(problemAt(entry, labels.date, '不能为空。'));
  else if (typeof date !== 'string') problems.push(problemAt(entry, labels.date, '应为文本，如 "2027-02-06"。'));
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(problemAt(entry, labels.date, `“${date}”不是 YYYY-MM-DD 格式的日期（如 2027-02-06）。`));
  else if (!isValidIsoDate(date)) problems.push(problemAt(entry, labels.date, `“${date}”不是有效日期。`));

  const kindText = typeof entry.kind === 'string' ? entry.kind.trim() : entry.kind;
  const allowed = Object.keys(dialect.kinds).map((k) => `“${k}”`).join('或');
  const kind = typeof kindText === 'string' ? dialect.kinds[kindText] : undefined;
  if (kindText === '' || kindText === undefined || kindText === null) problems.push(problemAt(entry, labels.kind, `不能为空，应为${allowed}。`));
  else if (!kind) problems.push(problemAt(entry, labels.kind, `“${String(kindText)}”无效，应为${allowed}。`));

  const name = typeof entry.name === 'string' ? entry.name.trim() : entry.name;
  if (name === '' || name === undefined || name === null) problems.push(problemAt(entry, labels.name, '不能为空，请填写节日名称（如 春节、国庆节调休上班）。'));
  else if (typeof name !== 'string') problems.push(problemAt(entry, labels.name, '应为文本。'));
  else if (name.length > MAX_NAME_LENGTH) problems.push(problemAt(entry, labels.name, `太长（${name.length} 字），最多 ${MAX_NAME_LENGTH} 字。`));

  if (problems.length > before || typeof date !== 'string' || !kind || typeof name !== 'string') return null;
  if (kind === 'workday' && !isWeekend(date)) {
    problems.push(problemAt(entry, labels.kind, `${date} 是${chineseWeekday(date)}，不是周末，不能设为调休上班。`));
    return null;
  }
  return { date, kind, name, line: entry.line, where: entry.where };
}

/** The arrangement year a date belongs to, given the years the file may cover. */
export function arrangementYear(date: string, years: ReadonlySet<number>): number {
  const year = yearOf(date);
  if (date.slice(5) >= '12-25' && years.has(year + 1)) return year + 1;
  return year;
}

export function checkEntries(entries: readonly RawCalendarEntry[], dialect: CalendarFileDialect, problems: CalendarFileProblem[]): CheckedDay[] {
  const days: CheckedDay[] = [];
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    const day = checkEntry(entry, dialect, problems);
    if (!day) continue;
    const earlier = firstLine.get(day.date);
    if (earlier !== undefined) {
      problems.push(problemAt(entry, dialect.labels.date, `${day.date} 与第 ${earlier} 行重复，同一天只能出现一次。`));
      continue;
    }
    firstLine.set(day.date, entry.line);
    days.push(day);
  }
  return days;
}

/** Problems of years that are not whole: each year must list its 1 January and 1 October as holidays. */
export function checkWholeYears(days: readonly CheckedDay[], years: readonly number[]): CalendarFileProblem[] {
  const holidays = new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date));
  const problems: CalendarFileProblem[] = [];
  for (const year of years) {
    const missing = [
      [`${year}-01-01`, '元旦'],
      [`${year}-10-01`, '国庆节'],
    ].filter(([date]) => !holidays.has(date ?? ''));
    if (missing.length === 0) continue;
    const list = missing.map(([date, name]) => `${date}（${name}）`).join('、');
    problems.push({
      line: null,
      field: null,
      message: `${year} 年的安排不完整：没有列出 ${list}放假。日历文件必须包含整年的全部放假和调休上班日期。`,
    });
  }
  return problems;
}
