/**
 * Opening an office's ledger file: .xlsx (streamed, formulas' cached values), .csv in UTF-8 or GBK/GB18030, and
 * legacy .xls / WPS .et through @e965/xlsx (the republished SheetJS 0.20.3). Every file is hostile: its kind is told
 * by its bytes, not its name, and each reader is held to a limit; a file nothing can read gets a message saying to
 * save it as .xlsx in Excel/WPS.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { read as readSheetJs, SSF } from '@e965/xlsx';
import type { WorkBook } from '@e965/xlsx';
import { AppError } from '../../../shared/app-error';
import type { SheetRow } from '../../../shared/domain/ledger-import/find-table';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { DEFAULT_ZIP_LIMITS, ZipLimitError } from '../files/zip-limits';
import { openXlsx } from '../workbook/xlsx-stream-reader';
import { decodeText } from './decode-text';
import { csvRows } from './parse-csv';

export interface LedgerSheet {
  name: string;
  rows(): AsyncGenerator<SheetRow>;
}

export interface LedgerFile {
  format: 'xlsx' | 'csv' | 'xls';
  /** CSV only: the encoding it was read in. */
  encoding: string | null;
  sheets: LedgerSheet[];
  /** 0…1 of the file read so far (the .xlsx reader's bytes; the others are read at once). */
  progress(): number;
  close(): void;
}

const MB = 1024 * 1024;
/** A CSV is read whole (decoded at once): 256 MB of text is far beyond any street's ledger. */
export const MAX_CSV_BYTES = 256 * MB;
/** An .xls is parsed whole in memory by SheetJS: held lower. */
export const MAX_XLS_BYTES = 64 * MB;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const startsWith = (head: Buffer, magic: readonly number[]) => magic.every((b, i) => head[i] === b);

function saveAsXlsx(name: string, what: string): AppError {
  return new AppError('REJECTED', `“${name}”${what}。请在 Excel 或 WPS 中打开它，“另存为”Excel 工作簿（.xlsx）后再导入`);
}

/** Text that a ledger could be: no NUL bytes and few control characters in the first 64 KB. */
function looksLikeText(head: Buffer): boolean {
  let control = 0;
  for (const b of head.subarray(0, 64 * 1024)) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return control <= head.length / 100;
}

async function readHead(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 512 * 1024));
    await handle.read(head, 0, head.length, 0);
    return head;
  } finally {
    await handle.close();
  }
}

async function openXlsxLedger(path: string, name: string): Promise<LedgerFile> {
  try {
    const workbook = await openXlsx(path, DEFAULT_ZIP_LIMITS, { cachedFormulaValues: true });
    return {
      format: 'xlsx',
      encoding: null,
      sheets: workbook.sheets.map((s) => ({ name: s.name, rows: s.rows })),
      progress: () => {
        const { readBytes, totalBytes } = workbook.progress();
        return totalBytes === 0 ? 0 : readBytes / totalBytes;
      },
      close: () => workbook.close(),
    };
  } catch (error) {
    if (error instanceof ZipLimitError) throw new AppError('REJECTED', `“${name}”超出安全上限，未读取：${error.message}`);
    throw saveAsXlsx(name, `是压缩文件，但不是能读取的 Excel 工作簿（${error instanceof Error ? error.message : String(error)}）`);
  }
}

async function openCsvLedger(path: string, name: string, size: number): Promise<LedgerFile> {
  if (size > MAX_CSV_BYTES) throw new AppError('REJECTED', `“${name}”有 ${Math.round(size / MB)} MB，超过 CSV 的上限 ${MAX_CSV_BYTES / MB} MB`);
  const { text, encoding } = decodeText(await readFile(path));
  const sheetName = name.replace(/\.[^.]+$/, '');
  return {
    format: 'csv',
    encoding,
    sheets: [
      {
        name: sheetName,
        rows: async function* () {
          for (const row of csvRows(text, DEFAULT_ZIP_LIMITS.maxCellChars)) yield row;
        },
      },
    ],
    progress: () => 1,
    close: () => undefined,
  };
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  z?: string | number;
}

/** A SheetJS cell as the .xlsx reader would give it: dates from date-formatted numbers as UTC dates. */
function sheetJsValue(cell: SheetJsCell | undefined, date1904: boolean): CellValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  const { t, v } = cell;
  if (t === 'b') return Boolean(v);
  if (t === 'n' && typeof v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : null;
    if (format !== null && SSF.is_date(format) === true) {
      const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return new Date(epoch + Math.round(v * 86_400_000));
    }
    return v;
  }
  if (t === 'e') return null;
  return typeof v === 'string' ? v : String(v);
}

async function openXlsLedger(path: string, name: string, size: number): Promise<LedgerFile> {
  if (size > MAX_XLS_BYTES) throw saveAsXlsx(name, `是旧版 .xls 文件，有 ${Math.round(size / MB)} MB，超过旧版格式的上限 ${MAX_XLS_BYTES / MB} MB`);
  let book: WorkBook;
  try {
    book = readSheetJs(await readFile(path), { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellNF: true, sheetRows: DEFAULT_ZIP_LIMITS.maxRows });
  } catch (error) {
    throw saveAsXlsx(name, `是旧版 .xls/.et 文件，但无法读取（${error instanceof Error ? error.message : String(error)}）`);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  return {
    format: 'xls',
    encoding: null,
    sheets: book.SheetNames.map((sheetName) => ({
      name: sheetName,
      rows: async function* () {
        const sheet = book.Sheets[sheetName] as unknown as { '!data'?: (SheetJsCell | undefined)[][] } | undefined;
        const data = sheet?.['!data'] ?? [];
        for (let r = 0; r < data.length; r += 1) {
          const source = data[r];
          if (!source) continue;
          const cells: CellValue[] = [null];
          for (let c = 0; c < source.length; c += 1) cells[c + 1] = sheetJsValue(source[c], date1904);
          yield { number: r + 1, cells };
        }
      },
    })),
    progress: () => 1,
    close: () => undefined,
  };
}

/** Opens the ledger, or throws a REJECTED AppError saying what the file is and what to do. */
export async function openLedger(path: string, name: string): Promise<LedgerFile> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('NOT_FOUND', `找不到文件“${name}”：它可能已被移动或删除，请重新选择文件`);
  if (info.size === 0) throw new AppError('REJECTED', `“${name}”是空文件（0 字节）`);
  const head = await readHead(path, info.size);
  if (startsWith(head, ZIP)) return openXlsxLedger(path, name);
  if (startsWith(head, CFB)) {
    if (head.includes(ENCRYPTION_INFO)) throw new AppError('REJECTED', `“${name}”设置了打开密码（已加密），无法读取。请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入`);
    return openXlsLedger(path, name, info.size);
  }
  if (looksLikeText(head)) return openCsvLedger(path, name, info.size);
  throw saveAsXlsx(name, '不是电子表格（既不是 Excel/WPS 工作簿，也不是 CSV 文本）');
}
