/**
 * A streaming .xlsx reader: the zip's central directory is read first (yauzl), so the workbook's sheet list, shared
 * strings and date styles are known before any worksheet is parsed, whatever order the parts are stored in; each
 * worksheet is then parsed with a SAX parser (saxes) chunk by chunk, so memory stays bounded by the shared strings.
 *
 * Not exceljs's stream.xlsx.WorkbookReader: in exceljs 4.4.0 it stops reading the zip early when worksheets are
 * stored before sharedStrings.xml and workbook.xml (as its own streaming writer, and Excel, store them), which loses
 * the sheet names and every shared string.
 */
import { SaxesParser } from 'saxes';
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { cellTooLong, checkCellPosition, DEFAULT_ZIP_LIMITS, sharedStringsGuard, tokenGuard } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { openZip } from './zip-entries';
import type { OpenZip } from './zip-entries';

export interface XlsxRow {
  /** 1-based row number as Excel shows it. */
  number: number;
  /** Cell values by 1-based column index (sparse). Formulas are given as their text `=…`, so they stay inert. */
  cells: CellValue[];
}

export interface XlsxSheet {
  name: string;
  rows(): AsyncGenerator<XlsxRow>;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  /** Bytes of worksheet XML (compressed) read so far, of `totalBytes`. */
  progress(): { readBytes: number; totalBytes: number };
  close(): void;
}

/**
 * A copy of `text` that does not keep the parser's chunk alive. The SAX parser hands out slices of its input chunk,
 * and V8 keeps the whole chunk for as long as any slice lives: held in records, 900,000 slices would pin the entire
 * worksheet XML in memory. Concatenating and slicing makes V8 copy the characters into a string of their own.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

/** Element name without a namespace prefix (`x:row` → `row`). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function attr(tag: { attributes: Record<string, unknown> }, name: string): string | undefined {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : undefined;
}

function resolvePart(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Parses a small XML part completely, calling `onOpen` for every element. */
function parseSmall(xml: string, onOpen: (name: string, tag: { attributes: Record<string, unknown> }) => void): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => onOpen(local(tag.name), tag));
  parser.write(xml).close();
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  const stripped = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(stripped) && !/^general$/i.test(stripped.trim());
}

/** Indexes into cellXfs whose number format is a date. */
function dateStyles(stylesXml: string | null): Set<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const customDate = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (name === 'numFmt') {
      const id = Number(attr(tag, 'numFmtId'));
      if (isDateFormatCode(attr(tag, 'formatCode') ?? '')) customDate.add(id);
    } else if (name === 'cellXfs') inCellXfs = true;
    else if (name === 'xf' && inCellXfs) {
      const id = Number(attr(tag, 'numFmtId') ?? '0');
      if (BUILTIN_DATE_FORMATS.has(id) || customDate.has(id)) out.add(xfIndex);
      xfIndex += 1;
    }
  });
  parser.on('closetag', (tag) => {
    if ((local(tag.name)) === 'cellXfs') inCellXfs = false;
  });
  parser.write(stylesXml).close();
  return out;
}

/** The shared strings, held to the zip's limits as they are read (count, total size, one string's length). */
async function readSharedStrings(zip: OpenZip, part: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (!part || !zip.entries.has(part)) return strings;
  const counted = sharedStringsGuard(part, zip.limits);
  const guard = tokenGuard(part, zip.limits);
  const parser = new SaxesParser();
  let current: string[] | null = null;
  let currentLength = 0;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (name === 'si') {
      current = [];
      currentLength = 0;
    }
    else if (name === 'rPh') phonetic += 1;
    else if (name === 't' && phonetic === 0) inText = true;
  });
  parser.on('text', (text) => {
    if (!inText || !current) return;
    currentLength += text.length;
    if (currentLength > zip.limits.maxCellChars) cellTooLong(part, currentLength, zip.limits);
    current.push(text);
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic -= 1;
    else if (name === 'si' && current) {
      const text = current.join('');
      counted(text);
      strings.push(detach(text));
      current = null;
    }
  });
  const stream = await zip.stream(part);
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    guard(chunk as string);
    parser.write(chunk as string);
  }
  parser.close();
  return strings;
}

function columnIndex(ref: string | undefined, previous: number): number {
  if (!ref) return previous + 1;
  let n = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n || previous + 1;
}

function excelSerialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

/** How cells are handed over: `cachedFormulaValues` gives a formula's cached result (its text only when it has none). */
export interface XlsxReadOptions {
  cachedFormulaValues?: boolean;
}

/** Opens an .xlsx held to `limits` (files/zip-limits.ts): a file past one is refused with a ZipLimitError. */
export async function openXlsx(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, options: XlsxReadOptions = {}): Promise<XlsxWorkbook> {
  const zip = await openZip(path, limits);
  try {
    const workbookXml = await zip.text('xl/workbook.xml');
    const relsXml = await zip.text('xl/_rels/workbook.xml.rels');
    if (!workbookXml || !relsXml) throw new Error('压缩包里没有 Excel 工作簿的结构（xl/workbook.xml）');
    const targets = new Map<string, { target: string; type: string }>();
    parseSmall(relsXml, (name, tag) => {
      if (name === 'Relationship') targets.set(attr(tag, 'Id') ?? '', { target: attr(tag, 'Target') ?? '', type: attr(tag, 'Type') ?? '' });
    });
    const sheetList: { name: string; part: string }[] = [];
    let date1904 = false;
    parseSmall(workbookXml, (name, tag) => {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      if (name !== 'sheet') return;
      const rid = Object.entries(tag.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
      const target = typeof rid === 'string' ? targets.get(rid) : undefined;
      const sheetName = attr(tag, 'name');
      if (target && sheetName) sheetList.push({ name: sheetName, part: resolvePart(target.target) });
    });
    const sharedPart = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'));
    const stylesPart = [...targets.values()].find((t) => t.type.endsWith('/styles'));
    const strings = await readSharedStrings(zip, sharedPart ? resolvePart(sharedPart.target) : null);
    const dates = dateStyles(stylesPart ? await zip.text(resolvePart(stylesPart.target)) : null);
    const totalBytes = sheetList.reduce((n, s) => n + (zip.entries.get(s.part)?.compressedSize ?? 0), 0);
    let doneBytes = 0;
    let currentBytes = 0;

    const rowsOf = async function* (part: string, sheetName: string): AsyncGenerator<XlsxRow> {
      const entry = zip.entries.get(part);
      if (!entry) throw new Error(`压缩包中缺少工作表 ${part}`);
      const guard = tokenGuard(part, limits);
      const ready: XlsxRow[] = [];
      let row: XlsxRow | null = null;
      let lastRowNumber = 0;
      let col = 0;
      let cellType = 'n';
      let cellStyle = 0;
      let value: string | null = null;
      let formula: string | null = null;
      let inline: string[] = [];
      let capture: 'v' | 'f' | 't' | null = null;
      let buffer = '';
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => {
        const name = local(tag.name);
        switch (name) {
          case 'row': {
            const r = Number(attr(tag, 'r'));
            lastRowNumber = Number.isFinite(r) && r > 0 ? r : lastRowNumber + 1;
            checkCellPosition(sheetName, lastRowNumber, 1, limits);
            row = { number: lastRowNumber, cells: [] };
            col = 0;
            break;
          }
          case 'c':
            col = columnIndex(attr(tag, 'r'), col);
            checkCellPosition(sheetName, lastRowNumber, col, limits);
            cellType = attr(tag, 't') ?? 'n';
            cellStyle = Number(attr(tag, 's') ?? '0');
            value = null;
            formula = null;
            inline = [];
            break;
          case 'v':
          case 'f':
          case 't':
            capture = name;
            buffer = '';
            break;
          default:
        }
      });
      parser.on('text', (text) => {
        if (capture) buffer += text;
      });
      parser.on('closetag', (tag) => {
        const name = local(tag.name);
        if (name === 'v' || name === 'f' || name === 't') {
          if (buffer.length > limits.maxCellChars) cellTooLong(sheetName, buffer.length, limits);
          if (name === 'v') value = detach(buffer);
          else if (name === 'f') formula = detach(buffer);
          else inline.push(detach(buffer));
          capture = null;
        } else if (name === 'c' && row) {
          let cell: CellValue = null;
          if (formula !== null && formula !== '' && !(options.cachedFormulaValues === true && value !== null)) cell = `=${formula}`;
          else if (cellType === 's') cell = value === null ? null : (strings[Number(value)] ?? null);
          else if (cellType === 'inlineStr') {
            const text = inline.join('');
            if (text.length > limits.maxCellChars) cellTooLong(sheetName, text.length, limits);
            cell = text;
          }
          else if (cellType === 'str' || cellType === 'd') cell = value;
          else if (cellType === 'b') cell = value === null ? null : value === '1' || value === 'true';
          else if (cellType === 'e') cell = value;
          else if (value !== null && value !== '') {
            const n = Number(value);
            cell = Number.isFinite(n) ? (dates.has(cellStyle) ? excelSerialToDate(n, date1904) : n) : value;
          }
          if (cell !== null) row.cells[col] = cell;
        } else if (name === 'row' && row) {
          ready.push(row);
          row = null;
        }
      });
      const stream = await zip.stream(part);
      let compressedSeen = 0;
      stream.setEncoding('utf8');
      for await (const chunk of stream) {
        guard(chunk as string);
        parser.write(chunk as string);
        compressedSeen += Buffer.byteLength(chunk as string) * (entry.compressedSize / Math.max(1, entry.uncompressedSize));
        currentBytes = Math.min(entry.compressedSize, compressedSeen);
        for (const done of ready.splice(0)) yield done;
      }
      parser.close();
      for (const done of ready.splice(0)) yield done;
      doneBytes += entry.compressedSize;
      currentBytes = 0;
    };

    return {
      sheets: sheetList.map((s) => ({ name: s.name, rows: () => rowsOf(s.part, s.name) })),
      progress: () => ({ readBytes: doneBytes + currentBytes, totalBytes }),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
