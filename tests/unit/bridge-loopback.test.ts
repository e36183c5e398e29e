/** Browser mode on a loopback address of its own (cookies are scoped by host, not port). */
import { request } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/bridge-server';
import type { BridgeServer } from '../../electron/bridge/bridge-server';
import { isLoopbackHost, pickLoopbackHost } from '../../electron/bridge/security';
import { FileRegistry } from '../../electron/services/files/file-registry';
import { tempDir } from './support/temp-runtime';

function status(address: string, port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

let bridge: BridgeServer | null = null;
let root = '';
afterEach(async () => {
  await bridge?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the loopback address of a launch', () => {
  it('is a random 127.x.y.z on Linux and Windows, 127.0.0.1 elsewhere', () => {
    expect(pickLoopbackHost('linux', () => 0.5)).toBe('127.128.128.128');
    expect(pickLoopbackHost('win32', () => 0)).toBe('127.1.1.1');
    expect(pickLoopbackHost('darwin')).toBe('127.0.0.1');
    expect(pickLoopbackHost('linux')).toMatch(/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
  });

  it('only its own name is accepted as Host (not 127.0.0.1, not localhost)', () => {
    expect(isLoopbackHost('127.9.8.7:4000', 4000, '127.9.8.7')).toBe(true);
    expect(isLoopbackHost('127.0.0.1:4000', 4000, '127.9.8.7')).toBe(false);
    expect(isLoopbackHost('localhost:4000', 4000, '127.9.8.7')).toBe(false);
    expect(isLoopbackHost('localhost:4000', 4000)).toBe(true);
  });

  it.runIf(process.platform === 'linux')('the server listens there and refuses the other names', async () => {
    root = tempDir('desk-loopback-');
    const staticDir = join(root, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    bridge = await startBridge({ call: async () => ({ ok: true, value: null }), files: new FileRegistry(), uploadDir: join(root, 'up'), staticDir, port: 0, host: '127.9.8.7' });
    expect(bridge.url).toBe(`http://127.9.8.7:${bridge.port}/`);
    expect(await status('127.9.8.7', bridge.port, '/', `127.9.8.7:${bridge.port}`)).toBe(401);
    expect(await status('127.9.8.7', bridge.port, '/', `127.0.0.1:${bridge.port}`)).toBe(403);
  });
});
