/** Stands in for the `electron` package in unit tests: requiring the real one tries to download its binary. */
function unavailable(): never {
  throw new Error('electron is not available in unit tests');
}

export const app = { getPath: unavailable, on: unavailable, enableSandbox: unavailable, isPackaged: false };
export const ipcMain = { handle: unavailable };
export const contextBridge = { exposeInMainWorld: unavailable };
export const ipcRenderer = { invoke: unavailable };
