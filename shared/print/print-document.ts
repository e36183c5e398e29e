/**
 * A complete HTML document for a print: the same string is shown in the page's print view (an iframe's srcdoc, the
 * browser's print), loaded by the Electron shell for printToPDF and the system print dialog, and rendered to PDF by
 * the CLI in a headless Chromium. It carries no script and a Content-Security-Policy that allows none.
 */
import { html, rawTrustedHtml } from './html';
import type { SafeHtml } from './html';
import { paperMillimetres } from './page-setup';
import type { PageSetup } from './page-setup';
import { BASE_CSS, pageCss } from './print-styles';

export interface PrintDocumentSpec {
  /** The document's title (the browser's tab and the PDF's title). */
  title: string;
  page: PageSetup;
  /** The body: sections built with the print helpers. */
  body: SafeHtml;
  /** Extra CSS written in code (never data), e.g. the wall notice's large type. */
  extraCss?: string;
  /** Text in the bottom-left margin of every page (optional). */
  footerNote?: string;
}

/** No scripts, no requests: only the inline styles and data: images of the document itself. */
export const PRINT_DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function printDocument(spec: PrintDocumentSpec): string {
  const { width } = paperMillimetres(spec.page);
  const css = `${pageCss({ page: spec.page, footerNote: spec.footerNote })}\n${BASE_CSS}\n@media screen { .print-sheet { width: ${width}mm; } }\n${spec.extraCss ?? ''}`;
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_DOCUMENT_CSP}">
<title>${spec.title}</title>
<style>${rawTrustedHtml(css)}</style>
</head>
<body>
<div class="print-sheet">
${spec.body}
</div>
</body>
</html>
`.value;
}
