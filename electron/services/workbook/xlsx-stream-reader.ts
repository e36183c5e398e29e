/**
 * A streaming .xlsx reader: the zip's central directory is read first (yauzl), so the workbook's sheet list, shared
 * strings and date styles are known before any worksheet is parsed, whatever order the parts are stored in; each
 * worksheet's XML is then scanned chunk by chunk as it inflates, from its bytes (sheet-rows-scanner.ts: a scanner for
 * the subset of XML a worksheet uses, building nothing but the rows), so memory stays bounded by the shared strings.
 * The small parts (workbook.xml, its relationships, styles.xml) are parsed whole with saxes.
 *
 * Not exceljs's stream.xlsx.WorkbookReader: in exceljs 4.4.0 it stops reading the zip early when worksheets are
 * stored before sharedStrings.xml and workbook.xml (as its own streaming writer, and Excel, store them), which loses
 * the sheet names and every shared string.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { DEFAULT_ZIP_LIMITS, tokenGuard } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { SharedStringsScanner } from './shared-strings-scanner';
import { SheetRowsScanner } from './sheet-rows-scanner';
import type { XlsxRow } from './sheet-rows-scanner';
import { openZip } from './zip-entries';
import type { OpenZip } from './zip-entries';

export type { XlsxRow } from './sheet-rows-scanner';

export interface XlsxSheet {
  name: string;
  rows(): AsyncGenerator<XlsxRow>;
  /** The same rows, as many at a time as one inflated chunk completes (a caller that loops saves a promise per row). */
  batches(): AsyncGenerator<XlsxRow[]>;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
  /** Bytes of worksheet XML (compressed) read so far, of `totalBytes`. */
  progress(): { readBytes: number; totalBytes: number };
  close(): void;
  /**
   * The sheets (indexes into `sheets`) the caller will read, in that order: called once, before reading any. A
   * workbook scanned in a helper thread (xlsx-scanned-apart.ts) needs it, and scans them ahead; openXlsx has none.
   */
  readAhead?(indices: number[]): void;
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

/**
 * The shared strings' bytes decoded to text this many at a time: a string up to twice as many bytes (UTF-16) stays in
 * V8's young generation, collected at once; a larger one goes to the large-object space, freed only by a full
 * collection — a large part's text would pile up there before one.
 */
const TEXT_PIECE_BYTES = 32 * 1024;

/** An inflated chunk as text, in pieces (a character cut between pieces is completed by the decoder). */
function* textPieces(decoder: StringDecoder, bytes: Buffer): Generator<string> {
  for (let at = 0; at < bytes.length; at += TEXT_PIECE_BYTES) yield decoder.write(bytes.subarray(at, at + TEXT_PIECE_BYTES));
}

/** The shared strings, held to the zip's limits as they are read (count, total size, one string's length). */
async function readSharedStrings(zip: OpenZip, part: string | null): Promise<string[]> {
  if (!part || !zip.entries.has(part)) return [];
  const guard = tokenGuard(part, zip.limits);
  const scanner = new SharedStringsScanner(part, zip.limits);
  const decoder = new StringDecoder('utf8');
  for await (const bytes of zip.inflate(part)) {
    for (const chunk of textPieces(decoder, bytes)) {
      guard(chunk);
      scanner.write(chunk);
    }
  }
  const rest = decoder.end();
  guard(rest);
  scanner.write(rest);
  scanner.end();
  return scanner.strings;
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

    const batchesOf = async function* (part: string, sheetName: string): AsyncGenerator<XlsxRow[]> {
      const entry = zip.entries.get(part);
      if (!entry) throw new Error(`压缩包中缺少工作表 ${part}`);
      const scanner = new SheetRowsScanner({
        sheetName,
        part,
        limits,
        strings,
        dateStyles: dates,
        date1904,
        cachedFormulaValues: options.cachedFormulaValues === true,
      });
      const ratio = entry.compressedSize / Math.max(1, entry.uncompressedSize);
      let inflated = 0;
      for await (const bytes of zip.inflate(part)) {
        scanner.write(bytes);
        inflated += bytes.length;
        currentBytes = Math.min(entry.compressedSize, inflated * ratio);
        if (scanner.ready.length > 0) {
          const done = scanner.ready;
          scanner.ready = [];
          yield done;
        }
      }
      scanner.end();
      if (scanner.ready.length > 0) yield scanner.ready;
      scanner.ready = [];
      doneBytes += entry.compressedSize;
      currentBytes = 0;
    };
    const rowsOf = async function* (part: string, sheetName: string): AsyncGenerator<XlsxRow> {
      for await (const batch of batchesOf(part, sheetName)) yield* batch;
    };

    return {
      sheets: sheetList.map((s) => ({ name: s.name, rows: () => rowsOf(s.part, s.name), batches: () => batchesOf(s.part, s.name) })),
      progress: () => ({ readBytes: doneBytes + currentBytes, totalBytes }),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
