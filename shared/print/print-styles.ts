/**
 * The stylesheet of every printed document: CSS paged media (the paper, margins, "第 N 页 共 M 页" in the bottom
 * margin box of every page), a serif CJK face like the 宋体/仿宋 of official documents (the system's or the bundled
 * WenQuanYi as the last resort), table headers repeated on every page, no row split across pages, long text wrapped
 * inside its cell.
 */
import { cssString } from './html';
import type { PageSetup } from './page-setup';

/** 宋体 first (Windows, UOS/Kylin with the fonts installed, macOS), 仿宋 next, then open serif CJK faces, then any CJK face. */
export const SERIF_CJK_STACK =
  '"SimSun", "宋体", "NSimSun", "Songti SC", "STSong", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "AR PL UMing CN", "WenQuanYi Micro Hei", "Noto Sans CJK SC", serif';

/** Bold titles: 黑体-like where it exists, else the serif stack in bold. */
export const TITLE_CJK_STACK = '"SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", ' + SERIF_CJK_STACK;

export interface PageStyleOptions {
  page: PageSetup;
  /** The text in the bottom margin of every page, before the page number (e.g. the street's name); optional. */
  footerNote?: string;
}

/** The `@page` rule: paper, margins and the page number of every page. */
export function pageCss({ page, footerNote }: PageStyleOptions): string {
  const note = footerNote ? `@bottom-left { content: ${cssString(footerNote)}; font-family: ${SERIF_CJK_STACK}; font-size: 8pt; color: #333; }` : '';
  return `@page {
  size: ${page.size} ${page.orientation};
  margin: 12mm 10mm 14mm 10mm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${SERIF_CJK_STACK}; font-size: 9pt; color: #000; }
  ${note}
}`;
}

export const BASE_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${SERIF_CJK_STACK}; font-size: 10pt; color: #000; background: #fff; line-height: 1.35; }
.doc-title { font-family: ${TITLE_CJK_STACK}; font-size: 16pt; font-weight: bold; text-align: center; letter-spacing: 0.1em; margin: 0 0 2mm; }
.doc-meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1mm 6mm; font-size: 9.5pt; font-weight: normal; margin: 0 0 2mm; text-align: left; }
.doc-meta span { white-space: nowrap; }
table.print-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
table.print-table thead { display: table-header-group; }
table.print-table tfoot { display: table-footer-group; }
table.print-table tr { break-inside: avoid; page-break-inside: avoid; }
table.print-table th, table.print-table td { border: 0.6pt solid #000; padding: 1mm 1.2mm; vertical-align: middle; overflow-wrap: anywhere; word-break: normal; }
table.print-table th { font-weight: bold; text-align: center; background: #f0f0f0; }
table.print-table thead tr.heading th { border: none; background: none; padding: 0; text-align: left; }
table.print-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.print-table td.center { text-align: center; }
table.print-table td.id { font-family: "Courier New", "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 8.5pt; white-space: nowrap; }
table.print-table tr.group td { font-weight: bold; background: #f7f7f7; break-after: avoid; page-break-after: avoid; }
table.print-table tr.totals { break-before: avoid; page-break-before: avoid; }
table.print-table tr.totals td { font-weight: bold; }
table.print-table tr.empty td { text-align: center; padding: 6mm 2mm; font-size: 10pt; }
.print-section + .print-section { break-before: page; page-break-before: always; }
.print-note { font-size: 8.5pt; margin-top: 2mm; }
@media screen {
  body { background: #e9ecef; padding: 8mm 0; }
  .print-sheet { background: #fff; margin: 0 auto 8mm; padding: 12mm 10mm 14mm; box-shadow: 0 1px 4px rgba(0,0,0,0.25); box-sizing: border-box; }
}
@media print {
  .print-sheet { padding: 0; margin: 0; box-shadow: none; width: auto !important; }
}
`;
