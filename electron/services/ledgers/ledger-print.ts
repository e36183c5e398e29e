/**
 * A ledger's print document (shared/print): one table per community — each starting on a new page, its own title
 * block naming the community, 序号 from 1, a subtotal row — in code order with 未分配 last; 就业困难群体's three
 * sections as heading rows within each; the street's total after the last. 身份证号码 masked. A ledger without rows
 * prints its headers and a line saying so.
 */
import { formatChineseDate } from '../../../shared/domain/dates';
import { DIFFICULT_GROUP_SECTION_LABEL, DIFFICULT_GROUP_SECTIONS, LEDGER_TITLE, LEDGER_UNIT, PERIOD_LEDGERS } from '../../../shared/domain/ledgers/kinds';
import type { DifficultGroupSection, LedgerKind } from '../../../shared/domain/ledgers/kinds';
import type { LedgerColumn } from '../../../shared/domain/ledgers/columns';
import { groupByCommunity, columnTotals, numbered } from '../../../shared/domain/ledgers/rows';
import type { LedgerRow } from '../../../shared/domain/ledgers/rows';
import type { DateSpan } from '../../../shared/domain/ledgers/membership';
import type { CommunityRef } from '../../../shared/domain/ledgers/rows';
import { joinHtml } from '../../../shared/print/html';
import { printDocument } from '../../../shared/print/print-document';
import { printSection, printTable } from '../../../shared/print/print-table';
import type { PrintCell, PrintColumn, PrintRow } from '../../../shared/print/print-table';
import type { PageSetup } from '../../../shared/print/page-setup';
import type { MaskRule } from '../../../shared/domain/privacy/masking';
import { maskRow } from './ledger-view';

export interface LedgerPrintSpec {
  kind: LedgerKind;
  asOf: string;
  period: DateSpan;
  street: string;
  /** The scope's name: a community, or 全街道. */
  scopeName: string;
  communities: readonly CommunityRef[];
  /** The columns shown (the office's layout); 社区 is left out: each table names its community. */
  columns: readonly LedgerColumn[];
  rows: readonly LedgerRow[];
  preparedBy: string;
  preparedOn: string;
  page: PageSetup;
  /** The filters printed with, if any. */
  note: string | null;
  /** How printed 身份证号码 are masked (打印设置); the default rule when not given. */
  idMask?: MaskRule;
}

function printColumns(columns: readonly LedgerColumn[]): PrintColumn[] {
  return columns.map((c) => ({ label: c.label, width: c.width, align: c.align, code: c.idNumber }));
}

function cells(columns: readonly LedgerColumn[], values: Record<string, PrintCell>): PrintCell[] {
  return columns.map((c) => values[c.key]);
}

function totalsRow(label: string, columns: readonly LedgerColumn[], rows: readonly LedgerRow[]): PrintRow {
  const totals = columnTotals(rows, columns);
  const labelSpan = Math.max(1, Math.min(3, columns.findIndex((c) => c.sum) === -1 ? columns.length : columns.findIndex((c) => c.sum)));
  return { kind: 'totals', label, labelSpan, cells: columns.slice(labelSpan).map((c) => totals[c.key] ?? null) };
}

function emptyText(spec: LedgerPrintSpec, community: string): string {
  const when = PERIOD_LEDGERS.includes(spec.kind)
    ? `${formatChineseDate(spec.period.from)}至${formatChineseDate(spec.period.to)}`
    : `截至${formatChineseDate(spec.asOf)}`;
  return `${when}，${community}没有符合本台账条件的记录。`;
}

function bodyRows(spec: LedgerPrintSpec, columns: readonly LedgerColumn[], rows: readonly LedgerRow[]): PrintRow[] {
  const out: PrintRow[] = [];
  const unit = LEDGER_UNIT[spec.kind];
  const add = (list: readonly LedgerRow[]) => {
    for (const row of numbered(list)) out.push({ kind: 'row', cells: cells(columns, maskRow(spec.kind, row.values, spec.idMask)) });
  };
  if (spec.kind === 'difficult-groups') {
    DIFFICULT_GROUP_SECTIONS.forEach((section, i) => {
      const list = rows.filter((r) => r.section === section);
      out.push({ kind: 'group', text: `${'一二三'[i]}、${DIFFICULT_GROUP_SECTION_LABEL[section as DifficultGroupSection]}（${list.length} ${unit}）` });
      add(list);
    });
  } else add(rows);
  return out;
}

export function ledgerPrintHtml(spec: LedgerPrintSpec): string {
  const title = LEDGER_TITLE[spec.kind];
  const columns = spec.columns.filter((c) => c.key !== 'community');
  const unit = LEDGER_UNIT[spec.kind];
  const groups = groupByCommunity(spec.rows, spec.communities, false);
  const period = PERIOD_LEDGERS.includes(spec.kind) ? spec.period : null;
  const heading = (community: string) => ({
    title,
    street: spec.street,
    community,
    asOf: spec.asOf,
    period,
    preparedBy: spec.preparedBy,
    preparedOn: spec.preparedOn,
    note: spec.note,
  });
  const sections =
    groups.length === 0
      ? [printSection(printTable({ heading: heading(spec.scopeName), columns: printColumns(columns), rows: [], emptyText: emptyText(spec, spec.scopeName) }))]
      : groups.map((group, i) => {
          const rows = bodyRows(spec, columns, group.rows);
          rows.push(totalsRow(`${groups.length > 1 ? '小计' : '合计'}：${group.rows.length} ${unit}`, columns, group.rows));
          if (i === groups.length - 1 && groups.length > 1) rows.push(totalsRow(`${spec.scopeName}合计：${spec.rows.length} ${unit}（${groups.length} 个社区）`, columns, spec.rows));
          return printSection(printTable({ heading: heading(group.communityName), columns: printColumns(columns), rows, emptyText: emptyText(spec, group.communityName) }));
        });
  return printDocument({ title: `${title}（${spec.scopeName}，截至${formatChineseDate(spec.asOf)}）`, page: spec.page, body: joinHtml(sections), footerNote: `${spec.street} · ${title}` });
}
