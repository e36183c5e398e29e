/**
 * One app (the Electron shell or a browser-mode server) per data folder: `desk.lock` names the process that holds
 * it. A second app or server on the same folder is told "已在运行" and which process holds it; a lock left by a
 * process that no longer runs is taken over. The CLI takes no lock: it may read and write the database beside a
 * running app (SQLite arbitrates), and it never touches the app's files.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { nowIso } from '../../../shared/clock';

export const LOCK_FILE = 'desk.lock';

export interface LockHolder {
  pid: number;
  host: string;
  launch: string;
  startedAt: string;
  transport: 'electron' | 'browser';
}

export class FolderInUseError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
  ) {
    const what = holder.transport === 'electron' ? '桌面版' : '浏览器模式';
    super(
      `工作台已在运行（${what}，进程 ${holder.pid}，${holder.startedAt.slice(0, 19).replace('T', ' ')} 启动），同一数据目录只能打开一个。` +
        `请切换到已打开的窗口；如确认它已经退出，删除 ${lockPath} 后重试。`,
    );
    this.name = 'FolderInUseError';
  }
}

/** Whether a process with this id runs on this machine (signal 0 only asks). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.launch !== 'string') return null;
    return { pid: value.pid, host: value.host ?? '', launch: value.launch, startedAt: value.startedAt ?? '', transport: value.transport ?? 'browser' };
  } catch {
    return null;
  }
}

export interface FolderLock {
  holder: LockHolder;
  release(): void;
}

/** Takes the folder's lock, or throws FolderInUseError naming the process that holds it. */
export function acquireFolderLock(dataDir: string, transport: LockHolder['transport']): FolderLock {
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), launch: randomBytes(8).toString('hex'), startedAt: nowIso(), transport };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = readHolder(path);
      // A lock of another machine (a shared folder) or of a live process here is honoured; an unreadable or dead one is stale.
      if (other && (other.host !== holder.host || processAlive(other.pid))) throw new FolderInUseError(other, path);
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(holder));
    } finally {
      closeSync(fd);
    }
    return {
      holder,
      release() {
        if (readHolder(path)?.launch === holder.launch) rmSync(path, { force: true });
      },
    };
  }
  throw new Error(`无法取得数据目录的锁：${path}`);
}
