import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { BenchCase } from '../bench-case';
import { ROOT, tsxCommand } from '../paths';
import { peakRssOfPid, workerPid } from '../process-memory';

const SERVE_SCRIPT = 'scripts/serve.ts';
const START_TIMEOUT_MS = 120_000;

/** Resolves with the URL the server prints as `DESK_URL=…` on stdout. */
function deskUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`browser mode printed no DESK_URL in ${START_TIMEOUT_MS} ms:\n${stderr()}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const match = /DESK_URL=(\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}) before answering:\n${stderr()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const browserColdStart: BenchCase = {
  name: 'browser-cold-start',
  description: 'tsx scripts/serve.ts on a fresh data folder: spawn → first answer of POST /api/system.status',
  needsRenderer: true,
  async run(ctx) {
    const dataDir = join(ctx.workDir, 'data');
    const { command, args } = tsxCommand(SERVE_SCRIPT, ['--port', '0', '--data-dir', dataDir, '--no-open']);
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    try {
      const url = await deskUrl(child, () => stderr);
      const urlMs = performance.now() - started;
      // The launch URL's one-time code is exchanged for the session cookie, as a browser opening it would.
      const opened = await fetch(url, { redirect: 'manual' });
      const cookie = opened.headers.getSetCookie()[0]?.split(';')[0];
      if (!cookie) throw new Error(`no session cookie from the launch URL ${url} (status ${opened.status})`);
      const response = await fetch(new URL('/api/system.status', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: '{}',
      });
      const result = (await response.json()) as { ok: boolean; value?: { schemaVersion?: number } };
      if (!result.ok) throw new Error(`system.status failed: ${JSON.stringify(result)}`);
      const wallMs = performance.now() - started;

      const serverPid = child.pid === undefined ? null : workerPid(child.pid, SERVE_SCRIPT);
      const peakRssMb = serverPid === null ? null : peakRssOfPid(serverPid);
      ctx.note(`to first API answer (DESK_URL at ${Math.round(urlMs)} ms); RSS = server VmHWM${serverPid !== child.pid ? ' (node under tsx)' : ''}`);
      if (/正在构建界面/.test(stderr)) ctx.note('renderer was rebuilt during start');
      return { wallMs, peakRssMb };
    } finally {
      await stop(child);
    }
  },
};
