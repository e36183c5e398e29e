/** Printed documents (ledgers, forms, the wall notice): HTML built here is what every door prints. */
export { cssString, escapeHtml, html, joinHtml, rawTrustedHtml, SafeHtml, textHtml } from './html';
export type { HtmlValue } from './html';
export { LEDGER_PAGE, ORIENTATION_LABEL, ORIENTATIONS, PAPER_SIZES, paperMillimetres } from './page-setup';
export type { Orientation, PageSetup, PaperSize } from './page-setup';
export { PRINT_DOCUMENT_CSP, printDocument } from './print-document';
export type { PrintDocumentSpec } from './print-document';
export { headingMeta, printHeading } from './print-heading';
export type { PrintHeading } from './print-heading';
export { BASE_CSS, pageCss, SERIF_CJK_STACK, TITLE_CJK_STACK } from './print-styles';
export { columnPercents, printSection, printTable } from './print-table';
export type { CellAlign, PrintCell, PrintColumn, PrintRow, PrintTableSpec } from './print-table';
