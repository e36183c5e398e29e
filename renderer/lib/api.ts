/**
 * The renderer's only door to data. In the Electron shell it uses the preload's named functions; in browser mode
 * it posts to the loopback bridge, which knows the page by its session cookie (HttpOnly: no script here can read
 * it; the browser sends it with same-origin requests). Both return the same typed result.
 */
import { methodNames } from '../../shared/contract';
import type { DeskApi, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { FileFilter, PickedFile, DeskShell, PdfRequest, PrintOutcome, PrintRequest } from '../../shared/contract/shell';
import type { ApiError, ApiResult } from '../../shared/result';

interface PreloadBridge {
  api: DeskApi;
  shell: DeskShell;
}

declare global {
  interface Window {
    desk?: PreloadBridge;
  }
}

async function postJson(path: string, body: unknown): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: `无法连接工作台服务（${String(error)}），请确认程序仍在运行` } };
  }
}

function browserApi(): DeskApi {
  return Object.fromEntries(
    methodNames.map((method) => [method, (input: unknown) => postJson(`./api/${encodeURIComponent(method)}`, input)]),
  ) as unknown as DeskApi;
}

export const transport: 'electron' | 'browser' = window.desk ? 'electron' : 'browser';
export const api: DeskApi = window.desk?.api ?? browserApi();

/** A failed API call, carrying the typed error for forms to show on their fields. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Calls a method and returns its value, or throws ApiCallError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const fn = api[method] as (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;
  const result = await fn(input);
  if (!result.ok) {
    // Signed out meanwhile (idle lock, a restore, another tab): the app goes back to the sign-in screen.
    if (result.error.code === 'UNAUTHORIZED' && !method.startsWith('auth.')) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    throw new ApiCallError(result.error);
  }
  return result.value;
}

/** Fired when a call finds nobody signed in at this door. */
export const SIGNED_OUT_EVENT = 'desk:signed-out';

/** Lets the user choose a file to import: the native dialog in Electron, a file input + upload in the browser. */
export async function pickFileForImport(title: string, filters: FileFilter[]): Promise<PickedFile | null> {
  if (window.desk) return window.desk.shell.openFile({ title, filters });
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
  if (!file) return null;
  const response = await fetch('./files', {
    method: 'POST',
    headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
    credentials: 'same-origin',
    body: file,
  });
  const result = (await response.json()) as ApiResult<PickedFile>;
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** Lets the user choose where an export goes: the native save dialog in Electron; in the browser, null (download). */
export async function pickSaveTarget(title: string, defaultName: string, filters: FileFilter[]): Promise<PickedFile | null | 'cancelled'> {
  if (!window.desk) return null;
  const picked = await window.desk.shell.saveFile({ title, defaultName, filters });
  return picked ?? 'cancelled';
}

/** Browser mode: fetches a file the service prepared and hands it to the browser's download. */
export async function downloadPrepared(ref: string, name: string): Promise<void> {
  if (window.desk) return;
  const response = await fetch(`./files/${ref}`, { credentials: 'same-origin' });
  if (!response.ok) throw new ApiCallError({ code: 'NOT_FOUND', message: '下载失败：文件不存在或已过期' });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether the Electron shell's printing (system print dialog, printToPDF) is there; browser mode prints the print view's frame. */
export const nativePrinting = window.desk !== undefined;

/** Electron: the system print dialog for a print document. */
export async function printNatively(request: PrintRequest): Promise<PrintOutcome> {
  if (!window.desk) return { status: 'failed', fileName: null, error: '浏览器模式请用打印预览中的“打印”' };
  return window.desk.shell.printHtml(request);
}

/** Electron: a save dialog, then the print document as PDF. */
export async function savePdfNatively(request: PdfRequest): Promise<PrintOutcome> {
  if (!window.desk) return { status: 'failed', fileName: null, error: '浏览器模式请在打印对话框中选择“另存为 PDF”' };
  return window.desk.shell.savePdf(request);
}
