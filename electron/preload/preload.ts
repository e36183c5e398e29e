/**
 * The page's only window into the main process: one named function per API method, each bound to its own fixed
 * channel, plus the two native file dialogs and printing. No generic `invoke` is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, methodNames } from '../../shared/contract';
import type { DeskApi } from '../../shared/contract';
import type { DeskShell } from '../../shared/contract/shell';
import { SHELL_CHANNELS } from '../../shared/contract/shell';

const api = Object.fromEntries(
  methodNames.map((method) => {
    const channel = channelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
) as unknown as DeskApi;

const shell: DeskShell = {
  openFile: (options) => ipcRenderer.invoke(SHELL_CHANNELS.openFile, options),
  saveFile: (options) => ipcRenderer.invoke(SHELL_CHANNELS.saveFile, options),
  printHtml: (request) => ipcRenderer.invoke(SHELL_CHANNELS.printHtml, request),
  savePdf: (request) => ipcRenderer.invoke(SHELL_CHANNELS.savePdf, request),
};

contextBridge.exposeInMainWorld('desk', { api, shell });
