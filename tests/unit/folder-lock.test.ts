/**
 * Two processes on one data folder: one app or server holds it (a second is told 已在运行), a stale lock is taken
 * over, and each process keeps its temporary files in a folder of its own that no other process removes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../db/migrations-dir';
import { openDeskRuntime } from '../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { FolderInUseError, LOCK_FILE } from '../../electron/services/runtime/folder-lock';
import { TEMP_ROOT } from '../../electron/services/runtime/temp-folders';
import { tempDir } from './support/temp-runtime';

const open: DeskRuntime[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of open.splice(0)) r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir('desk-lock-');
  dirs.push(dir);
  return dir;
}

function runtime(dataDir: string, lock: boolean): DeskRuntime {
  const r = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', lock, today: () => '2026-11-20' });
  open.push(r);
  return r;
}

/** The id of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the data folder lock', () => {
  it('a second app or server on the folder is refused as 已在运行, naming the holder; after close it opens', () => {
    const dir = folder();
    const first = runtime(dir, true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    let error: unknown = null;
    try {
      runtime(dir, true);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FolderInUseError);
    expect((error as Error).message).toMatch(new RegExp(`工作台已在运行（浏览器模式，进程 ${process.pid}`));
    first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    runtime(dir, true);
  });

  it('a lock left by a process that no longer runs is taken over', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), launch: 'dead', startedAt: '2026-01-01T00:00:00Z', transport: 'browser' }));
    expect(() => runtime(dir, true)).not.toThrow();
  });

  it('the CLI takes no lock: it opens the database beside a running app', () => {
    const dir = folder();
    runtime(dir, true);
    expect(() => runtime(dir, false).close()).not.toThrow();
  });
});

describe('temporary folders of their own', () => {
  it('the CLI opening and closing beside a running app leaves the app’s uploads alone', () => {
    const dir = folder();
    const app = runtime(dir, true);
    const upload = join(app.tempDir, 'uploads', 'workbook.xlsx');
    mkdirSync(join(app.tempDir, 'uploads'), { recursive: true });
    writeFileSync(upload, 'personal data');
    const cli = runtime(dir, false);
    expect(cli.tempDir).not.toBe(app.tempDir);
    cli.close();
    expect(existsSync(upload)).toBe(true);
    expect(existsSync(cli.tempDir)).toBe(false);
  });

  it('folders of processes that no longer run are removed at start; a live one’s stay', () => {
    const dir = folder();
    const stale = join(dir, TEMP_ROOT, `${deadPid()}-abcd`);
    const live = join(dir, TEMP_ROOT, `${process.pid}-beef`);
    for (const d of [stale, live]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'left.xlsx'), 'x');
    }
    runtime(dir, false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readdirSync(join(dir, TEMP_ROOT)).length).toBe(2);
  });
});
