/**
 * Finding the table in a sheet as offices lay it out: a title and 填报单位/日期 rows above the header, a header of one
 * or two rows (a merged parent such as 失业情况 over 失业时间/失业原因/是否登记), blank rows inside the data, and
 * 制表人/审核人/合计 lines after it.
 */
import type { CellValue } from '../workbook/cell-values';
import { fieldForHeader } from './ledger-fields';
import { looseText } from './normalise-text';
import { columnLetter } from '../workbook/column-letter';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  number: number;
  /** Values by 1-based column index (sparse). */
  cells: readonly CellValue[];
}

export interface LedgerColumn {
  /** 1-based column index. */
  index: number;
  /** Column letter(s) as Excel shows them. */
  letter: string;
  /** The header as shown to the clerk and used as the mapping's key ("失业情况/失业时间" under a merged parent). */
  key: string;
  /** The words matched against the synonym dictionary (the lower header's text). */
  match: string;
}

export interface TableHeader {
  /** Excel row numbers of the header's first and last rows. */
  first: number;
  last: number;
  columns: LedgerColumn[];
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

function textOf(cell: CellValue | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return null;
  const t = cell.trim();
  return t === '' ? null : t;
}

function nonEmpty(row: SheetRow): number {
  let n = 0;
  for (const c of row.cells) if (c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === '')) n += 1;
  return n;
}

function recognised(row: SheetRow): number {
  let n = 0;
  for (const c of row.cells) {
    const t = textOf(c);
    if (t !== null && fieldForHeader(t) !== null) n += 1;
  }
  return n;
}

/** A row that is all text (a header row is; a data row has numbers, dates or an ID). */
function looksLikeHeader(row: SheetRow): boolean {
  for (const c of row.cells) {
    if (c === null || c === undefined) continue;
    if (typeof c !== 'string') return false;
    const t = looseText(c);
    if (/^\d{6,}[\dxX]?$/.test(t) || /^\d{4}[-/.年]\d{1,2}/.test(t)) return false;
  }
  return nonEmpty(row) > 0;
}

/** A row of parent headers over the header row: all text, at least two cells, no 填报单位：/日期： lines, no title. */
function isGroupRow(row: SheetRow): boolean {
  if (!looksLikeHeader(row) || nonEmpty(row) < 2) return false;
  return row.cells.every((c) => typeof c !== 'string' || !/[:：]|台账|花名册|登记表|统计表/.test(c));
}

function width(rows: readonly SheetRow[]): number {
  return rows.reduce((w, r) => Math.max(w, r.cells.length - 1), 0);
}

/** The columns of a one- or two-row header: a parent's text is carried right over the columns its merge covers. */
function columnsOf(upper: SheetRow, lower: SheetRow | null): LedgerColumn[] {
  const n = width(lower ? [upper, lower] : [upper]);
  const columns: LedgerColumn[] = [];
  let parent: string | null = null;
  for (let i = 1; i <= n; i += 1) {
    const top = textOf(upper.cells[i]);
    const sub = lower ? textOf(lower.cells[i]) : null;
    if (top !== null) parent = sub !== null ? top : null;
    else if (sub === null) parent = null;
    const letter = columnLetter(i);
    if (sub !== null) {
      const group = top ?? parent;
      columns.push({ index: i, letter, key: group !== null && group !== sub ? `${group}/${sub}` : sub, match: sub });
    } else if (top !== null) columns.push({ index: i, letter, key: top, match: top });
  }
  // The same header twice: told apart by the column letter.
  const seen = new Map<string, number>();
  for (const c of columns) seen.set(c.key, (seen.get(c.key) ?? 0) + 1);
  for (const c of columns) if ((seen.get(c.key) ?? 0) > 1) c.key = `${c.key}（${c.letter}列）`;
  return columns;
}

/**
 * The header among the first rows: the row with the most recognised column names (at least two), joined with the
 * row below (or above) when that row is a second header level — all text, adding recognised names under a parent.
 * Null when no row has two recognised names.
 */
export function findHeader(rows: readonly SheetRow[]): TableHeader | null {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestScore = 1;
  top.forEach((row, i) => {
    const score = recognised(row);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return null;
  const row = top[best] as SheetRow;
  const below = top[best + 1];
  const above = best > 0 ? top[best - 1] : undefined;
  const pairScore = (upper: SheetRow, lower: SheetRow) => columnsOf(upper, lower).filter((c) => fieldForHeader(c.match) !== null).length;
  if (below && below.number === row.number + 1 && looksLikeHeader(below) && recognised(below) > 0 && pairScore(row, below) > bestScore) {
    return { first: row.number, last: below.number, columns: columnsOf(row, below) };
  }
  if (above && above.number === row.number - 1 && isGroupRow(above) && pairScore(above, row) >= bestScore) {
    return { first: above.number, last: row.number, columns: columnsOf(above, row) };
  }
  return { first: row.number, last: row.number, columns: columnsOf(row, null) };
}

const FOOTER_WORDS = ['制表人', '制表', '填表人', '审核人', '审核', '负责人', '合计', '总计', '小计', '共计', '单位负责人', '统计人', '填报人', '备注', '注：', '说明'];

/** What a row after the header is: data, blank (skipped), or the footer (制表人/审核人/合计 …: the data has ended). */
export function classifyRow(row: SheetRow): 'data' | 'blank' | 'footer' {
  if (nonEmpty(row) === 0) return 'blank';
  for (const c of row.cells) {
    const t = textOf(c);
    if (t === null) continue;
    const loose = looseText(t);
    if (FOOTER_WORDS.some((w) => loose.startsWith(w))) return 'footer';
    // The first text cell decides: a name or an ID is data.
    break;
  }
  return 'data';
}
