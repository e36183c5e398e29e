import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_TODAY } from './e2e-today';
import { signInDoor } from './sign-in';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const START_TIMEOUT_MS = 90_000;

export interface DeskServer {
  /** `http://<loopback address>:<port>/`: the page for a browser that already holds the session cookie (`${url}#/person/1`). */
  url: string;
  /**
   * A fresh one-time launch URL (`${url}?code=…`), as the launcher prints it: the first printed at start, then one
   * per Enter on the server's stdin. Open it first in every new browser context.
   */
  launchUrl(): Promise<string>;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Sign the browser door in as the street admin (support/sign-in.ts E2E_ADMIN, created on a fresh folder) before
   * the spec opens a page: true by default; the specs of sign-in itself pass false.
   */
  signIn?: boolean;
}

/**
 * Starts browser mode (`scripts/serve.ts`) on a fresh temp data directory and a free port, its today pinned to
 * E2E_TODAY, signed in as the street admin unless `signIn: false`.
 */
export async function startDeskServer(dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-')), options: StartOptions = {}): Promise<DeskServer> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', '0', '--data-dir', dataDir, '--no-open'], {
    cwd: ROOT,
    // The page runs in Asia/Shanghai (playwright.config.ts) with its clock on E2E_TODAY (support/test.ts): the
    // server's "today" is pinned to the same day, whatever the real date.
    env: { ...process.env, CI: '1', TZ: 'Asia/Shanghai', DESK_TODAY: E2E_TODAY },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  // Every `DESK_URL=` line the server prints, in order; launchUrl() takes them one at a time.
  const printed: string[] = [];
  const waiting: ((url: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const match = /DESK_URL=(\S+)/.exec(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (match?.[1]) {
        const next = waiting.shift();
        if (next) next(match[1]);
        else printed.push(match[1]);
      }
      newline = buffer.indexOf('\n');
    }
  });
  const nextPrinted = (what: string): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const ready = printed.shift();
      if (ready) return resolve(ready);
      const timer = setTimeout(() => reject(new Error(`browser mode printed no ${what} in time:\n${stderr}`)), START_TIMEOUT_MS);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`browser mode exited with ${code}:\n${stderr}`));
      };
      child.once('exit', onExit);
      waiting.push((url) => {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(url);
      });
    });

  const first = await nextPrinted('DESK_URL');
  if (options.signIn !== false) {
    // A launch code of the harness's own: the first printed one stays the spec's.
    const own = nextPrinted('DESK_URL for signing in');
    child.stdin?.write('\n');
    await signInDoor(await own);
  }
  let firstTaken = false;
  return {
    url: new URL('/', first).href,
    async launchUrl() {
      if (!firstTaken) {
        firstTaken = true;
        return first;
      }
      const next = nextPrinted('new DESK_URL');
      child.stdin?.write('\n');
      return next;
    },
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        child.kill('SIGTERM');
      }),
  };
}
