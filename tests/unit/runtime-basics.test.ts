import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_FOLDER, DB_FILE, dbPathIn, defaultDataDir } from '../../electron/services/runtime/data-dir';
import { parseDataDirArg } from '../../electron/services/runtime/launch-args';
import { APP_NAME, APP_VERSION } from '../../shared/version';

describe('defaultDataDir', () => {
  it('win32: %APPDATA%\\community-employment-desk, or the roaming folder under the home when APPDATA is unset', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\clerk\\AppData\\Roaming', APP_FOLDER));
    expect(defaultDataDir({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', APP_FOLDER));
  });

  it('darwin: ~/Library/Application Support/community-employment-desk', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', APP_FOLDER));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x', APPDATA: '/y' }, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', APP_FOLDER));
  });

  it('linux: $XDG_CONFIG_HOME/community-employment-desk, else ~/.config/community-employment-desk', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/clerk/.cfg' }, 'linux')).toBe(join('/home/clerk/.cfg', APP_FOLDER));
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', APP_FOLDER));
  });

  it.each(['win32', 'darwin', 'linux'] as const)('DESK_DATA_DIR overrides the default on %s', (platform) => {
    expect(defaultDataDir({ DESK_DATA_DIR: '/data/desk', APPDATA: 'C:\\x', XDG_CONFIG_HOME: '/cfg' }, platform)).toBe('/data/desk');
  });

  it('an empty DESK_DATA_DIR does not count', () => {
    expect(defaultDataDir({ DESK_DATA_DIR: '' }, 'linux')).toBe(join(homedir(), '.config', APP_FOLDER));
  });

  it('reads the real environment and platform by default', () => {
    const saved = process.env.DESK_DATA_DIR;
    process.env.DESK_DATA_DIR = '/tmp/from-env';
    try {
      expect(defaultDataDir()).toBe('/tmp/from-env');
    } finally {
      if (saved === undefined) delete process.env.DESK_DATA_DIR;
      else process.env.DESK_DATA_DIR = saved;
    }
  });

  it('the database file lives in the data folder', () => {
    expect(dbPathIn('/data/desk')).toBe(join('/data/desk', DB_FILE));
    expect(DB_FILE).toBe('desk.sqlite');
  });
});

describe('parseDataDirArg', () => {
  it.each([
    [['electron', '.', '--data-dir', '/d'], '/d'],
    [['electron', '.', '--data-dir=/d e'], '/d e'],
    [['app.exe', '--other', '--data-dir', 'C:\\数据'], 'C:\\数据'],
    [['electron', '.', '--data-dir=/first', '--data-dir', '/second'], '/first'],
    [['electron', '.'], null],
    [[], null],
    [['electron', '.', '--data-dir'], null],
    [['electron', '.', '--data-directory=/x'], null],
  ])('%j → %j', (argv, expected) => {
    expect(parseDataDirArg(argv)).toBe(expected);
  });
});

describe('shared/version', () => {
  it('APP_VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; productName: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(APP_NAME).toBe(pkg.productName);
  });
});
