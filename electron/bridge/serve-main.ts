/**
 * Browser mode: opens the same services as the Electron shell and serves the built renderer on 127.0.0.1.
 * Prints `DESK_URL=<launch url>` on stdout (machine-readable; the URL carries a one-time code) and a Chinese line on
 * stderr, and opens the URL in a browser. Each line read on stdin (Enter in the terminal) prints and opens a fresh
 * launch URL: the way back in for a browser that lost its session. Ctrl+C closes cleanly.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/open-database';
import { recoveryAdvice } from '../services/backup/recovery';
import { dbPathIn, defaultDataDir } from '../services/runtime/data-dir';
import { FolderInUseError } from '../services/runtime/folder-lock';
import { openDeskRuntime } from '../services/runtime/desk-runtime';
import { applyTodayPin, InvalidTodayError } from '../services/runtime/today-pin';
import { startBridge } from './bridge-server';
import { pickLoopbackHost } from './security';

export interface ServeOptions {
  argv: string[];
  migrationsDir: string;
  staticDir: string;
}

function openBrowser(url: string): void {
  const opener =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(opener[0] as string, opener[1] as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the URL is printed.
  }
}

export async function serve(options: ServeOptions): Promise<void> {
  const { values } = parseArgs({
    args: options.argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'no-open': { type: 'boolean' }, today: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`端口无效：${values.port}\n`);
    process.exit(2);
  }
  let pinned: string | null;
  try {
    pinned = applyTodayPin(values.today, process.env);
  } catch (error) {
    if (!(error instanceof InvalidTodayError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  let runtime;
  try {
    runtime = openDeskRuntime({ dataDir, migrationsDir: options.migrationsDir, transport: 'browser', lock: true, warmReads: true });
  } catch (error) {
    if (error instanceof FolderInUseError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    const message = error instanceof DatabaseOpenError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`无法打开数据库：${message}\n`);
    if (error instanceof DatabaseOpenError && error.kind === 'corrupt') process.stderr.write(`${await recoveryAdvice(dataDir, dbPathIn(dataDir))}\n`);
    process.exit(1);
  }
  const opened = runtime;
  const bridge = await startBridge({
    call: (method, input) => opened.doorCall('browser', method, input),
    files: opened.files,
    uploadDir: join(opened.tempDir, 'uploads'),
    staticDir: options.staticDir,
    port,
    host: pickLoopbackHost(),
  });
  const simulated = pinned === null ? '' : `；模拟日期：${pinned}`;
  const shouldOpen = !values['no-open'] && !process.env.CI;
  const announce = (first: boolean) => {
    const launchUrl = bridge.launchUrl();
    const lead = first ? '浏览器模式已启动' : '新的一次性地址';
    process.stderr.write(`${lead}：${launchUrl}  （数据目录：${dataDir}${simulated}；地址只能打开一次；按回车键换一个新地址，按 Ctrl+C 退出）\n`);
    process.stdout.write(`DESK_URL=${launchUrl}\n`);
    if (shouldOpen) openBrowser(launchUrl);
  };
  announce(true);
  const lines = createInterface({ input: process.stdin, terminal: false });
  lines.on('line', () => announce(false));
  lines.on('error', () => undefined);

  // The daily automatic backup: at start, then checked every hour.
  void opened.dailyBackup();
  const daily = setInterval(() => void opened.dailyBackup(), 60 * 60 * 1000);
  daily.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`收到 ${signal}，正在关闭…\n`);
    lines.close();
    clearInterval(daily);
    void bridge.close().then(() => opened.closeWithBackup()).finally(() => {
      opened.close();
      process.stderr.write('已关闭，数据已写入磁盘。\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
