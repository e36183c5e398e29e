/**
 * A printed table: the title block and the column headers in <thead> (repeated by the browser on every page), rows
 * that never split across pages, optional group rows (a section or community), a totals row, and — when there are
 * no rows — a line saying so under the headers instead of a blank page.
 */
import { html, joinHtml } from './html';
import type { SafeHtml } from './html';
import { headingMeta } from './print-heading';
import type { PrintHeading } from './print-heading';

export type CellAlign = 'left' | 'center' | 'right';

export interface PrintColumn {
  label: string;
  /** Relative width (roughly characters at 9 pt); the table spreads them over the paper. */
  width: number;
  align?: CellAlign;
  /** 身份证号码 and other codes: a monospaced face, never broken. */
  code?: boolean;
}

export type PrintCell = string | number | null | undefined;

export type PrintRow =
  | { kind: 'row'; cells: readonly PrintCell[] }
  /** A heading row spanning the table (a section, a community). */
  | { kind: 'group'; text: string }
  /** The totals: a label over the first `labelSpan` columns, then one cell per remaining column (blank when null). */
  | { kind: 'totals'; label: string; labelSpan: number; cells: readonly PrintCell[] };

export interface PrintTableSpec {
  heading: PrintHeading;
  columns: readonly PrintColumn[];
  rows: readonly PrintRow[];
  /** The line printed under the headers when `rows` holds no data row. */
  emptyText: string;
}

function cellClass(column: PrintColumn | undefined): string {
  if (!column) return '';
  if (column.code) return 'id';
  if (column.align === 'right') return 'num';
  if (column.align === 'center') return 'center';
  return '';
}

function cellText(value: PrintCell): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

function bodyRow(row: PrintRow, columns: readonly PrintColumn[]): SafeHtml {
  const span = columns.length;
  if (row.kind === 'group') return html`<tr class="group"><td colspan="${span}">${row.text}</td></tr>`;
  if (row.kind === 'totals') {
    const labelSpan = Math.max(1, Math.min(span, row.labelSpan));
    const rest = columns.slice(labelSpan).map((c, i) => html`<td class="${cellClass(c)}">${cellText(row.cells[i])}</td>`);
    return html`<tr class="totals"><td colspan="${labelSpan}">${row.label}</td>${rest}</tr>`;
  }
  return html`<tr>${columns.map((c, i) => html`<td class="${cellClass(c)}">${cellText(row.cells[i])}</td>`)}</tr>`;
}

/** Each column's share of the width, in percent (two decimals), summing to 100. */
export function columnPercents(columns: readonly PrintColumn[]): number[] {
  const total = columns.reduce((n, c) => n + Math.max(1, c.width), 0);
  return columns.map((c) => Math.round((Math.max(1, c.width) / total) * 10_000) / 100);
}

export function printTable(spec: PrintTableSpec): SafeHtml {
  const { columns } = spec;
  const span = Math.max(1, columns.length);
  const colgroup = columnPercents(columns).map((p) => html`<col style="width:${p}%">`);
  const hasData = spec.rows.some((r) => r.kind === 'row');
  const body = hasData
    ? joinHtml(spec.rows.map((r) => bodyRow(r, columns)))
    : html`${joinHtml(spec.rows.filter((r) => r.kind === 'group').map((r) => bodyRow(r, columns)))}<tr class="empty"><td colspan="${span}">${spec.emptyText}</td></tr>`;
  return html`<table class="print-table">
<colgroup>${colgroup}</colgroup>
<thead>
<tr class="heading"><th colspan="${span}"><div class="doc-title">${spec.heading.title}</div>${headingMeta(spec.heading)}</th></tr>
<tr class="columns">${columns.map((c) => html`<th>${c.label}</th>`)}</tr>
</thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** A part of a document that starts on a new page (each community of a street-wide ledger). */
export function printSection(content: SafeHtml): SafeHtml {
  return html`<section class="print-section">${content}</section>`;
}
