/** The title block of an official print: the title, then 街道/社区, 截至日期, 制表人 and 制表日期 on one line. */
import { formatChineseDate } from '../domain/dates';
import { html } from './html';
import type { SafeHtml } from './html';

export interface PrintHeading {
  title: string;
  street: string;
  /** The community's name, or 全街道. */
  community: string;
  /** The date the content is as of (YYYY-MM-DD); omitted for a document that is not as of a date. */
  asOf?: string | null;
  /** A period shown instead of or beside the as-of date, e.g. 2026年1月1日至2026年11月20日. */
  period?: { from: string; to: string } | null;
  preparedBy: string;
  /** 制表日期 (YYYY-MM-DD). */
  preparedOn: string;
  /** A further line item, e.g. the filters a ledger was printed with (筛选：就业状态 未就业). */
  note?: string | null;
}

export function headingMeta(heading: PrintHeading): SafeHtml {
  return html`<div class="doc-meta"><span>街道：${heading.street}</span><span>社区：${heading.community}</span>${
    heading.period ? html`<span>统计期间：${formatChineseDate(heading.period.from)}至${formatChineseDate(heading.period.to)}</span>` : ''
  }${heading.asOf ? html`<span>截至日期：${formatChineseDate(heading.asOf)}</span>` : ''}<span>制表人：${heading.preparedBy}</span><span>制表日期：${formatChineseDate(heading.preparedOn)}</span>${
    heading.note ? html`<span>${heading.note}</span>` : ''
  }</div>`;
}

/** The block as it stands at the top of a document (not repeated). */
export function printHeading(heading: PrintHeading): SafeHtml {
  return html`<h1 class="doc-title">${heading.title}</h1>${headingMeta(heading)}`;
}
