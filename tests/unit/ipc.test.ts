import { beforeEach, describe, expect, it } from 'vitest';
import { isTrustedSender, registerIpc } from '../../electron/ipc/register-ipc';
import type { InvokeEventLike, IpcMainLike, NativeDialogs } from '../../electron/ipc/register-ipc';
import { FileRegistry } from '../../electron/services/files/file-registry';
import { channelOf, methodNames } from '../../shared/contract';
import type { PickedFile } from '../../shared/contract/shell';
import { SHELL_CHANNELS } from '../../shared/contract/shell';
import type { ApiResult } from '../../shared/result';

const APP_ORIGIN = 'app://desk';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain: channel → handler, refusing a channel registered twice like the real one. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
  }
}

interface DialogLog {
  open: unknown[];
  save: unknown[];
}

let ipcMain: FakeIpcMain;
let files: FileRegistry;
let calls: { method: string; input: unknown }[];
let dialogLog: DialogLog;
let openAnswer: string | null;
let saveAnswer: string | null;

beforeEach(() => {
  ipcMain = new FakeIpcMain();
  files = new FileRegistry();
  calls = [];
  dialogLog = { open: [], save: [] };
  openAnswer = null;
  saveAnswer = null;
  const dialogs: NativeDialogs = {
    async showOpen(options) {
      dialogLog.open.push(options);
      return openAnswer;
    },
    async showSave(options) {
      dialogLog.save.push(options);
      return saveAnswer;
    },
  };
  registerIpc({
    ipcMain,
    files,
    dialogs,
    appOrigin: APP_ORIGIN,
    call: async (method, input): Promise<ApiResult<unknown>> => {
      calls.push({ method, input });
      return { ok: true, value: { method } };
    },
  });
});

const APP_PAGE = 'app://desk/index.html';
const UNTRUSTED = ['https://evil.example/', null, 'app://evil/index.html', 'http://127.0.0.1:5173/', 'file:///C:/desk/index.html', 'not a url', ''];

describe('registerIpc: channels', () => {
  it('every contract method has its own channel, plus the two shell channels, and nothing else', () => {
    for (const method of methodNames) expect(ipcMain.handlers.has(channelOf(method)), method).toBe(true);
    expect(ipcMain.handlers.has(SHELL_CHANNELS.openFile)).toBe(true);
    expect(ipcMain.handlers.has(SHELL_CHANNELS.saveFile)).toBe(true);
    expect(ipcMain.handlers.size).toBe(methodNames.length + 2);
  });

  it('passes a call from the app’s own page through to the services', async () => {
    for (const method of methodNames) {
      const result = await ipcMain.invoke(channelOf(method), APP_PAGE, { some: 'input' });
      expect(result).toEqual({ ok: true, value: { method } });
    }
    expect(calls).toEqual(methodNames.map((method) => ({ method, input: { some: 'input' } })));
  });

  it.each(UNTRUSTED)('refuses a call from %s with FORBIDDEN, without calling the services', async (url) => {
    for (const method of methodNames) {
      const result = await ipcMain.invoke(channelOf(method), url, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('isTrustedSender compares the origin exactly', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://desk/index.html#/communities' } }, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://desk.evil/index.html' } }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://desk:8080/' } }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, APP_ORIGIN)).toBe(false);
  });
});

describe('registerIpc: native file dialogs', () => {
  const openOptions = { title: '选择导入文件', filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
  const saveOptions = { ...openOptions, title: '导出到', defaultName: '名单.xlsx' };

  it('open: registers the chosen file as an input and returns only a reference and its name', async () => {
    openAnswer = '/home/clerk/文档/名单 2026.xlsx';
    const picked = (await ipcMain.invoke(SHELL_CHANNELS.openFile, APP_PAGE, openOptions)) as PickedFile;
    expect(picked).toEqual({ ref: expect.any(String), name: '名单 2026.xlsx' });
    expect(JSON.stringify(picked)).not.toContain('/home/clerk');
    expect(files.resolve(picked.ref, 'input')).toEqual({ path: openAnswer, name: '名单 2026.xlsx', direction: 'input' });
    expect(() => files.resolve(picked.ref, 'output')).toThrow();
    expect(dialogLog.open).toEqual([openOptions]);
  });

  it('save: registers the chosen target as an output', async () => {
    saveAnswer = 'C:\\Users\\clerk\\Desktop\\导出.xlsx';
    const picked = (await ipcMain.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, saveOptions)) as PickedFile;
    expect(picked.name).toBe('导出.xlsx');
    expect(files.resolve(picked.ref, 'output')).toEqual({ path: saveAnswer, name: '导出.xlsx', direction: 'output' });
    expect(() => files.resolve(picked.ref, 'input')).toThrow();
    expect(dialogLog.save).toEqual([saveOptions]);
  });

  it('returns null when the dialog is cancelled, registering nothing', async () => {
    expect(await ipcMain.invoke(SHELL_CHANNELS.openFile, APP_PAGE, openOptions)).toBeNull();
    expect(await ipcMain.invoke(SHELL_CHANNELS.saveFile, APP_PAGE, saveOptions)).toBeNull();
    expect(dialogLog.open).toHaveLength(1);
    expect(dialogLog.save).toHaveLength(1);
  });

  it('an untrusted page gets null and no dialog is shown', async () => {
    openAnswer = '/tmp/a.xlsx';
    saveAnswer = '/tmp/b.xlsx';
    for (const url of UNTRUSTED) {
      expect(await ipcMain.invoke(SHELL_CHANNELS.openFile, url, openOptions)).toBeNull();
      expect(await ipcMain.invoke(SHELL_CHANNELS.saveFile, url, saveOptions)).toBeNull();
    }
    expect(dialogLog).toEqual({ open: [], save: [] });
  });

  it('refuses malformed dialog options (a page cannot pass a default path or extra fields)', async () => {
    openAnswer = '/tmp/a.xlsx';
    await expect(ipcMain.invoke(SHELL_CHANNELS.openFile, APP_PAGE, { ...openOptions, defaultPath: '/etc' })).rejects.toThrow();
    await expect(ipcMain.invoke(SHELL_CHANNELS.openFile, APP_PAGE, { title: 'x', filters: [{ name: 'x', extensions: ['*'] }] })).rejects.toThrow();
    expect(dialogLog.open).toEqual([]);
  });
});
