/**
 * A worksheet's rows from its XML bytes as they inflate: `<row r>`, `<c r t s>` with `<v>` (a formula's cached value),
 * `<f>` and inline strings `<is><t>…</t></is>` (rich-text runs joined, phonetic guides left out). A row is complete
 * when its end tag is read; complete rows wait in `ready` for the caller to take.
 *
 * It reads the bytes themselves, not their text: markup is found byte by byte, the attributes the rows need (`r`,
 * `t`, `s`) are read where they stand, and only a cell's own text is decoded from UTF-8 (markup is ASCII, so a text
 * between two tags never cuts a character). The large street's worksheets (616 MB of XML, 1.1 million rows) were
 * inflated and scanned in 4.7–5.3 s (six runs), against 9.4 s (one run) when they were decoded to text and that was
 * scanned (xml-chunk-scanner.ts, still what reads the shared strings). An attribute name with a space inside
 * (`<c a b="1">`) is a broken attribute here; the text scanner took `a b` as one name.
 *
 * The subset of XML it reads is the chunk scanner's: tags with their attributes in either quotes, character data,
 * the five entities and character references, CDATA, comments and processing instructions; a document type
 * declaration is refused, an unknown entity in a cell's text or a broken tag is damage; mismatched end tags are not
 * checked. The zip limits are checked as the rows are read: each cell's position against Excel's grid, each text's
 * length against Excel's cell limit, and no text or tag, nor what a chunk ends in the middle of, past
 * `maxTokenChars` characters (what files/zip-limits.ts `tokenGuard` holds a part's text to). Text outside the cells is
 * let go, also where a chunk or the part ends in it.
 */
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { cellTooLong, checkCellPosition, tokenTooLong } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { BANG, COLON, DQUOTE, GT, isSpace, LT, QUESTION, SLASH, SQUOTE } from './xml-codes';
import { decodeXmlText, unescapeOoxml, XmlSyntaxError } from './xml-text';

export interface XlsxRow {
  /** 1-based row number as Excel shows it. */
  number: number;
  /** Cell values by 1-based column index (sparse). Formulas are given as their text `=…`, so they stay inert. */
  cells: CellValue[];
}

export interface SheetScanOptions {
  /** The sheet's name (what a limit's message names) and its part in the zip. */
  sheetName: string;
  part: string;
  limits: ZipLimits;
  /** The workbook's shared strings, the cell styles whose number format is a date, and its date system. */
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** A formula's cached result instead of its text (its text only when it has none). */
  cachedFormulaValues: boolean;
}

/** 1-based column of a cell reference (`AB12` → 28); without one, the column after the previous cell. */
export function columnIndex(ref: string | undefined, previous: number): number {
  if (!ref) return previous + 1;
  let n = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n || previous + 1;
}

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

/** Character codes only this scanner looks for (the others: xml-codes.ts). */
const EQUALS = 61;
const AMP = 38;
const MINUS = 45;
const RBRACKET = 93;
const DOT = 46;
const LOWER_V = 118;

/** The elements the scanner acts on, by their local name (any namespace prefix is dropped). */
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const T = 5;
const RPH = 6;

/** The code of the element named by `b[start, end)`, after any `prefix:`. */
function tagCode(b: Uint8Array, start: number, end: number): number {
  let from = start;
  for (let i = start; i < end; i += 1) if (b[i] === COLON) from = i + 1;
  const length = end - from;
  const c0 = b[from];
  if (length === 1) {
    if (c0 === 99) return C; // c
    if (c0 === 118) return V; // v
    if (c0 === 116) return T; // t
    if (c0 === 102) return F; // f
    return OTHER;
  }
  if (length === 3 && c0 === 114) {
    if (b[from + 1] === 111 && b[from + 2] === 119) return ROW; // row
    if (b[from + 1] === 80 && b[from + 2] === 104) return RPH; // rPh
  }
  return OTHER;
}

/** How many UTF-16 characters the UTF-8 bytes `b[from, to)` hold (what a limit in characters counts). */
function charCount(b: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = b[i] as number;
    if ((c & 0xc0) !== 0x80) count += c >= 0xf0 ? 2 : 1;
  }
  return count;
}

/** Whether `b` holds `text` (ASCII) at `at`. */
function bytesAt(b: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > b.length) return false;
  for (let k = 0; k < text.length; k += 1) if (b[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The first `a b c` (given as codes) at or after `from`, or -1. */
function find3(b: Uint8Array, from: number, n: number, a: number, c1: number, c2: number): number {
  for (let i = from; i + 2 < n; i += 1) if (b[i] === a && b[i + 1] === c1 && b[i + 2] === c2) return i;
  return -1;
}

/** The non-negative integer the digits `b[from, to)` spell (1–9 of them), or -1. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 10^k, for the k ≤ 15 decimals `numberAt` reads. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_v, k) => 10 ** k);

/**
 * The number `b[from, to)` spells as `-?digits(.digits)?` with at most 15 digits in all, or NaN (anything else is left
 * to Number). Exactly Number's value: the digits make an integer below 2^53 and 10^k is exact, so one division gives
 * the correctly rounded result.
 */
function numberAt(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === MINUS;
  if (negative) i += 1;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i += 1) {
    const c = b[i] as number;
    if (c === DOT && decimals < 0 && digits > 0) {
      decimals = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    m = m * 10 + d;
    digits += 1;
    if (decimals >= 0) decimals += 1;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return NaN;
  const value = decimals > 0 ? m / (POWERS_OF_TEN[decimals] as number) : m;
  return negative ? -value : value;
}

/** The cell types as constants: `t="s"` does not make a string per cell. */
function cellTypeAt(b: Buffer, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    const c = b[from];
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 100) return 'd';
    if (c === 101) return 'e';
  } else if (length === 9 && bytesAt(b, from, 'inlineStr')) return 'inlineStr';
  else if (length === 3 && bytesAt(b, from, 'str')) return 'str';
  return attributeText(b, from, to);
}

/** An attribute's value as text, entities decoded. */
function attributeText(b: Buffer, from: number, to: number): string {
  const value = b.toString('utf8', from, to);
  return value.indexOf('&') < 0 ? value : decodeXmlText(value);
}

/** Marks "the chunk ends inside this construct": the scan resumes at its start with the next chunk. */
const INCOMPLETE = -1;

const NO_PENDING = Buffer.alloc(0);

export class SheetRowsScanner {
  /** Rows read completely, in order: the caller takes them (and empties the list). */
  ready: XlsxRow[] = [];
  /** The bytes a chunk ended in the middle of (a tag, a captured text), read again in front of the next chunk. */
  private pending: Buffer = NO_PENDING;
  /** Characters of a text not captured that the last chunk ended in (let go, but its run is held to the limit). */
  private passedChars = 0;
  private capturing = false;
  private row: XlsxRow | null = null;
  private lastRowNumber = 0;
  private col = 0;
  private inCell = false;
  private cellType = 'n';
  private cellStyle = 0;
  private value: string | null = null;
  /** The value of a number's or a shared string's `<v>` read from its bytes (NaN: none; `value` holds the text). */
  private number = NaN;
  private formula: string | null = null;
  private inline: string | null = null;
  private phonetic = 0;
  private captured = OTHER;
  private buffer = '';
  /** Where the current start tag's `r`, `t` and `s` values stand (-1: absent). */
  private rAt = -1;
  private rEnd = -1;
  private tAt = -1;
  private tEnd = -1;
  private sAt = -1;
  private sEnd = -1;
  private readonly maxChars: number;

  constructor(private readonly options: SheetScanOptions) {
    this.maxChars = options.limits.maxTokenChars;
  }

  /** The next inflated bytes of the part. */
  write(chunk: Buffer): void {
    const b = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = NO_PENDING;
    try {
      this.scan(b);
    } catch (error) {
      throw this.located(error);
    }
  }

  /** The part has ended: anything left unfinished is damage. */
  end(): void {
    const rest = this.pending;
    this.pending = NO_PENDING;
    for (let i = 0; i < rest.length; i += 1) {
      if (!isSpace(rest[i] as number)) throw this.located(new XmlSyntaxError('XML 在一个标记或文字的中途结束，文件不完整'));
    }
  }

  private located(error: unknown): unknown {
    return error instanceof XmlSyntaxError ? new XmlSyntaxError(`工作表“${this.options.sheetName}”：${error.message}`) : error;
  }

  /**
   * A stretch of `b` without markup (after `before` characters of it in earlier chunks), or one tag, past the limit in
   * characters.
   */
  private checkRun(b: Uint8Array, from: number, to: number, before = 0): void {
    if (before + to - from > this.maxChars && before + charCount(b, from, to) > this.maxChars) tokenTooLong(this.options.part, this.options.limits);
  }

  /** The end of a chunk inside a text not captured: let go (as the text scanner did), its characters counted. */
  private passOver(b: Uint8Array, from: number, to: number): void {
    this.passedChars += charCount(b, from, to);
    if (this.passedChars > this.maxChars) tokenTooLong(this.options.part, this.options.limits);
  }

  private keep(b: Buffer, from: number): void {
    this.checkRun(b, from, b.length);
    // A copy: the chunk itself is let go.
    this.pending = Buffer.from(b.subarray(from));
  }

  private scan(b: Buffer): void {
    const n = b.length;
    let pos = 0;
    while (pos < n) {
      let lt = pos;
      while (lt < n && b[lt] !== LT) lt += 1;
      if (lt >= n) {
        // The text goes on in the next chunk: read again whole when captured; else let go, its length still counted.
        if (this.capturing) this.keep(b, pos);
        else this.passOver(b, pos, n);
        return;
      }
      if (lt > pos || this.passedChars > 0) {
        this.checkRun(b, pos, lt, this.passedChars);
        this.passedChars = 0;
        if (this.capturing && !this.numberBefore(b, pos, lt, n)) this.buffer += decodeXmlText(b.toString('utf8', pos, lt));
      }
      const next = this.markup(b, lt, n);
      if (next === INCOMPLETE) {
        this.keep(b, lt);
        return;
      }
      this.checkRun(b, lt, next);
      pos = next;
    }
  }

  /**
   * A number's (or a shared string's index's) `<v>` whose whole text is `b[from, lt)`, followed by `</v>`: read from its
   * bytes without making a string, when it is a plain decimal (`number`). False: the text is read as text.
   */
  private numberBefore(b: Buffer, from: number, lt: number, n: number): boolean {
    if (this.captured !== V || this.buffer !== '' || (this.cellType !== 'n' && this.cellType !== 's')) return false;
    if (lt + 3 >= n || b[lt + 1] !== SLASH || b[lt + 2] !== LOWER_V || b[lt + 3] !== GT) return false;
    this.number = numberAt(b, from, lt);
    return this.number === this.number;
  }

  /** Reads the markup at `lt`: the position after it, or INCOMPLETE. */
  private markup(b: Buffer, lt: number, n: number): number {
    if (lt + 1 >= n) return INCOMPLETE;
    const c = b[lt + 1];
    if (c === SLASH) {
      let end = lt + 2;
      while (end < n && b[end] !== GT && !isSpace(b[end] as number)) end += 1;
      let gt = end;
      while (gt < n && b[gt] !== GT) gt += 1;
      if (gt >= n) return INCOMPLETE;
      this.close(tagCode(b, lt + 2, end));
      return gt + 1;
    }
    if (c === QUESTION) {
      for (let i = lt + 2; i + 1 < n; i += 1) if (b[i] === QUESTION && b[i + 1] === GT) return i + 2;
      return INCOMPLETE;
    }
    if (c === BANG) return this.declaration(b, lt, n);
    return this.openTag(b, lt, n);
  }

  /** `<!--…-->`, `<![CDATA[…]]>`; a `<!DOCTYPE` (or anything else after `<!`) is refused. */
  private declaration(b: Buffer, lt: number, n: number): number {
    if (bytesAt(b, lt, '<!--')) {
      const end = find3(b, lt + 4, n, MINUS, MINUS, GT);
      return end < 0 ? INCOMPLETE : end + 3;
    }
    if (bytesAt(b, lt, '<![CDATA[')) {
      const end = find3(b, lt + 9, n, RBRACKET, RBRACKET, GT);
      if (end < 0) return INCOMPLETE;
      if (this.capturing) this.buffer += b.toString('utf8', lt + 9, end);
      return end + 3;
    }
    const rest = b.toString('latin1', lt, Math.min(n, lt + 9));
    if (n - lt < 9 && ('<![CDATA['.startsWith(rest) || '<!--'.startsWith(rest))) return INCOMPLETE;
    throw new XmlSyntaxError('XML 中含有文档类型声明（<!DOCTYPE>）或无法识别的“<!”标记，Excel 工作簿不应有，文件异常');
  }

  /** A start tag: its name, then its attributes, each `name = "value"` (or in single quotes; a `>` in it is passed over). */
  private openTag(b: Buffer, lt: number, n: number): number {
    let i = lt + 1;
    while (i < n) {
      const c = b[i] as number;
      if (isSpace(c) || c === SLASH || c === GT) break;
      i += 1;
    }
    if (i >= n) return INCOMPLETE;
    if (i === lt + 1) throw new XmlSyntaxError('XML 中有一个没有名字的标记');
    const tag = tagCode(b, lt + 1, i);
    this.rAt = -1;
    this.tAt = -1;
    this.sAt = -1;
    for (;;) {
      while (i < n && isSpace(b[i] as number)) i += 1;
      if (i >= n) return INCOMPLETE;
      const c = b[i];
      if (c === GT) {
        this.open(tag, false, b);
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return INCOMPLETE;
        if (b[i + 1] !== GT) throw new XmlSyntaxError('XML 中有一个格式不对的属性');
        this.open(tag, true, b);
        return i + 2;
      }
      const nameAt = i;
      while (i < n) {
        const x = b[i] as number;
        if (x === EQUALS || isSpace(x) || x === GT || x === SLASH || x === LT) break;
        i += 1;
      }
      const nameEnd = i;
      while (i < n && isSpace(b[i] as number)) i += 1;
      if (i >= n) return INCOMPLETE;
      if (b[i] !== EQUALS) throw new XmlSyntaxError('XML 中有一个格式不对的属性');
      i += 1;
      while (i < n && isSpace(b[i] as number)) i += 1;
      if (i >= n) return INCOMPLETE;
      const quote = b[i];
      if (quote !== DQUOTE && quote !== SQUOTE) throw new XmlSyntaxError('XML 中有一个格式不对的属性');
      const valueAt = i + 1;
      let close = valueAt;
      while (close < n && b[close] !== quote) close += 1;
      if (close >= n) return INCOMPLETE;
      if (nameEnd - nameAt === 1) {
        const name = b[nameAt];
        if (name === 114) {
          this.rAt = valueAt;
          this.rEnd = close;
        } else if (name === 116) {
          this.tAt = valueAt;
          this.tEnd = close;
        } else if (name === 115) {
          this.sAt = valueAt;
          this.sEnd = close;
        }
      }
      i = close + 1;
    }
  }

  private open(tag: number, selfClosing: boolean, b: Buffer): void {
    const { sheetName, limits } = this.options;
    switch (tag) {
      case ROW: {
        let r = this.rAt < 0 ? -1 : digitsAt(b, this.rAt, this.rEnd);
        if (r < 0 && this.rAt >= 0) r = Number(attributeText(b, this.rAt, this.rEnd));
        this.lastRowNumber = Number.isFinite(r) && r > 0 ? r : this.lastRowNumber + 1;
        checkCellPosition(sheetName, this.lastRowNumber, 1, limits);
        this.row = { number: this.lastRowNumber, cells: [] };
        this.col = 0;
        if (selfClosing) this.endRow();
        return;
      }
      case C: {
        this.col = this.columnOf(b);
        checkCellPosition(sheetName, this.lastRowNumber, this.col, limits);
        if (selfClosing) return;
        this.inCell = true;
        this.cellType = this.tAt < 0 ? 'n' : cellTypeAt(b, this.tAt, this.tEnd);
        if (this.sAt < 0) this.cellStyle = 0;
        else {
          const style = digitsAt(b, this.sAt, this.sEnd);
          this.cellStyle = style >= 0 ? style : Number(attributeText(b, this.sAt, this.sEnd));
        }
        this.value = null;
        this.number = NaN;
        this.formula = null;
        this.inline = null;
        return;
      }
      case V:
      case F:
      case T:
        if (!this.inCell || (tag === T && this.phonetic > 0)) return;
        this.captured = tag;
        this.buffer = '';
        if (selfClosing) this.endCapture();
        else this.capturing = true;
        return;
      case RPH:
        if (!selfClosing) this.phonetic += 1;
        return;
      default:
    }
  }

  /** The cell's column from its `r` (`AB12` → 28), read from the bytes unless it holds an entity. */
  private columnOf(b: Buffer): number {
    const previous = this.col;
    if (this.rAt < 0) return previous + 1;
    let n = 0;
    for (let i = this.rAt; i < this.rEnd; i += 1) {
      const c = b[i] as number;
      if (c === AMP) return columnIndex(attributeText(b, this.rAt, this.rEnd), previous);
      if (c < 65 || c > 90) break;
      n = n * 26 + (c - 64);
    }
    return n || previous + 1;
  }

  private close(tag: number): void {
    switch (tag) {
      case V:
      case F:
      case T:
        if (this.capturing && tag === this.captured) this.endCapture();
        return;
      case RPH:
        if (this.phonetic > 0) this.phonetic -= 1;
        return;
      case C:
        if (this.inCell) this.endCell();
        return;
      case ROW:
        this.endRow();
        return;
      default:
    }
  }

  private endCapture(): void {
    this.capturing = false;
    const { buffer } = this;
    this.buffer = '';
    if (buffer.length > this.options.limits.maxCellChars) cellTooLong(this.options.sheetName, buffer.length, this.options.limits);
    if (this.captured === V) this.value = this.number === this.number ? null : buffer;
    else if (this.captured === F) this.formula = buffer;
    else this.inline = this.inline === null ? buffer : this.inline + buffer;
  }

  private endCell(): void {
    this.inCell = false;
    this.capturing = false;
    const { value, formula, cellType, number } = this;
    const { options } = this;
    const read = number === number;
    let cell: CellValue = null;
    if (formula !== null && formula !== '' && !(options.cachedFormulaValues && (value !== null || read))) cell = `=${formula}`;
    else if (cellType === 's') cell = read ? (options.strings[number] ?? null) : value === null ? null : (options.strings[Number(value)] ?? null);
    else if (cellType === 'inlineStr') {
      const text = this.inline ?? '';
      if (text.length > options.limits.maxCellChars) cellTooLong(options.sheetName, text.length, options.limits);
      cell = unescapeOoxml(text);
    } else if (cellType === 'str') cell = value === null ? null : unescapeOoxml(value);
    else if (cellType === 'd' || cellType === 'e') cell = value;
    else if (cellType === 'b') cell = value === null ? null : value === '1' || value === 'true';
    else if (read || (value !== null && value !== '')) {
      const n = read ? number : Number(value);
      cell = Number.isFinite(n) ? (options.dateStyles.has(this.cellStyle) ? excelSerialToDate(n, options.date1904) : n) : value;
    }
    if (cell !== null && this.row) this.row.cells[this.col] = cell;
  }

  private endRow(): void {
    if (!this.row) return;
    this.ready.push(this.row);
    this.row = null;
  }
}
