/**
 * The Electron shell. It owns the window, the app:// protocol, native dialogs and the menu; everything else is
 * the same services the browser bridge and the CLI use.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { DatabaseOpenError } from '../../db/open-database';
import { registerIpc } from '../ipc/register-ipc';
import { recoveryAdvice } from '../services/backup/recovery';
import { dbPathIn, defaultDataDir } from '../services/runtime/data-dir';
import { FolderInUseError } from '../services/runtime/folder-lock';
import { openDeskRuntime } from '../services/runtime/desk-runtime';
import type { DeskRuntime } from '../services/runtime/desk-runtime';
import { parseDataDirArg, parseTodayArg } from '../services/runtime/launch-args';
import { restrictNewFilesToOwner } from '../services/runtime/private-files';
import { applyTodayPin } from '../services/runtime/today-pin';
import { APP_NAME } from '../../shared/version';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { installChineseMenu } from './menu';
import { createNativePrinter, takePrintDocument } from './print-window';
import { createMainWindow, hardenWebContents, preloadPathIn } from './window';

// Every renderer is sandboxed, whatever a window's own preferences say (before the app is ready).
app.enableSandbox();
// What this process writes (Chromium's files in userData too) is the user's alone on POSIX.
restrictNewFilesToOwner();

const dataDir = parseDataDirArg(process.argv) ?? defaultDataDir();
app.setPath('userData', dataDir);
app.setName(APP_NAME);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let runtime: DeskRuntime | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  registerAppScheme();

  app.whenReady().then(async () => {
    const appDir = app.getAppPath();
    try {
      // `--today` or DESK_TODAY pins "today" for this process, as in browser mode and the CLI.
      applyTodayPin(parseTodayArg(process.argv), process.env);
    } catch (error) {
      dialog.showErrorBox('模拟日期无效', error instanceof Error ? error.message : String(error));
      app.exit(2);
      return;
    }
    try {
      runtime = openDeskRuntime({ dataDir, migrationsDir: join(appDir, 'db', 'migrations'), transport: 'electron', lock: true, warmReads: true });
    } catch (error) {
      if (error instanceof FolderInUseError) {
        // Another Electron window is focused by requestSingleInstanceLock; this is a browser-mode server on the folder.
        dialog.showErrorBox('工作台已在运行', error.message);
        app.exit(1);
        return;
      }
      const message = error instanceof DatabaseOpenError || error instanceof Error ? error.message : String(error);
      const advice = error instanceof DatabaseOpenError && error.kind === 'corrupt' ? `\n\n${await recoveryAdvice(dataDir, dbPathIn(dataDir))}` : '';
      dialog.showErrorBox('无法打开数据库', `${message}${advice}`);
      app.exit(1);
      return;
    }
    const opened = runtime;
    hardenWebContents();
    installChineseMenu();
    serveRenderer(join(appDir, 'dist', 'renderer'), takePrintDocument);
    registerIpc({
      ipcMain,
      call: (method, input) => opened.doorCall('electron', method, input),
      files: opened.files,
      appOrigin: APP_ORIGIN,
      printer: createNativePrinter(),
      dialogs: {
        async showOpen(options) {
          const parent = BrowserWindow.getFocusedWindow();
          const result = parent
            ? await dialog.showOpenDialog(parent, { title: options.title, filters: options.filters, properties: ['openFile'] })
            : await dialog.showOpenDialog({ title: options.title, filters: options.filters, properties: ['openFile'] });
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async showSave(options) {
          const parent = BrowserWindow.getFocusedWindow();
          const settings = { title: options.title, defaultPath: options.defaultName, filters: options.filters };
          const result = parent ? await dialog.showSaveDialog(parent, settings) : await dialog.showSaveDialog(settings);
          return result.canceled ? null : (result.filePath ?? null);
        },
      },
    });
    // The daily automatic backup: at start, then checked every hour.
    void opened.dailyBackup();
    setInterval(() => void opened.dailyBackup(), 60 * 60 * 1000).unref();
    mainWindow = createMainWindow(preloadPathIn(__dirname));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }).catch((error: unknown) => {
    dialog.showErrorBox('启动失败', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());
  // The backup on exit (online backup API, asynchronous): quitting waits for it once.
  let backedUp = false;
  app.on('before-quit', (event) => {
    if (backedUp || !runtime) return;
    event.preventDefault();
    backedUp = true;
    void runtime.closeWithBackup().finally(() => app.quit());
  });
  app.on('will-quit', () => {
    runtime?.close();
    runtime = null;
  });
}
