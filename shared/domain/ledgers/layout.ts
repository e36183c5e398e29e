/**
 * The office's own column order per ledger (saved in the settings): the order of the keys, and the keys hidden.
 * 序号 always stays first and shown; a column the saved order does not know (added by a later version) keeps its
 * default place after the saved ones.
 */
import { LEDGER_COLUMNS } from './columns';
import type { LedgerColumn } from './columns';
import type { LedgerKind } from './kinds';

export interface ColumnLayout {
  order: string[];
  hidden: string[];
}

export const DEFAULT_LAYOUT: ColumnLayout = { order: [], hidden: [] };

const PINNED = 'seq';

/** The layout cleaned against the ledger's columns: unknown keys dropped, duplicates removed, 序号 never hidden. */
export function normaliseLayout(kind: LedgerKind, layout: ColumnLayout): ColumnLayout {
  const known = new Set(LEDGER_COLUMNS[kind].map((c) => c.key));
  const order = [...new Set(layout.order.filter((k) => known.has(k) && k !== PINNED))];
  const hidden = [...new Set(layout.hidden.filter((k) => known.has(k) && k !== PINNED))];
  return { order, hidden };
}

/** Every column of the ledger in the office's order, each with whether it is hidden. */
export function orderedColumns(kind: LedgerKind, layout: ColumnLayout): { column: LedgerColumn; hidden: boolean }[] {
  const clean = normaliseLayout(kind, layout);
  const all = LEDGER_COLUMNS[kind];
  const byKey = new Map(all.map((c) => [c.key, c]));
  const placed = new Set<string>([PINNED, ...clean.order]);
  const ordered: LedgerColumn[] = [];
  const pinned = byKey.get(PINNED);
  if (pinned) ordered.push(pinned);
  for (const key of clean.order) {
    const column = byKey.get(key);
    if (column) ordered.push(column);
  }
  for (const column of all) if (!placed.has(column.key)) ordered.push(column);
  const hidden = new Set(clean.hidden);
  return ordered.map((column) => ({ column, hidden: hidden.has(column.key) }));
}

/** The columns shown (screen, print, Excel), in the office's order. */
export function visibleColumns(kind: LedgerKind, layout: ColumnLayout): LedgerColumn[] {
  return orderedColumns(kind, layout)
    .filter((c) => !c.hidden)
    .map((c) => c.column);
}
