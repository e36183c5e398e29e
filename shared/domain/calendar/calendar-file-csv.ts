/**
 * Reads the CSV form of a calendar file into raw entries: UTF-8 (a leading BOM is dropped, as Excel writes it),
 * header `日期,类型,名称`, one day a line, fields optionally in double quotes, blank lines ignored.
 */
import type { CalendarFileDialect, CalendarFileProblem, RawCalendarEntry } from './calendar-file-entry';

export const CSV_DIALECT: CalendarFileDialect = {
  labels: { date: '日期', kind: '类型', name: '名称' },
  kinds: { 放假: 'holiday', 上班: 'workday' },
};

export const CSV_HEADER = ['日期', '类型', '名称'] as const;

/** Splits one CSV line; `"a,b"` and `"say ""hi"""` are single fields. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((s) => s.trim());
}

function headerProblem(cells: readonly string[], raw: string): CalendarFileProblem | null {
  const used = cells.slice(0, CSV_HEADER.length);
  const rest = cells.slice(CSV_HEADER.length);
  if (CSV_HEADER.every((h, i) => used[i] === h) && rest.every((c) => c === '')) return null;
  const hint = raw.includes('\uFFFD') ? '文件编码可能不是 UTF-8，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。' : '';
  return { line: 1, field: null, message: `第 1 行：表头应为“日期,类型,名称”，实际是“${raw.trim()}”。${hint}` };
}

export function readCsvEntries(text: string): { entries: RawCalendarEntry[]; problems: CalendarFileProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const bad = headerProblem(splitCsvLine(header), header);
  if (bad) return { entries: [], problems: [bad] };

  const entries: RawCalendarEntry[] = [];
  const problems: CalendarFileProblem[] = [];
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    const cells = splitCsvLine(raw);
    if (cells.every((c) => c === '')) return;
    const extra = cells.slice(CSV_HEADER.length).filter((c) => c !== '');
    if (extra.length > 0) {
      problems.push({ line, field: null, message: `第 ${line} 行：多出了 ${extra.length} 个字段（“${extra.join('”“')}”），每行只能有日期、类型、名称三列；名称里有逗号时请用英文双引号括起来。` });
      return;
    }
    entries.push({ line, where: `第 ${line} 行`, date: cells[0] ?? '', kind: cells[1] ?? '', name: cells[2] ?? '' });
  });
  return { entries, problems };
}
