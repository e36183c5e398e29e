/**
 * The Electron transport: the only place that calls `ipcMain.handle`. It is given Electron's ipcMain and dialog
 * functions by electron/main (so it does not import electron itself and can be unit-tested), checks that every
 * call comes from the app's own page, validates input with the contract and answers `{ ok, value | error }`.
 */
import { z } from 'zod';
import { channelOf, methodNames } from '../../shared/contract';
import type { FileFilter, PickedFile } from '../../shared/contract/shell';
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

export interface IpcDeps {
  ipcMain: IpcMainLike;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  files: FileRegistry;
  dialogs: NativeDialogs;
  /** The origin of the app's own page, e.g. `app://desk`. */
  appOrigin: string;
}

const FileFilterSchema = z.strictObject({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).max(10) });
const OpenSchema = z.strictObject({ title: z.string().max(60), filters: z.array(FileFilterSchema).max(5) });
const SaveSchema = OpenSchema.extend({ defaultName: z.string().max(200) });

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
  deps.ipcMain.handle(SHELL_CHANNELS.openFile, async (event, raw): Promise<PickedFile | null> => {
    if (!isTrustedSender(event, deps.appOrigin)) return null;
    const options = OpenSchema.parse(raw);
    const path = await deps.dialogs.showOpen(options);
    if (!path) return null;
    return { ref: deps.files.register({ path, name: baseName(path), direction: 'input' }), name: baseName(path) };
  });
  deps.ipcMain.handle(SHELL_CHANNELS.saveFile, async (event, raw): Promise<PickedFile | null> => {
    if (!isTrustedSender(event, deps.appOrigin)) return null;
    const options = SaveSchema.parse(raw);
    const path = await deps.dialogs.showSave(options);
    if (!path) return null;
    return { ref: deps.files.register({ path, name: baseName(path), direction: 'output' }), name: baseName(path) };
  });
}
