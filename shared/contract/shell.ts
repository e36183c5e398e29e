/** Native file dialogs, offered by the Electron preload only (browser mode uses upload/download instead). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PickedFile {
  /** Opaque reference the API accepts; never a path. */
  ref: string;
  name: string;
}

/** A print document (shared/print) to print or save as PDF in the Electron shell. */
export interface PrintRequest {
  /** The complete HTML document, as the print view shows it. */
  html: string;
  /** The document's title (the print job's name). */
  title: string;
}

export interface PdfRequest extends PrintRequest {
  /** The file name the save dialog proposes, e.g. 劳动力资源台账-2026-11-20.pdf. */
  defaultName: string;
}

/** What became of a print or PDF request: done, cancelled by the user, or failed with a Chinese message. */
export interface PrintOutcome {
  status: 'done' | 'cancelled' | 'failed';
  /** The saved file's name (PDF only). */
  fileName: string | null;
  error: string | null;
}

export interface DeskShell {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<PickedFile | null>;
  /** The system print dialog for the document (webContents.print). */
  printHtml(request: PrintRequest): Promise<PrintOutcome>;
  /** A save dialog, then the document as PDF (webContents.printToPDF, the document's own @page size). */
  savePdf(request: PdfRequest): Promise<PrintOutcome>;
}

export const SHELL_CHANNELS = {
  openFile: 'desk-shell:open-file',
  saveFile: 'desk-shell:save-file',
  printHtml: 'desk-shell:print-html',
  savePdf: 'desk-shell:save-pdf',
} as const;
