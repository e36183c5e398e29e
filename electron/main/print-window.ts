/**
 * Printing in the Electron shell: a print document (shared/print) is served once from memory at
 * app://desk/__print/<id>.html (with the app's CSP and the document's own, which allows no script) and loaded in a
 * hidden, sandboxed window with JavaScript off; that window's webContents opens the system print dialog or renders
 * the PDF (printToPDF, the document's @page size and margins, page numbers from its margin boxes).
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow } from 'electron';
import type { NativePrinter } from '../ipc/register-ipc';
import { APP_ORIGIN } from './app-protocol';

const PRINT_PREFIX = '/__print/';
const pending = new Map<string, string>();

/** The document waiting at `pathname` (taken: served once), or null. */
export function takePrintDocument(pathname: string): string | null {
  if (!pathname.startsWith(PRINT_PREFIX)) return null;
  const id = pathname.slice(PRINT_PREFIX.length).replace(/\.html$/, '');
  const html = pending.get(id);
  if (html === undefined) return null;
  pending.delete(id);
  return html;
}

async function withPrintWindow<T>(html: string, title: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const id = randomUUID();
  pending.set(id, html);
  const window = new BrowserWindow({
    show: false,
    title,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      javascript: false,
      devTools: !app.isPackaged,
      spellcheck: false,
    },
  });
  try {
    await window.loadURL(`${APP_ORIGIN}${PRINT_PREFIX}${id}.html`);
    return await use(window);
  } finally {
    pending.delete(id);
    if (!window.isDestroyed()) window.destroy();
  }
}

export function createNativePrinter(): NativePrinter {
  return {
    print(html, title) {
      return withPrintWindow(html, title, (window) =>
        new Promise((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
            if (success) resolve({ status: 'done', fileName: null, error: null });
            else if (reason === 'Print job canceled' || reason === 'cancelled') resolve({ status: 'cancelled', fileName: null, error: null });
            else resolve({ status: 'failed', fileName: null, error: `打印失败：${reason}` });
          });
        }),
      );
    },
    toPdf(html, title) {
      return withPrintWindow(html, title, async (window) => {
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
        return new Uint8Array(pdf);
      });
    },
    async writeFile(path, bytes) {
      await writeFile(path, bytes);
    },
  };
}
