import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { browserCandidates, findBrowser } from '../../../electron/services/prints/find-browser';

const existsOnly = (paths: string[]) => (path: string) => paths.includes(path);

describe('finding a browser for PDF', () => {
  it('takes DESK_CHROMIUM first when it exists', () => {
    expect(findBrowser({ platform: 'linux', env: { DESK_CHROMIUM: '/opt/x/chrome' }, exists: existsOnly(['/opt/x/chrome', '/usr/bin/chromium']) })).toBe('/opt/x/chrome');
  });

  it('refuses a DESK_CHROMIUM that does not exist, naming it', () => {
    expect(() => findBrowser({ platform: 'linux', env: { DESK_CHROMIUM: '/nope' }, exists: existsOnly(['/usr/bin/chromium']) })).toThrow(/DESK_CHROMIUM.*\/nope/);
  });

  it('finds Chromium, Chrome or Edge in their usual places per platform', () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: existsOnly(['/usr/bin/google-chrome']) })).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ platform: 'darwin', env: {}, exists: existsOnly(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']) })).toContain('Microsoft Edge');
    const win = browserCandidates('win32', { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' });
    expect(win.some((p) => p.includes('msedge.exe'))).toBe(true);
    expect(win.some((p) => p.includes('chrome.exe'))).toBe(true);
  });

  it('none found: a Chinese error naming what to install and where it looked', () => {
    try {
      findBrowser({ platform: 'linux', env: {}, exists: () => false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const message = (error as AppError).message;
      expect(message).toContain('找不到用于生成 PDF 的浏览器');
      expect(message).toContain('apt install chromium');
      expect(message).toContain('DESK_CHROMIUM');
      expect(message).toContain('/usr/bin/chromium');
    }
  });
});
