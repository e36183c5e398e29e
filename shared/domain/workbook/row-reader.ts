import { parseIdNumber } from '../id-number';
import type { IdNumberInfo } from '../id-number';
import { cellText, parseChoice, parseDate, parseDecimal, parseWholeNumber, parseYesNo } from './cell-values';
import type { CellValue, Parsed } from './cell-values';
import type { ProblemList } from './problems';
import { BIRTH_DATES, ID_NUMBERS } from './shared-texts';
import type { SharedTexts } from './shared-texts';

interface Opts {
  required?: boolean;
}

/**
 * Reads the typed values of one data row by column header, recording each problem with its place.
 * A getter returns null both for an empty optional cell and for a bad one (then `failed` is set).
 * `cells` is the row as read (by column position); `columns` maps each header of the sheet to its position.
 */
export class RowReader {
  failed = false;

  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly cells: readonly (CellValue | undefined)[],
    private readonly columns: ReadonlyMap<string, number>,
    private readonly problems: ProblemList,
    readonly today: string,
    /**
     * One copy of each short text and ID number read (shared-texts.ts): a large file's records then hold far fewer
     * strings. Dates are one string per day already (cell-values.ts parseDate).
     */
    private readonly strings: SharedTexts | null = null,
  ) {}

  private keep(column: string, value: string | null): string | null {
    if (value === null || this.strings === null || value.length > 40) return value;
    return this.strings.keep(column, value);
  }

  /** Whether the sheet has this column (an absent optional column leaves what the database holds). */
  has(column: string): boolean {
    return this.columns.has(column);
  }

  raw(column: string): CellValue {
    const index = this.columns.get(column);
    return index === undefined ? null : (this.cells[index] ?? null);
  }

  problem(column: string | null, message: string, value: CellValue = column ? this.raw(column) : null): void {
    this.failed = true;
    this.problems.add({ sheet: this.sheet, row: this.row, column, value: cellText(value), message });
  }

  private take<T>(column: string, parsed: Parsed<T | null>, opts: Opts): T | null {
    if (!parsed.ok) {
      this.problem(column, parsed.reason);
      return null;
    }
    if (parsed.value === null && opts.required) {
      this.problem(column, '必填项为空');
      return null;
    }
    return parsed.value;
  }

  /**
   * A text, trimmed and held to `max` characters. `shared: false` for a column where nearly every row has its own
   * value (a phone number): it is kept as read, not looked up among the read's shared texts (where it would only add
   * an entry).
   */
  text(column: string, opts: Opts & { max?: number; shared?: boolean } = {}): string | null {
    const value = this.take(column, { ok: true, value: cellText(this.raw(column)) }, opts);
    const max = opts.max ?? 200;
    if (value !== null && value.length > max) {
      this.problem(column, `内容过长（${value.length} 字，最多 ${max} 字）`);
      return null;
    }
    return opts.shared === false ? value : this.keep(column, value);
  }

  /** A date: one string per day already (cell-values.ts parseDate), so not kept again. */
  date(column: string, opts: Opts & { notFuture?: boolean } = {}): string | null {
    const value = this.take(column, parseDate(this.raw(column)), opts);
    if (value !== null && opts.notFuture !== false && value > this.today) {
      this.problem(column, `日期 ${value} 晚于今天（${this.today}）`);
      return null;
    }
    return value;
  }

  yesNo(column: string, opts: Opts = {}): boolean | null {
    return this.take(column, parseYesNo(this.raw(column)), opts);
  }

  choice<T extends string>(column: string, byLabel: Record<string, T>, opts: Opts = {}): T | null {
    return this.take(column, parseChoice(this.raw(column), byLabel), opts);
  }

  wholeNumber(column: string, min: number, max: number, opts: Opts = {}): number | null {
    return this.take(column, parseWholeNumber(this.raw(column), min, max), opts);
  }

  decimal(column: string, min: number, max: number, opts: Opts = {}): number | null {
    return this.take(column, parseDecimal(this.raw(column), min, max), opts);
  }

  /** An ID number, validated and converted to 18 digits. */
  idNumber(column: string, opts: Opts = {}): IdNumberInfo | null {
    const text = this.take(column, { ok: true, value: cellText(this.raw(column)) }, opts);
    if (text === null) return null;
    const parsed = parseIdNumber(text, this.today);
    if (!parsed.ok) {
      this.problem(column, parsed.reason);
      return null;
    }
    return this.strings === null ? parsed.value : { ...parsed.value, idNumber: this.keep(ID_NUMBERS, parsed.value.idNumber) as string, birthDate: this.keep(BIRTH_DATES, parsed.value.birthDate) as string };
  }
}
