/**
 * The data folder and everything the desk writes in it are the user's alone on POSIX: 0700 folders, 0600 files —
 * whatever umask the user's shell had (022 on most systems, which makes world-readable files).
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../db/migrations-dir';
import { openDatabase } from '../../db/open-database';
import { APP_FOLDER, ensurePrivateDataDir } from '../../electron/services/runtime/data-dir';
import { openDeskRuntime } from '../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { restrictNewFilesToOwner } from '../../electron/services/runtime/private-files';
import { latestSchemaVersion, tempDir } from './support/temp-runtime';

const posix = process.platform !== 'win32';
const originalUmask = process.umask(0o022);
process.umask(originalUmask);

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

let root: string;
let runtimes: DeskRuntime[];

beforeEach(() => {
  // The shell's usual umask: without the fix every file below would be 0644 and every folder 0755.
  process.umask(0o022);
  root = tempDir('desk-private-');
  runtimes = [];
});

afterEach(() => {
  for (const runtime of runtimes.splice(0)) runtime.close();
  rmSync(root, { recursive: true, force: true });
  process.umask(0o022);
});

afterAll(() => {
  process.umask(originalUmask);
});

function open(dataDir: string, dbPath?: string): DeskRuntime {
  const runtime = openDeskRuntime({ dataDir, dbPath, migrationsDir: migrationsDir(), transport: 'browser' });
  runtimes.push(runtime);
  return runtime;
}

describe.runIf(posix)('private files (POSIX)', () => {
  it('a new data folder is 0700; desk.sqlite, -wal and -shm are 0600; the temp folder is 0700', async () => {
    const dataDir = join(root, 'home', '.config', APP_FOLDER);
    const runtime = open(dataDir);
    const setup = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
    expect(setup.ok).toBe(true);
    expect(modeOf(dataDir)).toBe(0o700);
    const db = join(dataDir, 'desk.sqlite');
    expect(modeOf(db)).toBe(0o600);
    for (const side of ['-wal', '-shm']) {
      expect(existsSync(`${db}${side}`), side).toBe(true);
      expect(modeOf(`${db}${side}`), side).toBe(0o600);
    }
    expect(modeOf(runtime.tempDir)).toBe(0o700);
  });

  it('files written later in the process (temp files, exports) get no group or other bits', () => {
    open(join(root, APP_FOLDER));
    const later = join(root, APP_FOLDER, 'desk-temp', 'export.xlsx');
    writeFileSync(later, 'personal data');
    expect(modeOf(later)).toBe(0o600);
    mkdirSync(join(root, APP_FOLDER, 'desk-temp', 'exports'));
    expect(modeOf(join(root, APP_FOLDER, 'desk-temp', 'exports'))).toBe(0o700);
  });

  it('the backup written before an upgrade is 0600 in a 0700 backups folder', () => {
    restrictNewFilesToOwner();
    process.umask(0o022); // as if the caller had not set it: openDatabase protects its own files
    const path = join(root, 'desk.sqlite');
    const older = openDatabase(path, { migrationsDir: migrationsDir(), migrateUpTo: latestSchemaVersion() - 1 });
    expect(modeOf(path)).toBe(0o600);
    older.close();
    const upgraded = openDatabase(path, { migrationsDir: migrationsDir() });
    try {
      expect(upgraded.backupPath).not.toBeNull();
      expect(modeOf(upgraded.backupPath ?? '')).toBe(0o600);
      expect(modeOf(join(root, 'backups'))).toBe(0o700);
    } finally {
      upgraded.close();
    }
  });

  it('an app folder and database an older version left readable by others are tightened', () => {
    const dataDir = join(root, APP_FOLDER);
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const first = open(dataDir);
    first.close();
    runtimes.splice(0);
    chmodSync(join(dataDir, 'desk.sqlite'), 0o644);
    chmodSync(dataDir, 0o755);
    open(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'desk.sqlite'))).toBe(0o600);
  });

  it('a folder that is not the app’s own (the folder of a --db file) keeps its mode; the database in it is 0600', () => {
    const shared = join(root, 'shared-folder');
    mkdirSync(shared);
    chmodSync(shared, 0o755);
    open(shared, join(shared, 'street.sqlite'));
    expect(modeOf(shared)).toBe(0o755);
    expect(modeOf(join(shared, 'street.sqlite'))).toBe(0o600);
    expect(readdirSync(shared).sort()).toEqual(expect.arrayContaining(['desk-temp', 'street.sqlite']));
  });

  it('ensurePrivateDataDir creates missing parents as 0700 too', () => {
    const dataDir = join(root, 'a', 'b', APP_FOLDER);
    ensurePrivateDataDir(dataDir);
    expect(modeOf(join(root, 'a'))).toBe(0o700);
    expect(modeOf(dataDir)).toBe(0o700);
  });
});

describe('private files on Windows', () => {
  it('leaves the umask alone (per-user ACLs there)', () => {
    process.umask(0o022);
    restrictNewFilesToOwner('win32');
    expect(process.umask(0o022)).toBe(0o022);
  });
});
