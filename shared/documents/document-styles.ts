/**
 * The look of the office's forms and cards (户卡, 认定表, 协议书, 考核表) on top of the shared print stylesheet: boxed
 * tables with label cells, a title with a subtitle, signature lines, checkboxes drawn as □/■.
 */
import { formatChineseDate } from '../domain/dates';
import { html } from '../print/html';
import type { SafeHtml } from '../print/html';
import { TITLE_CJK_STACK } from '../print/print-styles';

export const FORM_CSS = `
.form-title { font-family: ${TITLE_CJK_STACK}; font-size: 18pt; font-weight: bold; text-align: center; letter-spacing: 0.15em; margin: 0 0 1mm; }
.form-title.long { font-size: 14pt; letter-spacing: 0.04em; }
.form-subtitle { text-align: center; font-size: 11pt; margin: 0 0 3mm; }
.form-meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1mm 6mm; font-size: 9.5pt; margin: 0 0 2mm; }
.form-meta span { white-space: nowrap; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10pt; margin: 0 0 3mm; }
table.form td, table.form th { border: 0.8pt solid #000; padding: 1.6mm 1.8mm; vertical-align: middle; overflow-wrap: anywhere; }
table.form td.label, table.form th { font-weight: bold; text-align: center; }
table.form td.block { vertical-align: top; }
table.form tr { break-inside: avoid; page-break-inside: avoid; }
table.form thead { display: table-header-group; }
table.form td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.form td.center { text-align: center; }
table.form td.id, span.id { font-family: "Courier New", "Liberation Mono", "DejaVu Sans Mono", monospace; white-space: nowrap; letter-spacing: -0.02em; }
table.form.list td.id { font-size: 8pt; }
table.form.list { font-size: 9pt; }
table.form.list td, table.form.list th { padding: 1mm 1.2mm; }
table.form.list th { background: #f0f0f0; }
table.form.list td.empty { text-align: center; padding: 4mm; }
.section-title { font-family: ${TITLE_CJK_STACK}; font-weight: bold; font-size: 11pt; margin: 3mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.clause { margin: 1.5mm 0; text-indent: 2em; line-height: 1.6; }
.clause-list { margin: 1mm 0 1mm 2em; padding: 0; line-height: 1.6; }
.sign { display: flex; justify-content: space-between; gap: 8mm; margin-top: 6mm; line-height: 2.2; break-inside: avoid; page-break-inside: avoid; }
.sign > div { flex: 1; white-space: nowrap; }
.sign-line { display: inline-block; min-width: 30mm; border-bottom: 0.6pt solid #000; text-align: center; }
.opinion { min-height: 16mm; }
.opinion-sign { text-align: right; margin-top: 3mm; line-height: 2; }
.check { white-space: nowrap; margin-right: 4mm; }
.small { font-size: 8.5pt; }
.muted { color: #333; }
`;

/** □ text / ■ text: a printed checkbox. */
export function checkbox(checked: boolean, label: string): SafeHtml {
  return html`<span class="check">${checked ? '■' : '□'} ${label}</span>`;
}

/** A date written out, or a blank line with 年 月 日 to fill in by hand. */
export function dateOrBlank(iso: string | null | undefined): SafeHtml {
  return iso ? html`${formatChineseDate(iso)}` : html`<span class="sign-line" style="min-width:12mm">&nbsp;</span>年<span class="sign-line" style="min-width:8mm">&nbsp;</span>月<span class="sign-line" style="min-width:8mm">&nbsp;</span>日`;
}

/** A value written on a line, or a blank line to fill in. */
export function lineOr(value: string | null | undefined, minWidth = 26): SafeHtml {
  return html`<span class="sign-line" style="min-width:${minWidth}mm">${value && value.trim() !== '' ? value : '\u00a0'}</span>`;
}

export function formHeading(title: string, subtitle: string | null, meta: readonly string[]): SafeHtml {
  return html`<h1 class="form-title${title.length > 22 ? ' long' : ''}">${title}</h1>${subtitle ? html`<div class="form-subtitle">${subtitle}</div>` : ''}<div class="form-meta">${meta.map((m) => html`<span>${m}</span>`)}</div>`;
}

/** Yes/no as printed on a form. */
export function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value ? '是' : '否';
}

/** 2026-11-23T06:12:00.000Z → "2026-11-23 14:12" in the machine's time zone (a saved run's time). */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
