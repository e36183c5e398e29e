/**
 * What a ledger shows for a query: the rows matching the screen's filters in the chosen order (the ledger's own
 * when none), numbered, with the office's columns, the totals and the counts per community and section. Without a
 * filter or sort only the requested screenful is read; with one, the whole ledger is read once and kept.
 */
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { AppError } from '../../../shared/app-error';
import type { LedgerColumnInfo, LedgerPage, LedgerQuery } from '../../../shared/contract/ledgers';
import { DEFAULT_MASKING, maskIdNumberWith } from '../../../shared/domain/privacy/masking';
import type { MaskRule } from '../../../shared/domain/privacy/masking';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledgers/columns';
import type { LedgerColumn } from '../../../shared/domain/ledgers/columns';
import { ledgerFacets } from '../../../shared/domain/ledgers/facets';
import { DIFFICULT_GROUP_SECTION_LABEL, DIFFICULT_GROUP_SECTIONS, LEDGER_RULE, LEDGER_TITLE, LEDGER_UNIT, UNASSIGNED_COMMUNITY } from '../../../shared/domain/ledgers/kinds';
import type { DifficultGroupSection, LedgerKind } from '../../../shared/domain/ledgers/kinds';
import { orderedColumns } from '../../../shared/domain/ledgers/layout';
import { cellText, columnTotals, matchesFilter, sortRows } from '../../../shared/domain/ledgers/rows';
import type { CellValue, LedgerRow } from '../../../shared/domain/ledgers/rows';
import type { CallerContext } from '../context';
import { streetForPrint } from '../prints/print-context';
import { buildLedger } from './build-ledger';
import type { BuiltLedger, LedgerEntry } from './built-ledger';
import { communityOrder } from './community-order';
import { readLayout } from './ledger-layout';

/** Whether the query narrows or reorders the ledger (序号 ascending is the ledger's own order). */
export function hasFilters(q: LedgerQuery): boolean {
  const ownOrder = q.sort === null || (q.sort.key === 'seq' && !q.sort.descending);
  return q.query.trim() !== '' || Object.keys(q.filters).length > 0 || !ownOrder;
}

/** Unknown filter or sort columns are a clear error, not silently ignored. */
function checkQuery(kind: LedgerKind, q: LedgerQuery): void {
  const known = new Map(LEDGER_COLUMNS[kind].map((c) => [c.key, c]));
  for (const key of Object.keys(q.filters)) {
    if (!known.get(key)?.facet) throw new AppError('INVALID_INPUT', `“${LEDGER_TITLE[kind]}”没有可以按“${key}”筛选的列`);
  }
  if (q.sort !== null && !known.has(q.sort.key)) throw new AppError('INVALID_INPUT', `“${LEDGER_TITLE[kind]}”没有“${q.sort.key}”这一列，无法排序`);
}

/** The rows matching the query, in its order (all read); null when the query has no filter or sort. */
export function queriedRows(built: BuiltLedger, q: LedgerQuery): readonly LedgerRow[] | null {
  checkQuery(built.kind, q);
  if (!hasFilters(q)) return null;
  const columns = LEDGER_COLUMNS[built.kind];
  const filter = { query: q.query, values: q.filters };
  const matching = built.all().filter((row) => matchesFilter(row, columns, filter));
  if (q.sort === null || q.sort.key === 'seq') return q.sort?.descending ? [...matching].reverse() : matching;
  return sortRows(matching, q.sort.key, q.sort.descending);
}

/** The 身份证号码 cells masked by `rule` (by default the first 6 and last 4 shown; prints pass 打印设置's rule). */
export function maskRow(kind: LedgerKind, values: Record<string, CellValue>, rule: MaskRule = DEFAULT_MASKING.idNumber): Record<string, CellValue> {
  const out = { ...values };
  for (const c of LEDGER_COLUMNS[kind]) {
    const v = out[c.key];
    if (c.idNumber && typeof v === 'string') out[c.key] = maskIdNumberWith(v, rule);
  }
  return out;
}

function columnInfo(c: LedgerColumn, hidden: boolean): LedgerColumnInfo {
  return { key: c.key, label: c.label, width: c.width, align: c.align ?? 'left', idNumber: c.idNumber ?? false, sum: c.sum ?? false, hidden };
}

interface Counted {
  communityId: number | null;
  section: string | null;
}

function counts(built: BuiltLedger, items: readonly Counted[]): Pick<LedgerPage, 'communities' | 'sections'> {
  const order = communityOrder(built.communities);
  const perCommunity = new Map<number | null, number>();
  const perSection = new Map<string, number>();
  for (const item of items) {
    perCommunity.set(item.communityId, (perCommunity.get(item.communityId) ?? 0) + 1);
    if (item.section !== null) perSection.set(item.section, (perSection.get(item.section) ?? 0) + 1);
  }
  const communities = [...perCommunity]
    .sort(([a], [b]) => order.rank(a) - order.rank(b))
    .map(([communityId, count]) => ({ communityId, name: communityId === null ? UNASSIGNED_COMMUNITY : order.name(communityId), count }));
  const sections =
    built.kind === 'difficult-groups'
      ? DIFFICULT_GROUP_SECTIONS.map((key) => ({ key, label: DIFFICULT_GROUP_SECTION_LABEL[key as DifficultGroupSection], count: perSection.get(key) ?? 0 }))
      : [];
  return { communities, sections };
}

/** The totals of the summed columns over entries whose rows are not read: from the values known with them. */
function entryTotals(built: BuiltLedger, entries: readonly LedgerEntry[]): Record<string, number | null> {
  const columns = LEDGER_COLUMNS[built.kind];
  if (!columns.some((c) => c.sum)) return Object.fromEntries(columns.map((c) => [c.key, null]));
  if (entries.every((e) => e.row !== null)) return columnTotals(entries.map((e) => e.row as LedgerRow), columns);
  const rows: LedgerRow[] = entries.map((e) => ({ communityId: e.communityId, section: e.section, values: { ...(e.sums ?? {}) } }));
  return columnTotals(rows, columns);
}

export interface PageRequest extends LedgerQuery {
  offset: number;
  limit: number;
  idNumbers: 'masked' | 'full';
}

export function ledgerPage(db: DeskDatabase, ctx: CallerContext, input: PageRequest): LedgerPage {
  if (input.idNumbers === 'full' && ctx.role === 'inspector') throw new AppError('FORBIDDEN', '检查人员只能查看遮盖后的身份证号码');
  const built = buildLedger(db, input.kind, input.asOf, input.communityId);
  const layout = readLayout(db, input.kind);
  const queried = queriedRows(built, input);
  let total: number;
  let rows: LedgerRow[];
  let summary: Pick<LedgerPage, 'communities' | 'sections'>;
  let totals: Record<string, number | null>;
  if (queried === null) {
    total = built.entries.length;
    rows = built.materialise(built.entries.slice(input.offset, input.offset + input.limit));
    summary = counts(built, built.entries);
    totals = entryTotals(built, built.entries);
  } else {
    total = queried.length;
    rows = queried.slice(input.offset, input.offset + input.limit);
    summary = counts(built, queried);
    totals = columnTotals(queried, LEDGER_COLUMNS[input.kind]);
  }
  const order = communityOrder(built.communities);
  // Revealing full numbers is audited; a database opened read-only (a write-protected copy) cannot hold the row.
  if (input.idNumbers === 'full' && !db.readOnly) {
    recordAudit(db, {
      username: ctx.username,
      action: 'reveal',
      entity: 'ledger',
      entityKey: `${input.kind}@${input.asOf}`,
      after: { communityId: input.communityId, offset: input.offset, rows: rows.length },
    });
  }
  return {
    kind: input.kind,
    title: LEDGER_TITLE[input.kind],
    rule: LEDGER_RULE[input.kind],
    asOf: input.asOf,
    period: built.period,
    street: streetForPrint(db),
    scope: { communityId: input.communityId, name: input.communityId === null ? '全街道' : order.name(input.communityId) },
    unit: LEDGER_UNIT[input.kind],
    columns: orderedColumns(input.kind, layout).map((c) => columnInfo(c.column, c.hidden)),
    facets: ledgerFacets(input.kind),
    ledgerTotal: built.entries.length,
    total,
    totals,
    ...summary,
    offset: input.offset,
    rows: rows.map((row, i) => ({
      communityName: order.name(row.communityId),
      section: row.section,
      values: { ...(input.idNumbers === 'full' ? row.values : maskRow(input.kind, row.values)), seq: input.offset + i + 1 },
    })),
  };
}

/** The filters as a line for a print's heading: 筛选：就业状态 未就业；查找“张”. */
export function filterNote(kind: LedgerKind, q: LedgerQuery): string | null {
  const labels = new Map(LEDGER_COLUMNS[kind].map((c) => [c.key, c.label]));
  const parts = Object.entries(q.filters).map(([k, v]) => `${labels.get(k) ?? k} ${v}`);
  if (q.query.trim() !== '') parts.push(`含“${q.query.trim()}”`);
  return parts.length > 0 ? `筛选：${parts.join('；')}` : null;
}

export { cellText };
