/**
 * A ledger's rows and the pure work on them: grouping by community (in code order, 未分配 last) and by section,
 * numbering (序号 restarts in each community), filtering by text and by a column's value, sorting, and the totals.
 */
import type { LedgerColumn } from './columns';
import { UNASSIGNED_COMMUNITY } from './kinds';

export type CellValue = string | number | null;

export interface LedgerRow {
  /** The community on D (a vacancy's own); null = 未分配. */
  communityId: number | null;
  /** 就业困难群体's section key; null elsewhere. */
  section: string | null;
  values: Record<string, CellValue>;
}

export interface CommunityRef {
  id: number;
  code: string;
  name: string;
}

export interface RowGroup {
  communityId: number | null;
  communityName: string;
  rows: LedgerRow[];
}

/**
 * Groups rows by community: the communities in code order (only those given), then 未分配. Communities without
 * rows are kept when `keepEmpty` (a street-wide print lists every community, "no rows" under the empty ones).
 */
export function groupByCommunity(rows: readonly LedgerRow[], communities: readonly CommunityRef[], keepEmpty: boolean): RowGroup[] {
  const byId = new Map<number | null, LedgerRow[]>();
  for (const row of rows) {
    const list = byId.get(row.communityId);
    if (list) list.push(row);
    else byId.set(row.communityId, [row]);
  }
  const sorted = [...communities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const groups: RowGroup[] = [];
  const known = new Set<number | null>();
  for (const c of sorted) {
    known.add(c.id);
    const list = byId.get(c.id) ?? [];
    if (list.length > 0 || keepEmpty) groups.push({ communityId: c.id, communityName: c.name, rows: list });
  }
  const unassigned: LedgerRow[] = [];
  for (const [id, list] of byId) if (!known.has(id)) unassigned.push(...list);
  if (unassigned.length > 0) groups.push({ communityId: null, communityName: UNASSIGNED_COMMUNITY, rows: unassigned });
  return groups;
}

/** The text of a cell as shown. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

export interface RowFilter {
  /** Matched (case-insensitive) anywhere in the row's cells. */
  query: string;
  /** column key → the exact shown value wanted. */
  values: Record<string, string>;
}

export function matchesFilter(row: LedgerRow, columns: readonly LedgerColumn[], filter: RowFilter): boolean {
  for (const [key, wanted] of Object.entries(filter.values)) {
    if (cellText(row.values[key]) !== wanted) return false;
  }
  const q = filter.query.trim().toLowerCase();
  if (q === '') return true;
  return columns.some((c) => cellText(row.values[c.key]).toLowerCase().includes(q));
}

/** Rows sorted by one column (numbers as numbers, text in Chinese collation; blanks last); stable. */
export function sortRows(rows: readonly LedgerRow[], key: string, descending: boolean): LedgerRow[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    const x = a.row.values[key] ?? null;
    const y = b.row.values[key] ?? null;
    if (x === null || x === '') return y === null || y === '' ? a.i - b.i : 1;
    if (y === null || y === '') return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    if (order !== 0) return descending ? -order : order;
    return a.i - b.i;
  });
  return indexed.map((e) => e.row);
}

/** The distinct shown values of a column (blank left out), sorted. */
export function distinctValues(rows: readonly LedgerRow[], key: string): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const text = cellText(row.values[key]);
    if (text !== '') seen.add(text);
  }
  return [...seen].sort(new Intl.Collator('zh-CN', { numeric: true }).compare);
}

/** The totals row's values: the sum of each summed column (two decimals at most), null for the others. */
export function columnTotals(rows: readonly LedgerRow[], columns: readonly LedgerColumn[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of columns) {
    if (!c.sum) {
      out[c.key] = null;
      continue;
    }
    let sum = 0;
    for (const row of rows) {
      const v = row.values[c.key];
      if (typeof v === 'number') sum += v;
    }
    out[c.key] = Math.round(sum * 100) / 100;
  }
  return out;
}

/** 序号 1, 2, … in the order given (each community's ledger numbers its own rows when printed). */
export function numbered(rows: readonly LedgerRow[]): LedgerRow[] {
  return rows.map((row, i) => ({ ...row, values: { ...row.values, seq: i + 1 } }));
}
