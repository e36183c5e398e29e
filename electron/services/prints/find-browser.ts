/**
 * Where the CLI finds a Chromium-family browser to render prints to PDF (no browser is bundled): the path in
 * DESK_CHROMIUM (or DESK_PDF_BROWSER) first, then the usual install places of Chromium, Chrome and Edge on the
 * platform. None found → a Chinese message naming what to install and where it looked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';

export const BROWSER_ENV_VARS = ['DESK_CHROMIUM', 'DESK_PDF_BROWSER'] as const;

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
}

/** The install places to try on a platform, in order. */
export function browserCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA, 'C:\\Program Files', 'C:\\Program Files (x86)'].filter(
      (r): r is string => typeof r === 'string' && r.length > 0,
    );
    const unique = [...new Set(roots)];
    return [
      ...unique.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...unique.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
      ...unique.map((r) => join(r, 'Chromium', 'Application', 'chrome.exe')),
    ];
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ];
}

function installHint(platform: NodeJS.Platform): string {
  if (platform === 'win32') return '请安装 Microsoft Edge（Windows 10/11 通常已自带）或 Google Chrome';
  if (platform === 'darwin') return '请安装 Google Chrome 或 Microsoft Edge';
  return '请安装 Chromium（Debian/Ubuntu/UOS/麒麟：sudo apt install chromium，或 chromium-browser）、Google Chrome 或 Microsoft Edge';
}

/** The browser to use, or an AppError (REJECTED) saying what to install. */
export function findBrowser(search: BrowserSearch = { platform: process.platform, env: process.env, exists: existsSync }): string {
  for (const name of BROWSER_ENV_VARS) {
    const value = search.env[name];
    if (value === undefined || value === '') continue;
    if (search.exists(value)) return value;
    throw new AppError('REJECTED', `环境变量 ${name} 指定的浏览器不存在：${value}。请改为 Chromium、Chrome 或 Edge 程序文件的完整路径`);
  }
  const candidates = browserCandidates(search.platform, search.env);
  const found = candidates.find((path) => search.exists(path));
  if (found) return found;
  throw new AppError(
    'REJECTED',
    `找不到用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。${installHint(search.platform)}；已安装在其他位置的，请用环境变量 DESK_CHROMIUM 指定其程序文件路径。已查找：${candidates.join('；')}`,
    { kind: 'no-browser' },
  );
}
