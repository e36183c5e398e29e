/**
 * Importing a calendar file (CSV or JSON, UTF-8; see shared/domain/calendar/calendar-file.ts) that the city bureau
 * issues for years the built-in calendar does not know. All or nothing: every line is checked first and any problem
 * (with its line and field) means nothing is written. A good file replaces its whole years in one transaction,
 * audited, and the file is logged with its SHA-256 among the exchanged packages, as workbook imports are.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CalendarFileProblem, CalendarImportResult } from '../../../shared/contract/calendar';
import { detectCalendarFileFormat, parseCalendarFile, type CalendarFileFormat } from '../../../shared/domain/calendar/calendar-file';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { deleteCalendarRowsBetween, listCalendarRows, writeCalendarRows } from '../../../db/repositories/calendar/calendar-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { sha256File } from '../workbook/file-hash';
import { coverageProblems, planCalendarImport } from './import-plan';
import { IMPORT_SOURCE_PREFIX, mergeCalendar } from './load-calendar';

/** A calendar file lists a few dozen days a year; anything this large is not one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Refused = Extract<CalendarImportResult, { ok: false }>;

function refused(fileName: string, problems: CalendarFileProblem[]): Refused {
  return { ok: false, fileName, problems };
}

function wholeFile(message: string): CalendarFileProblem {
  return { line: null, field: null, message };
}

/** A .json file is JSON; otherwise the content decides (JSON starts with `{`), whatever the extension says. */
function formatOf(fileName: string, text: string): CalendarFileFormat {
  return extname(fileName).toLowerCase() === '.json' ? 'json' : detectCalendarFileFormat(text);
}

/** The file's text, or the problem that stops it being read. */
async function readText(path: string, fileName: string): Promise<{ text: string } | { problem: CalendarFileProblem }> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: wholeFile(`“${fileName}”不是文件，请选择日历文件（.csv 或 .json）。`) };
    size = info.size;
  } catch {
    return { problem: wholeFile(`找不到文件“${fileName}”，请检查路径。`) };
  }
  if (size > MAX_FILE_BYTES) {
    return { problem: wholeFile(`“${fileName}”有 ${(size / 1024 / 1024).toFixed(1)} MB，不像日历文件（每年只有几十行）；请选择市人社局下发的日历文件（.csv 或 .json）。`) };
  }
  const bytes = await readFile(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: wholeFile(`“${fileName}”不是 UTF-8 编码（可能是 GBK）：请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或用记事本另存为 UTF-8 后重新导入。`) };
  }
}

export async function importCalendarFile(db: DeskDatabase, ctx: CallerContext, path: string, fileName: string): Promise<CalendarImportResult> {
  const read = await readText(path, fileName);
  if ('problem' in read) return refused(fileName, [read.problem]);
  const parsed = parseCalendarFile(read.text, formatOf(fileName, read.text));
  if (!parsed.ok) return refused(fileName, parsed.problems);
  const file = parsed.value;
  const sha256 = await sha256File(path);
  const source = `${IMPORT_SOURCE_PREFIX}${sha256}`;

  return inTransaction(db, () => {
    const existing = listCalendarRows(db);
    const before = mergeCalendar(existing).calendar;
    const problems = coverageProblems(file.years, before.firstYear, before.lastYear);
    if (problems.length > 0) return refused(fileName, problems);

    const plan = planCalendarImport(file, existing, before.lastYear, source);
    for (const range of plan.ranges) deleteCalendarRowsBetween(db, range.from, range.to);
    writeCalendarRows(db, plan.rows);
    const after = mergeCalendar(listCalendarRows(db)).calendar;
    const summary = {
      years: file.years,
      holidays: file.days.filter((d) => d.kind === 'holiday').length,
      workdays: file.days.filter((d) => d.kind === 'workday').length,
      replaced: plan.replaced.length,
    };
    recordAudit(db, {
      username: ctx.username,
      action: 'import',
      entity: 'calendar',
      entityKey: file.years.join(','),
      before: plan.replaced,
      after: { fileName, sha256, format: file.format, source: file.source, ...summary },
    });
    logPackage(db, { direction: 'import', kind: 'calendar', fileName, sha256, summary: { ...summary, format: file.format, source: file.source }, createdBy: ctx.username });
    return {
      ok: true,
      fileName,
      sha256,
      format: file.format,
      ...summary,
      coverage: { firstYear: after.firstYear, lastYear: after.lastYear },
    };
  });
}
