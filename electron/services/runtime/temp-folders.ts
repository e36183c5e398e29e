/**
 * Temporary files (uploads, prepared downloads: they may hold personal data) live in a folder of each process's own,
 * `desk-temp/<pid>-<random>`, removed by that process when it closes. At start a process removes the folders of
 * processes that no longer run — never another live process's — so the CLI run beside the app leaves the app's
 * uploads alone.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from './folder-lock';

export const TEMP_ROOT = 'desk-temp';
const OWN = /^(\d+)-[0-9a-f]+$/;

/**
 * Removes what dead processes left in `desk-temp`. Entries of another layout (an older version's shared folders)
 * are removed only by the holder of the folder lock, which is the only app then.
 */
export function removeStaleTemps(dataDir: string, holdsLock: boolean): void {
  const root = join(dataDir, TEMP_ROOT);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const own = OWN.exec(name);
    const stale = own ? !processAlive(Number(own[1])) : holdsLock;
    if (stale) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** This process's own temporary folder (created, private to the user). */
export function createProcessTemp(dataDir: string): string {
  const dir = join(dataDir, TEMP_ROOT, `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
