/**
 * Reads a standard workbook as a stream (bounded memory for 200,000+ rows): checks each sheet's header row, turns
 * every data row into a record or into located problems, and reports progress by bytes read.
 */
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { cellText } from '../../../shared/domain/workbook/cell-values';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { RowReader } from '../../../shared/domain/workbook/row-reader';
import { SharedTexts } from '../../../shared/domain/workbook/shared-texts';
import { emptyStreetData, NOTES_SHEET, SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { SheetDef, SheetField } from '../../../shared/domain/workbook/sheets';
import type { SheetsPresent } from './plan-import';
import { ZipLimitError } from '../files/zip-limits';
import { openXlsx } from './xlsx-stream-reader';
import type { XlsxSheet, XlsxWorkbook } from './xlsx-stream-reader';
import { openXlsxScannedApart } from './xlsx-scanned-apart';
import { columnLetter } from '../../../shared/domain/workbook/column-letter';

export interface ParsedWorkbook {
  data: StreetData;
  rows: RowNumbers;
  problems: ProblemList;
  /** Data rows read per sheet name. */
  rowCounts: Record<string, number>;
  /** Sheets that are not part of the standard workbook (notes and the like): passed over, not an error. */
  ignoredSheets: string[];
  /** The sheets the file has and each one's columns. */
  present: SheetsPresent;
}

export type ProgressFn = (fraction: number, note: string) => void;

function emptyData(): { data: StreetData; rows: RowNumbers } {
  return { data: emptyStreetData(), rows: Object.fromEntries(SHEET_ORDER.map((f) => [f, []])) as unknown as RowNumbers };
}

const FIELD_BY_SHEET = new Map<string, SheetField>(SHEET_ORDER.map((f) => [SHEET_DEFS[f].name, f]));

/** Maps header text → column index, reporting missing, unknown and repeated columns. */
function readHeader(def: SheetDef<unknown>, cells: CellValue[], problems: ProblemList): Map<string, number> | null {
  const columns = new Map<string, number>();
  const known = new Set(def.columns.map((c) => c.header));
  let ok = true;
  cells.forEach((raw, index) => {
    const text = cellText(raw);
    if (text === null) return;
    const letter = columnLetter(index);
    if (!known.has(text)) {
      problems.add({ sheet: def.name, row: 1, column: letter, value: text, message: `不认识的列“${text}”（第 ${letter} 列）。本表可用的列：${[...known].join('、')}` });
      ok = false;
    } else if (columns.has(text)) {
      problems.add({ sheet: def.name, row: 1, column: letter, value: text, message: `列“${text}”出现了两次` });
      ok = false;
    } else columns.set(text, index);
  });
  for (const column of def.columns) {
    if (column.required && !columns.has(column.header)) {
      problems.add({ sheet: def.name, row: 1, column: column.header, value: null, message: `缺少必需的列“${column.header}”` });
      ok = false;
    }
  }
  return ok ? columns : null;
}

async function readSheet(
  workbook: XlsxWorkbook,
  sheet: XlsxWorkbook['sheets'][number],
  field: SheetField,
  target: { data: StreetData; rows: RowNumbers },
  problems: ProblemList,
  today: string,
  onProgress: ProgressFn,
  columnsSeen: (columns: ReadonlySet<string>) => void,
  strings: SharedTexts,
): Promise<number> {
  const def = SHEET_DEFS[field] as SheetDef<unknown>;
  let header: Map<string, number> | null = null;
  let headerSeen = false;
  let count = 0;
  for await (const batch of sheet.batches()) for (const row of batch) {
    if (!headerSeen) {
      headerSeen = true;
      if (row.number !== 1) {
        problems.add({ sheet: def.name, row: 1, column: null, value: null, message: '第 1 行应为列标题' });
        return count;
      }
      header = readHeader(def, row.cells, problems);
      if (!header) return count;
      columnsSeen(new Set(header.keys()));
      continue;
    }
    if (!header) return count;
    if (!row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === ''))) continue;
    count += 1;
    const record = def.parse(new RowReader(def.name, row.number, row.cells, header, problems, today, strings));
    if (record !== null) {
      if (field === 'street') {
        if (target.data.street !== null) problems.add({ sheet: def.name, row: row.number, column: null, value: null, message: '“街道”工作表只能有一行数据' });
        else {
          target.data.street = record as StreetData['street'];
          target.rows.street.push(row.number);
        }
      } else {
        (target.data[field] as unknown[]).push(record);
        target.rows[field].push(row.number);
      }
    }
    if ((count & 4095) === 0) {
      const { readBytes, totalBytes } = workbook.progress();
      onProgress(Math.min(0.99, readBytes / Math.max(1, totalBytes)), `正在读取“${def.name}”第 ${row.number} 行`);
    }
  }
  if (!headerSeen) problems.add({ sheet: def.name, row: 1, column: null, value: null, message: '工作表是空的，缺少列标题行' });
  return count;
}

/** Why the file could not be read: a limit it went past says so itself; anything else is damage. */
function unreadable(error: unknown, damaged: string): string {
  if (error instanceof ZipLimitError) return `文件超出安全上限，未导入：${error.message}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `${damaged}（${detail}）`;
}

export interface ReadWorkbookOptions {
  /**
   * Scan the worksheets in a helper thread while this one parses and validates them (xlsx-scanned-apart.ts): for a
   * large file, where the read is worth a second core and a thread's start.
   */
  scanApart?: boolean;
}

export async function readWorkbook(path: string, today: string, onProgress: ProgressFn = () => undefined, options: ReadWorkbookOptions = {}): Promise<ParsedWorkbook> {
  const target = emptyData();
  const problems = new ProblemList();
  const rowCounts: Record<string, number> = {};
  const ignoredSheets: string[] = [];
  const seen = new Set<string>();
  const present: SheetsPresent = { sheets: new Set<SheetField>(), columns: new Map<SheetField, ReadonlySet<string>>() };
  const strings = new SharedTexts();
  let workbook: XlsxWorkbook;
  try {
    workbook = options.scanApart ? await openXlsxScannedApart(path) : await openXlsx(path);
  } catch (error) {
    problems.add({ sheet: '', row: null, column: null, value: null, message: unreadable(error, '文件已损坏或不是有效的 .xlsx 工作簿') });
    return { ...target, problems, rowCounts, ignoredSheets, present };
  }
  try {
    // Which sheets are read, in order, is known from their names before any is.
    const toRead: { index: number; field: SheetField }[] = [];
    workbook.sheets.forEach((sheet, index) => {
      const name = sheet.name.trim();
      const field = FIELD_BY_SHEET.get(name);
      if (name === NOTES_SHEET) return;
      if (field === undefined) {
        ignoredSheets.push(name);
        return;
      }
      if (seen.has(name)) {
        problems.add({ sheet: name, row: null, column: null, value: null, message: '工作表重复出现' });
        return;
      }
      seen.add(name);
      toRead.push({ index, field });
    });
    workbook.readAhead?.(toRead.map((s) => s.index));
    for (const { index, field } of toRead) {
      const sheet = workbook.sheets[index] as XlsxSheet;
      (present.sheets as Set<SheetField>).add(field);
      rowCounts[sheet.name.trim()] = await readSheet(workbook, sheet, field, target, problems, today, onProgress, (columns) =>
        (present.columns as Map<SheetField, ReadonlySet<string>>).set(field, columns),
        strings,
      );
    }
  } catch (error) {
    problems.add({ sheet: '', row: null, column: null, value: null, message: unreadable(error, '文件已损坏，读取中断') });
  } finally {
    workbook.close();
  }
  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field];
    if (def.required && !seen.has(def.name)) {
      problems.add({ sheet: def.name, row: null, column: null, value: null, message: `缺少必需的工作表“${def.name}”` });
    }
  }
  onProgress(1, '读取完成');
  return { ...target, problems, rowCounts, ignoredSheets, present };
}
