import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/bridge-server';
import type { BridgeOptions, BridgeServer } from '../../electron/bridge/bridge-server';
import { CONTENT_SECURITY_POLICY } from '../../electron/bridge/security';
import { FileRegistry } from '../../electron/services/files/file-registry';
import type { ApiResult } from '../../shared/result';
import { dbFingerprint } from './support/db-fingerprint';
import { rowCount, runtimeWithStreet, tempDir } from './support/temp-runtime';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A raw HTTP request (http.request, so that Host and Origin can be anything). */
function send(port: number, path: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function json(reply: Reply): unknown {
  return JSON.parse(reply.text) as unknown;
}

const INDEX_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" />
<meta name="desk-token" content="" />
<title>工作台</title></head><body><div id="root"></div></body></html>`;

interface Recorded {
  method: string;
  input: unknown;
}

let root: string;
let staticDir: string;
let uploadDir: string;
let files: FileRegistry;
let calls: Recorded[];
let bridge: BridgeServer | null;
let cleanups: (() => void)[];

beforeEach(() => {
  root = tempDir('desk-bridge-');
  staticDir = join(root, 'static');
  uploadDir = join(root, 'uploads');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET-CONTENT');
  files = new FileRegistry();
  calls = [];
  bridge = null;
  cleanups = [];
});

afterEach(async () => {
  await bridge?.close();
  for (const fn of cleanups.splice(0)) fn();
  rmSync(root, { recursive: true, force: true });
});

async function startFake(overrides: Partial<BridgeOptions> = {}): Promise<BridgeServer> {
  bridge = await startBridge({
    call: async (method, input) => {
      calls.push({ method, input });
      return { ok: true, value: { echoed: method, input } };
    },
    files,
    uploadDir,
    staticDir,
    port: 0,
    ...overrides,
  });
  return bridge;
}

function api(server: BridgeServer, method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server.port, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': server.token, ...headers },
    body,
  });
}

describe('bridge: who may call the API', () => {
  it('listens on 127.0.0.1 with a fresh port and a long random token', async () => {
    const server = await startFake();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('without a token: 401 UNAUTHORIZED, and the call is not made', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/api/x', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((json(reply) as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a wrong token of the same length', (t: string) => `${t.slice(0, -1)}${t.endsWith('0') ? '1' : '0'}`],
    ['a shorter token', (t: string) => t.slice(0, 10)],
    ['an empty token', () => ''],
  ])('with %s: 401', async (_label, wrong) => {
    const server = await startFake();
    const reply = await api(server, 'x', '{}', { 'X-Desk-Token': wrong(server.token) });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls).toEqual([]);
  });

  it('with the right token: 200 and the call’s own result', async () => {
    const server = await startFake();
    const reply = await api(server, 'communities.list', JSON.stringify({ a: 1 }));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(json(reply)).toEqual({ ok: true, value: { echoed: 'communities.list', input: { a: 1 } } });
    expect(calls).toEqual([{ method: 'communities.list', input: { a: 1 } }]);
  });

  it('passes a failed result through unchanged, with status 200', async () => {
    const failure: ApiResult<never> = { ok: false, error: { code: 'CONFLICT', message: '已被他人修改' } };
    const server = await startFake({ call: async () => failure });
    const reply = await api(server, 'x', '{}');
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual(failure);
  });

  it('an empty body is an empty input', async () => {
    const server = await startFake();
    const reply = await api(server, 'x', '');
    expect(reply.status).toBe(200);
    expect(calls).toEqual([{ method: 'x', input: {} }]);
  });

  it('refuses another web page (Origin http://evil.example) with 403, even with the token', async () => {
    const server = await startFake();
    const reply = await api(server, 'x', '{}', { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });

  it('accepts its own origin', async () => {
    const server = await startFake();
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const reply = await api(server, 'x', '{}', { Origin: origin });
      expect(reply.status).toBe(200);
    }
    expect(calls).toHaveLength(2);
  });

  it('refuses any Host other than 127.0.0.1:<port> or localhost:<port> (DNS rebinding), on the API and on the page', async () => {
    const server = await startFake();
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `[::1]:${server.port}`]) {
      const apiReply = await api(server, 'x', '{}', { Host: host });
      expect(apiReply.status, host).toBe(403);
      expect(json(apiReply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const page = await send(server.port, '/', { headers: { Host: host } });
      expect(page.status, host).toBe(403);
      expect(page.text).not.toContain(server.token);
    }
    expect(calls).toEqual([]);
    const ok = await api(server, 'x', '{}', { Host: `localhost:${server.port}` });
    expect(ok.status).toBe(200);
  });

  it('refuses a body that is not JSON with 400 INVALID_INPUT', async () => {
    const server = await startFake();
    const reply = await api(server, 'x', '{"name": ');
    expect(reply.status).toBe(400);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('GET on an API path is 404', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/api/x', { headers: { 'X-Desk-Token': server.token } });
    expect(reply.status).toBe(404);
    expect(calls).toEqual([]);
  });
});

describe('bridge: the page', () => {
  it('GET / serves index.html with the token injected and a Content-Security-Policy', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.text).toContain(`<meta name="desk-token" content="${server.token}" />`);
    expect(reply.text).not.toContain('content=""');
  });

  it('serves assets as they are', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/javascript');
    expect(reply.text).toBe('console.log("app");');
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2f..%2fetc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/../secret.txt',
    '/..\\secret.txt',
  ])('%s does not leave the static folder', async (path) => {
    const server = await startFake();
    const reply = await send(server.port, path);
    expect(reply.text).not.toContain('TOP-SECRET');
    expect(reply.text).not.toMatch(/root:.*:0:0:/);
    if (reply.status === 200) expect(reply.text).toContain('name="desk-token"');
  });

  it('unknown paths fall back to the page (client-side routes)', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/communities/12');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain(server.token);
  });
});

describe('bridge: files', () => {
  it('an upload with the token is stored as sent and returns an input reference', async () => {
    const server = await startFake();
    const bytes = randomBytes(256 * 1024);
    const reply = await send(server.port, '/files', {
      method: 'POST',
      headers: { 'X-Desk-Token': server.token, 'X-File-Name': encodeURIComponent('名单 2026.xlsx'), 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    expect(reply.status).toBe(200);
    const result = json(reply) as { ok: true; value: { ref: string; name: string } };
    expect(result).toMatchObject({ ok: true, value: { name: '名单 2026.xlsx' } });
    expect(result.value.ref).toMatch(/^[0-9a-f]+$/);
    const stored = files.resolve(result.value.ref, 'input');
    expect(stored.name).toBe('名单 2026.xlsx');
    expect(stored.path.startsWith(uploadDir)).toBe(true);
    expect(readFileSync(stored.path).equals(bytes)).toBe(true);
    expect(() => files.resolve(result.value.ref, 'output')).toThrow();
  });

  it('an upload name cannot place the file outside the upload folder', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/files', {
      method: 'POST',
      headers: { 'X-Desk-Token': server.token, 'X-File-Name': encodeURIComponent('../../escape.txt') },
      body: 'x',
    });
    const result = json(reply) as { ok: true; value: { ref: string } };
    const stored = files.resolve(result.value.ref, 'input');
    expect(stored.path.startsWith(uploadDir)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['secret.txt', 'static', 'uploads']);
  });

  it('an upload without the token is refused and nothing is stored', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/files', { method: 'POST', headers: { 'X-File-Name': 'a.xlsx' }, body: 'data' });
    expect(reply.status).toBe(401);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('GET /files/<ref> downloads a registered output with the token', async () => {
    const server = await startFake();
    const path = join(root, 'export.xlsx');
    const bytes = randomBytes(10_000);
    writeFileSync(path, bytes);
    const ref = files.register({ path, name: '导出 名单.xlsx', direction: 'output' });

    const reply = await send(server.port, `/files/${ref}`, { headers: { 'X-Desk-Token': server.token } });
    expect(reply.status).toBe(200);
    expect(reply.body.equals(bytes)).toBe(true);
    expect(reply.headers['content-length']).toBe(String(bytes.length));
    expect(reply.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('导出 名单.xlsx')}`);

    const anonymous = await send(server.port, `/files/${ref}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toContain(bytes.toString('latin1').slice(0, 20));
  });

  it('GET of an input reference, an unknown reference or an output not yet written is 404', async () => {
    const server = await startFake();
    const inputPath = join(root, 'input.xlsx');
    writeFileSync(inputPath, 'uploaded');
    const inputRef = files.register({ path: inputPath, name: 'input.xlsx', direction: 'input' });
    const pendingRef = files.register({ path: join(root, 'not-yet.xlsx'), name: 'not-yet.xlsx', direction: 'output' });
    for (const ref of [inputRef, 'deadbeef', pendingRef]) {
      const reply = await send(server.port, `/files/${ref}`, { headers: { 'X-Desk-Token': server.token } });
      expect(reply.status, ref).toBe(404);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('bridge over a real runtime', () => {
  it('a create with a missing field is INVALID_INPUT and the communities table is unchanged', async () => {
    const runtime = await runtimeWithStreet();
    cleanups.push(() => runtime.dispose());
    const server = await startFake({ call: (method, input) => runtime.call(method, input), files: runtime.files });
    const before = dbFingerprint(runtime);

    const reply = await api(server, 'communities.create', JSON.stringify({ code: '321102001001', kind: 'community', contact: null }));
    expect(reply.status).toBe(200);
    const result = json(reply) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.details?.fields?.map((f) => f.path)).toContain('name');
    expect(!result.ok && result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(rowCount(runtime, 'communities')).toBe(0);
    expect(dbFingerprint(runtime)).toBe(before);

    const status = await api(server, 'system.status', '{}');
    expect(json(status)).toMatchObject({ ok: true, value: { transport: 'browser', street: { code: '321102001' } } });

    const unknown = await api(server, 'no.such.method', '{}');
    expect(json(unknown)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    const created = await api(server, 'communities.create', JSON.stringify({ code: '321102001001', name: '金山社区', kind: 'community', contact: null }));
    expect(json(created)).toMatchObject({ ok: true, value: { code: '321102001001', name: '金山社区' } });
    expect(rowCount(runtime, 'communities')).toBe(1);
  });
});
