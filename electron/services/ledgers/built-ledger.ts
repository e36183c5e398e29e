/**
 * A ledger as built for one date and scope. Its entries (who is in it, their community, section and order) are
 * decided up front from set-based reads; the values of an entry's cells are read only when it is shown
 * (`materialise`: a screenful of a 90,000-person ledger reads 200 persons), or all at once for printing, exporting,
 * sorting and searching (`all`, kept once read).
 */
import type { LedgerKind } from '../../../shared/domain/ledgers/kinds';
import type { DateSpan } from '../../../shared/domain/ledgers/membership';
import type { CommunityRef, LedgerRow } from '../../../shared/domain/ledgers/rows';

export interface LedgerEntry {
  /** The community on D (a vacancy's own); null = 未分配. */
  communityId: number | null;
  section: string | null;
  /** What the source knows the entry by (a person id, a record's position). */
  ref: number;
  /** Set when the values were read with the entry (small ledgers). */
  row: LedgerRow | null;
  /** The values of the summed columns (学时, 金额), known with the entry: the totals need no screenful read. */
  sums?: Record<string, number | null>;
}

/** What a kind's builder gives: the entries in the ledger's order, and how to read the values of some of them. */
export interface LedgerSource {
  entries: LedgerEntry[];
  /** The rows of the entries given, in their order (entries with `row` set are returned as they are). */
  materialise(entries: readonly LedgerEntry[]): LedgerRow[];
}

export interface BuiltLedger {
  kind: LedgerKind;
  asOf: string;
  period: DateSpan;
  /** null = the whole street. */
  communityId: number | null;
  /** The street's communities. */
  communities: readonly CommunityRef[];
  /** In the ledger's order: community (code order, 未分配 last), then the ledger's own order. */
  entries: readonly LedgerEntry[];
  materialise(entries: readonly LedgerEntry[]): LedgerRow[];
  /** Every row with its values, in the ledger's order (read once, then kept with the ledger). */
  all(): readonly LedgerRow[];
}

export interface BuildScope {
  asOf: string;
  period: DateSpan;
  communityId: number | null;
  communities: readonly CommunityRef[];
}

/** A source whose rows were all read with the entries. */
export function readySource(rows: readonly LedgerRow[]): LedgerSource {
  return {
    entries: rows.map((row, i) => ({ communityId: row.communityId, section: row.section, ref: i, row })),
    materialise: (entries) => entries.map((e) => e.row as LedgerRow),
  };
}
