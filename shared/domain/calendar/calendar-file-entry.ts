/** What the CSV and JSON readers of a calendar file hand to the shared checks (calendar-file-checks.ts). */
import type { CalendarDayKind } from './calendar-day';

/** One thing wrong with a calendar file. `message` is complete Chinese, with the line and field in it. */
export interface CalendarFileProblem {
  /** 1-based line in the file; null for a problem of the whole file or of a whole year. */
  line: number | null;
  /** The field as the file names it (`日期`, `类型`, `名称` in CSV; `date`, `kind`, `name`, `year`… in JSON). */
  field: string | null;
  message: string;
}

/** The vocabulary of one file format. */
export interface CalendarFileDialect {
  labels: { date: string; kind: string; name: string };
  /** Accepted spellings of the kind, e.g. 放假 → holiday. */
  kinds: Readonly<Record<string, CalendarDayKind>>;
}

/** One day as read from the file, not yet checked (JSON values may be of any type). */
export interface RawCalendarEntry {
  line: number;
  /** How messages locate it: `第 3 行` or `第 5 行（days 第 2 项）`. */
  where: string;
  date: unknown;
  kind: unknown;
  name: unknown;
}

export function problemAt(entry: RawCalendarEntry, field: string, text: string): CalendarFileProblem {
  return { line: entry.line, field, message: `${entry.where}“${field}”：${text}` };
}
