/**
 * The Electron transport: the only place that calls `ipcMain.handle`. It is given Electron's ipcMain and dialog
 * functions by electron/main (so it does not import electron itself and can be unit-tested), checks that every
 * call comes from the app's own page, validates input with the contract and answers `{ ok, value | error }`.
 */
import { z } from 'zod';
import { channelOf, methodNames } from '../../shared/contract';
import type { FileFilter, PickedFile, PrintOutcome } from '../../shared/contract/shell';
import { SHELL_CHANNELS } from '../../shared/contract/shell';
import type { ApiResult } from '../../shared/result';
import type { FileRegistry } from '../services/files/file-registry';

export interface SenderFrameLike {
  url: string;
}

export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface NativeDialogs {
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  showSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/** The Electron shell's printing (electron/main/print-window.ts): the document loaded in a hidden sandboxed window. */
export interface NativePrinter {
  /** The system print dialog; resolves when the job was sent or the dialog cancelled. */
  print(html: string, title: string): Promise<PrintOutcome>;
  /** The document as PDF bytes (printToPDF, the document's own @page size and orientation). */
  toPdf(html: string, title: string): Promise<Uint8Array>;
  /** Writes the PDF where the user chose. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export interface IpcDeps {
  ipcMain: IpcMainLike;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  files: FileRegistry;
  dialogs: NativeDialogs;
  /** Printing and PDF: registered only when given (the shell gives it; transport tests may leave it out). */
  printer?: NativePrinter;
  /** The origin of the app's own page, e.g. `app://desk`. */
  appOrigin: string;
}

const FileFilterSchema = z.strictObject({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).max(10) });
const OpenSchema = z.strictObject({ title: z.string().max(60), filters: z.array(FileFilterSchema).max(5) });
const SaveSchema = OpenSchema.extend({ defaultName: z.string().max(200) });
/** A print document of at most 64 MB (a street-wide ledger of 90,000 rows is about 30 MB). */
const PrintSchema = z.strictObject({ html: z.string().max(64 * 1024 * 1024), title: z.string().max(200) });
const PdfSchema = PrintSchema.extend({ defaultName: z.string().max(200) });

export function isTrustedSender(event: InvokeEventLike, appOrigin: string): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

const untrusted: ApiResult<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自非本程序页面的请求' } };

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function registerIpc(deps: IpcDeps): void {
  for (const method of methodNames) {
    deps.ipcMain.handle(channelOf(method), async (event, input) => {
      if (!isTrustedSender(event, deps.appOrigin)) return untrusted;
      return deps.call(method, input);
    });
  }
  // The shell's file dialogs: the file chosen is registered (for reading, or for writing) and only its reference and
  // name go back to the page, never its path.
  const pick = (direction: 'input' | 'output', path: string | null): PickedFile | null =>
    path ? { ref: deps.files.register({ path, name: baseName(path), direction }), name: baseName(path) } : null;
  deps.ipcMain.handle(SHELL_CHANNELS.openFile, async (event, raw): Promise<PickedFile | null> => {
    if (!isTrustedSender(event, deps.appOrigin)) return null;
    return pick('input', await deps.dialogs.showOpen(OpenSchema.parse(raw)));
  });
  deps.ipcMain.handle(SHELL_CHANNELS.saveFile, async (event, raw): Promise<PickedFile | null> => {
    if (!isTrustedSender(event, deps.appOrigin)) return null;
    return pick('output', await deps.dialogs.showSave(SaveSchema.parse(raw)));
  });
  if (deps.printer) registerPrinting(deps, deps.printer);
}

function failed(error: unknown): PrintOutcome {
  return { status: 'failed', fileName: null, error: `打印失败：${error instanceof Error ? error.message : String(error)}` };
}

const refused: PrintOutcome = { status: 'failed', fileName: null, error: '拒绝来自非本程序页面的打印请求' };

function registerPrinting(deps: IpcDeps, printer: NativePrinter): void {
  deps.ipcMain.handle(SHELL_CHANNELS.printHtml, async (event, raw): Promise<PrintOutcome> => {
    if (!isTrustedSender(event, deps.appOrigin)) return refused;
    const parsed = PrintSchema.safeParse(raw);
    if (!parsed.success) return { status: 'failed', fileName: null, error: '打印内容无效或过大' };
    try {
      return await printer.print(parsed.data.html, parsed.data.title);
    } catch (error) {
      return failed(error);
    }
  });
  deps.ipcMain.handle(SHELL_CHANNELS.savePdf, async (event, raw): Promise<PrintOutcome> => {
    if (!isTrustedSender(event, deps.appOrigin)) return refused;
    const parsed = PdfSchema.safeParse(raw);
    if (!parsed.success) return { status: 'failed', fileName: null, error: '打印内容无效或过大' };
    const { html, title, defaultName } = parsed.data;
    const path = await deps.dialogs.showSave({ title: '保存为 PDF', defaultName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] });
    if (!path) return { status: 'cancelled', fileName: null, error: null };
    try {
      await printer.writeFile(path, await printer.toPdf(html, title));
      return { status: 'done', fileName: baseName(path), error: null };
    } catch (error) {
      return failed(error);
    }
  });
}
