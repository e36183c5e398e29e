/**
 * A worksheet's rows from its XML as it streams: `<row r>`, `<c r t s>` with `<v>` (a formula's cached value),
 * `<f>` and inline strings `<is><t>…</t></is>` (rich-text runs joined, phonetic guides left out). A row is complete
 * when its end tag is read; complete rows wait in `ready` for the caller to take. The zip limits are checked as the
 * rows are read: each cell's position against Excel's grid, each text's length against Excel's cell limit.
 */
import type { CellValue } from '../../../shared/domain/workbook/cell-values';
import { cellTooLong, checkCellPosition, tokenTooLong } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { PartScanner } from './part-scanner';
import { TAG_C, TAG_F, TAG_IS, TAG_ROW, TAG_RPH, TAG_T, TAG_V } from './xml-chunk-scanner';
import { unescapeOoxml } from './xml-text';

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

/**
 * A copy of `text` that does not keep the chunk it was cut from alive: V8 keeps a whole chunk for as long as any
 * slice of it lives, so 900,000 kept slices would pin the entire worksheet XML. Concatenating and slicing makes V8
 * copy the characters into a string of their own.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
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

export class SheetRowsScanner extends PartScanner {
  /** Rows read completely, in order: the caller takes them (and empties the list). */
  ready: XlsxRow[] = [];
  private row: XlsxRow | null = null;
  private lastRowNumber = 0;
  private col = 0;
  private inCell = false;
  private cellType = 'n';
  private cellStyle = 0;
  private value: string | null = null;
  private formula: string | null = null;
  private inline: string | null = null;
  private phonetic = 0;
  private captured = 0;
  private buffer = '';

  constructor(private readonly options: SheetScanOptions) {
    super(`工作表“${options.sheetName}”`, options.limits.maxTokenChars, () => tokenTooLong(options.part, options.limits));
  }

  open(tag: number, selfClosing: boolean): void {
    const { sheetName, limits } = this.options;
    switch (tag) {
      case TAG_ROW: {
        const r = Number(this.xml.attribute('r'));
        this.lastRowNumber = Number.isFinite(r) && r > 0 ? r : this.lastRowNumber + 1;
        checkCellPosition(sheetName, this.lastRowNumber, 1, limits);
        this.row = { number: this.lastRowNumber, cells: [] };
        this.col = 0;
        if (selfClosing) this.endRow();
        return;
      }
      case TAG_C: {
        this.col = columnIndex(this.xml.attribute('r'), this.col);
        checkCellPosition(sheetName, this.lastRowNumber, this.col, limits);
        if (selfClosing) return;
        this.inCell = true;
        this.cellType = this.xml.attribute('t') ?? 'n';
        const style = this.xml.attribute('s');
        this.cellStyle = style === undefined ? 0 : Number(style);
        this.value = null;
        this.formula = null;
        this.inline = null;
        return;
      }
      case TAG_V:
      case TAG_F:
      case TAG_T:
        if (!this.inCell || (tag === TAG_T && this.phonetic > 0)) return;
        this.captured = tag;
        this.buffer = '';
        if (selfClosing) this.endCapture();
        else this.capturing = true;
        return;
      case TAG_RPH:
        if (!selfClosing) this.phonetic += 1;
        return;
      default:
    }
  }

  close(tag: number): void {
    switch (tag) {
      case TAG_V:
      case TAG_F:
      case TAG_T:
        if (this.capturing && tag === this.captured) this.endCapture();
        return;
      case TAG_RPH:
        if (this.phonetic > 0) this.phonetic -= 1;
        return;
      case TAG_C:
        if (this.inCell) this.endCell();
        return;
      case TAG_ROW:
        this.endRow();
        return;
      case TAG_IS:
      default:
    }
  }

  text(text: string): void {
    this.buffer += text;
  }

  private endCapture(): void {
    this.capturing = false;
    const { buffer } = this;
    this.buffer = '';
    if (buffer.length > this.options.limits.maxCellChars) cellTooLong(this.options.sheetName, buffer.length, this.options.limits);
    if (this.captured === TAG_V) this.value = buffer;
    else if (this.captured === TAG_F) this.formula = buffer;
    else this.inline = this.inline === null ? buffer : this.inline + buffer;
  }

  private endCell(): void {
    this.inCell = false;
    this.capturing = false;
    const { value, formula, cellType } = this;
    const { options } = this;
    let cell: CellValue = null;
    if (formula !== null && formula !== '' && !(options.cachedFormulaValues && value !== null)) cell = `=${detach(formula)}`;
    else if (cellType === 's') cell = value === null ? null : (options.strings[Number(value)] ?? null);
    else if (cellType === 'inlineStr') {
      const text = this.inline ?? '';
      if (text.length > options.limits.maxCellChars) cellTooLong(options.sheetName, text.length, options.limits);
      cell = detach(unescapeOoxml(text));
    } else if (cellType === 'str') cell = value === null ? null : detach(unescapeOoxml(value));
    else if (cellType === 'd' || cellType === 'e') cell = value === null ? null : detach(value);
    else if (cellType === 'b') cell = value === null ? null : value === '1' || value === 'true';
    else if (value !== null && value !== '') {
      const n = Number(value);
      cell = Number.isFinite(n) ? (options.dateStyles.has(this.cellStyle) ? excelSerialToDate(n, options.date1904) : n) : detach(value);
    }
    if (cell !== null && this.row) this.row.cells[this.col] = cell;
  }

  private endRow(): void {
    if (!this.row) return;
    this.ready.push(this.row);
    this.row = null;
  }
}
