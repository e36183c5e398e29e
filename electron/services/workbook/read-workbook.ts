/**
 * Reads a standard workbook with exceljs's streaming reader (bounded memory for 200,000+ rows): checks each sheet's
 * header row, turns every data row into a record or into located problems, and reports progress by bytes read.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { cellFromExceljs } from './cell-from-exceljs';
import { readSheetNames } from './zip-sheet-names';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import type { RowNumbers } from '../../../shared/domain/workbook/cross-check';
import { ProblemList } from '../../../shared/domain/workbook/problems';
import type { StreetData } from '../../../shared/domain/workbook/records';
import { RowReader } from '../../../shared/domain/workbook/row-reader';
import { SHEET_DEFS, SHEET_ORDER } from '../../../shared/domain/workbook/sheets';
import type { SheetDef, SheetField } from '../../../shared/domain/workbook/sheets';

export interface ParsedWorkbook {
  data: StreetData;
  rows: RowNumbers;
  problems: ProblemList;
  /** Data rows read per sheet name. */
  rowCounts: Record<string, number>;
  /** Sheets that are not part of the standard workbook (notes and the like): passed over, not an error. */
  ignoredSheets: string[];
}

export type ProgressFn = (fraction: number, note: string) => void;

interface RowLike {
  number: number;
  values: unknown;
}

function emptyData(): { data: StreetData; rows: RowNumbers } {
  return {
    data: { street: null, communities: [], households: [], persons: [], spells: [], registrations: [], services: [], complaints: [] },
    rows: { street: [], communities: [], households: [], persons: [], spells: [], registrations: [], services: [], complaints: [] },
  };
}

const FIELD_BY_SHEET = new Map<string, SheetField>(SHEET_ORDER.map((f) => [SHEET_DEFS[f].name, f]));

/** Maps header text → column index, reporting missing, unknown and repeated columns. */
function readHeader(def: SheetDef<unknown>, values: unknown[], problems: ProblemList): Map<string, number> | null {
  const columns = new Map<string, number>();
  const known = new Set(def.columns.map((c) => c.header));
  let ok = true;
  values.forEach((raw, index) => {
    const text = typeof raw === 'string' ? raw.trim() : raw === null || raw === undefined ? '' : String(cellFromExceljs(raw) ?? '').trim();
    if (text === '') return;
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

/** 1-based column index → Excel letters (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export async function readWorkbook(path: string, size: number, today: string, onProgress: ProgressFn = () => undefined): Promise<ParsedWorkbook> {
  const { data, rows } = emptyData();
  const problems = new ProblemList();
  let sheetNames: Map<string, string>;
  try {
    sheetNames = await readSheetNames(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.add({ sheet: '', row: null, column: null, value: null, message: `文件已损坏或不是有效的 .xlsx 工作簿（${detail}）` });
    return { data, rows, problems, rowCounts: {}, ignoredSheets: [] };
  }
  const rowCounts: Record<string, number> = {};
  const seenSheets = new Set<string>();
  const ignoredSheets: string[] = [];
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });

  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as { name: string; id: string | number };
      // exceljs names a sheet right only when workbook.xml came first in the zip; else it says "Sheet<file number>".
      const name = (/^Sheet\d+$/.test(sheet.name) ? (sheetNames.get(`sheet${sheet.id}.xml`) ?? sheet.name) : sheet.name).trim();
      const field = FIELD_BY_SHEET.get(name);
      if (field === undefined) {
        // Sheets other than the standard ones (notes, pivot tables) are passed over, and said so.
        ignoredSheets.push(name);
        for await (const _row of worksheet) void _row;
        continue;
      }
      if (seenSheets.has(name)) {
        problems.add({ sheet: name, row: null, column: null, value: null, message: '工作表重复出现' });
        continue;
      }
      seenSheets.add(name);
      const def = SHEET_DEFS[field] as SheetDef<unknown>;
      let header: Map<string, number> | null = null;
      let headerSeen = false;
      let count = 0;
      for await (const row of worksheet as AsyncIterable<RowLike>) {
        const values = row.values as unknown[];
        if (!headerSeen) {
          if (row.number !== 1) {
            problems.add({ sheet: name, row: 1, column: null, value: null, message: '第 1 行应为列标题' });
            break;
          }
          headerSeen = true;
          header = readHeader(def, values, problems);
          if (!header) break;
          continue;
        }
        if (!header) break;
        const cells = new Map<string, CellValue>();
        let any = false;
        for (const [text, index] of header) {
          const cell = cellFromExceljs(values[index]);
          if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) any = true;
          cells.set(text, cell);
        }
        if (!any) continue;
        count += 1;
        const record = def.parse(new RowReader(name, row.number, cells, problems, today));
        if (record !== null) {
          if (field === 'street') {
            if (data.street !== null) {
              problems.add({ sheet: name, row: row.number, column: null, value: null, message: '“街道”工作表只能有一行数据' });
            } else {
              data.street = record as StreetData['street'];
              rows.street.push(row.number);
            }
          } else {
            (data[field] as unknown[]).push(record);
            rows[field].push(row.number);
          }
        }
        if ((count & 4095) === 0) onProgress(Math.min(0.99, bytes / size), `正在读取“${name}”第 ${row.number} 行`);
      }
      if (!headerSeen) problems.add({ sheet: name, row: 1, column: null, value: null, message: '工作表是空的，缺少列标题行' });
      rowCounts[name] = count;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.add({ sheet: '', row: null, column: null, value: null, message: `文件已损坏或不是有效的 .xlsx（${detail}）` });
    stream.destroy();
  }

  for (const field of SHEET_ORDER) {
    const def = SHEET_DEFS[field];
    if (def.required && !seenSheets.has(def.name)) {
      problems.add({ sheet: def.name, row: null, column: null, value: null, message: `缺少必需的工作表“${def.name}”` });
    }
  }
  onProgress(1, '读取完成');
  return { data, rows, problems, rowCounts, ignoredSheets };
}
