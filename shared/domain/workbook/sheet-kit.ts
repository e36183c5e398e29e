/**
 * What a sheet of the standard workbook is made of: its columns (with what 填表说明 and docs/workbook-v2.md say about
 * each), how a row becomes a record and back, the record's key and the order rows are written in.
 */
import type { CellValue } from './cell-values';
import type { RowReader } from './row-reader';

/** How a column's cells are written and checked; the template formats and validates each kind. */
export type ColumnKind = 'text' | 'id' | 'code' | 'date' | 'yesNo' | 'choice' | 'integer' | 'decimal';

export interface ColumnDef {
  header: string;
  /** The cell must be filled on every row (and the column be present). */
  required: boolean;
  /** Column width in the written file. */
  width: number;
  kind: ColumnKind;
  /** A date column (written as an Excel date). */
  date: boolean;
  /** The allowed words of a 是/否 or vocabulary column. */
  values: readonly string[] | null;
  /** What the column means and its rules, for 填表说明 and the spec. */
  meaning: string;
  /** An example value as a clerk would type it. */
  example: string | number | null;
  /**
   * The record fields this column fills: when an optional column is absent from the sheet, a row that updates a
   * record keeps these fields as the database holds them (a version 1 file does not clear version 2 data).
   */
  fields: readonly string[];
}

const DEFAULT_WIDTH: Record<ColumnKind, number> = { text: 16, id: 22, code: 16, date: 12, yesNo: 10, choice: 12, integer: 10, decimal: 10 };

export interface ColumnOptions {
  required?: boolean;
  width?: number;
  values?: readonly string[];
  fields?: readonly string[];
}

export function column(header: string, kind: ColumnKind, meaning: string, example: string | number | null, opts: ColumnOptions = {}): ColumnDef {
  return {
    header,
    required: opts.required ?? false,
    width: opts.width ?? Math.max(DEFAULT_WIDTH[kind], header.length * 2 + 4),
    kind,
    date: kind === 'date',
    values: kind === 'yesNo' ? ['是', '否'] : (opts.values ?? null),
    meaning,
    example,
    fields: opts.fields ?? [],
  };
}

/** The 身份证号码 column of a sheet whose rows are about a person of the 人员 sheet (or already in the database). */
export function personRefColumn(example: string): ColumnDef {
  return column('身份证号码', 'id', '须在“人员”表或数据库中', example, { required: true });
}

/** The 户编号 column of a sheet whose rows are about a household of the 家庭 sheet (or already in the database). */
export function householdRefColumn(): ColumnDef {
  return column('户编号', 'code', '须在“家庭”表或数据库中', '321102001001000123', { required: true, width: 20 });
}

export interface SheetDef<R> {
  name: string;
  /** A file must have the sheet (version 1's sheets, except 街道); the others may be absent. */
  required: boolean;
  /** What one row is, for 填表说明 and the spec. */
  meaning: string;
  columns: ColumnDef[];
  parse(r: RowReader): R | null;
  toRow(record: R): CellValue[];
  /** Rows with an existing key are updates. */
  key(record: R): string;
  /** Rows are written in this order (compared item by item; the database reads in the same order). */
  order(record: R): readonly (string | number)[];
}

export const yes = (v: boolean): string => (v ? '是' : '否');
export const yesOrEmpty = (v: boolean | null): string | null => (v === null ? null : yes(v));
/** Dates are written as real Excel dates (UTC midnight, shown as yyyy-mm-dd). */
export const excelDate = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
/** 序号 is written only when it is not 1. */
export const seqCell = (seq: number): number | null => (seq === 1 ? null : seq);

export function compareOrder(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/** The 序号 column shared by the sheets whose rows may otherwise repeat. */
export function seqColumn(what: string): ColumnDef {
  return column('序号', 'integer', `同一${what}有两条以上完全相同的记录时，从 1 起依次编号（1、2、3…）以区分；只有一条时留空（即 1）`, null, { width: 8 });
}

/** Reads 序号 (empty = 1). */
export function readSeq(r: RowReader): number {
  return r.wholeNumber('序号', 1, 999) ?? 1;
}

const BENEFIT_FIELDS = ['benefitType', 'amount', 'benefitPeriod', 'approvalNumber'];

/** The 政策落实 columns, shared with 家庭服务记录. */
export function benefitColumns(): ColumnDef[] {
  return [
    column('政策类型', 'text', '仅政策落实：享受的政策（第 2 版）', '灵活就业社会保险补贴', { fields: BENEFIT_FIELDS }),
    column('金额', 'decimal', '仅政策落实：金额（元，最多两位小数）', 1200, { fields: BENEFIT_FIELDS }),
    column('享受期限', 'text', '仅政策落实', '2026 年 1–6 月', { fields: BENEFIT_FIELDS }),
    column('审批编号', 'text', '仅政策落实', 'JB2026-0031', { fields: BENEFIT_FIELDS }),
  ];
}

/** Reads the 政策落实 columns; they may be filled only for that kind. */
export function readBenefit(r: RowReader, isBenefit: boolean): { benefitType: string | null; amount: number | null; benefitPeriod: string | null; approvalNumber: string | null } {
  const benefitType = r.text('政策类型', { max: 40 });
  const amount = r.decimal('金额', 0, 10_000_000);
  const benefitPeriod = r.text('享受期限', { max: 40 });
  const approvalNumber = r.text('审批编号', { max: 60 });
  if (!isBenefit) {
    const only = '只有“政策落实”记录可以填写本列';
    if (benefitType !== null) r.problem('政策类型', only);
    if (amount !== null) r.problem('金额', only);
    if (benefitPeriod !== null) r.problem('享受期限', only);
    if (approvalNumber !== null) r.problem('审批编号', only);
  }
  return { benefitType, amount, benefitPeriod, approvalNumber };
}
