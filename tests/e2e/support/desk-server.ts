import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_TODAY } from './e2e-today';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface DeskServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts browser mode (`scripts/serve.ts`) on a fresh temp data directory and a free port, its today pinned to E2E_TODAY. */
export async function startDeskServer(dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'))): Promise<DeskServer> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', '0', '--data-dir', dataDir, '--no-open'], {
    cwd: ROOT,
    // The page runs in Asia/Shanghai (playwright.config.ts) with its clock on E2E_TODAY (support/test.ts): the
    // server's "today" is pinned to the same day, whatever the real date.
    env: { ...process.env, CI: '1', TZ: 'Asia/Shanghai', DESK_TODAY: E2E_TODAY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in time:\n${stderr}`)), 90_000);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DESK_URL=(\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
