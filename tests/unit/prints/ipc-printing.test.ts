import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/ipc/register-ipc';
import type { InvokeEventLike, IpcMainLike, NativePrinter } from '../../../electron/ipc/register-ipc';
import { FileRegistry } from '../../../electron/services/files/file-registry';
import { channelOf, methodNames } from '../../../shared/contract';
import { SHELL_CHANNELS } from '../../../shared/contract/shell';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function setup(saveAnswer: string | null) {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const log: string[] = [];
  const printer: NativePrinter = {
    async print(html, title) {
      log.push(`print ${title} ${html.length}`);
      return { status: 'done', fileName: null, error: null };
    },
    async toPdf(html) {
      log.push(`pdf ${html.length}`);
      return new Uint8Array([37, 80, 68, 70]);
    },
    async writeFile(path, bytes) {
      log.push(`write ${path} ${bytes.length}`);
    },
  };
  registerIpc({
    ipcMain,
    files: new FileRegistry(),
    appOrigin: 'app://desk',
    printer,
    dialogs: { showOpen: async () => null, showSave: async () => saveAnswer },
    call: async () => ({ ok: true, value: null }),
  });
  const invoke = (channel: string, url: string | null, arg: unknown) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, arg);
  };
  return { handlers, invoke, log };
}

describe('Electron printing channels', () => {
  it('are registered when the shell gives a printer, beside the API and file dialogs', () => {
    const { handlers } = setup(null);
    for (const method of methodNames) expect(handlers.has(channelOf(method))).toBe(true);
    expect(handlers.has(SHELL_CHANNELS.printHtml)).toBe(true);
    expect(handlers.has(SHELL_CHANNELS.savePdf)).toBe(true);
    expect(handlers.size).toBe(methodNames.length + 4);
  });

  it('print: the document goes to the printer', async () => {
    const { invoke, log } = setup(null);
    expect(await invoke(SHELL_CHANNELS.printHtml, 'app://desk/index.html', { html: '<p>x</p>', title: '台账' })).toEqual({ status: 'done', fileName: null, error: null });
    expect(log).toEqual(['print 台账 8']);
  });

  it('PDF: asks where, renders, writes; cancelled writes nothing', async () => {
    const saved = setup('/home/clerk/台账.pdf');
    expect(await saved.invoke(SHELL_CHANNELS.savePdf, 'app://desk/index.html', { html: '<p>x</p>', title: '台账', defaultName: '台账.pdf' })).toEqual({
      status: 'done',
      fileName: '台账.pdf',
      error: null,
    });
    expect(saved.log).toEqual(['pdf 8', 'write /home/clerk/台账.pdf 4']);
    const cancelled = setup(null);
    expect(await cancelled.invoke(SHELL_CHANNELS.savePdf, 'app://desk/index.html', { html: 'x', title: 't', defaultName: 'a.pdf' })).toMatchObject({ status: 'cancelled' });
    expect(cancelled.log).toEqual([]);
  });

  it('refuses other pages and malformed requests without printing', async () => {
    const { invoke, log } = setup('/tmp/a.pdf');
    for (const url of ['https://evil.example/', null, 'app://evil/']) {
      expect(await invoke(SHELL_CHANNELS.printHtml, url, { html: 'x', title: 't' })).toMatchObject({ status: 'failed' });
      expect(await invoke(SHELL_CHANNELS.savePdf, url, { html: 'x', title: 't', defaultName: 'a.pdf' })).toMatchObject({ status: 'failed' });
    }
    expect(await invoke(SHELL_CHANNELS.printHtml, 'app://desk/', { html: 5, title: 't' })).toMatchObject({ status: 'failed' });
    expect(await invoke(SHELL_CHANNELS.printHtml, 'app://desk/', { html: 'x', title: 't', extra: 1 })).toMatchObject({ status: 'failed' });
    expect(log).toEqual([]);
  });
});
