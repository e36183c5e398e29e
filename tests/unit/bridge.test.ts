import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/bridge-server';
import type { BridgeOptions, BridgeServer } from '../../electron/bridge/bridge-server';
import { LAUNCHER_ONLY_TITLE } from '../../electron/bridge/launcher-only-page';
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
<title>工作台</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;

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

/** The Cookie header of a browser that has opened the launch URL. */
function session(server: BridgeServer): Record<string, string> {
  return { Cookie: `${server.cookieName}=${server.token}` };
}

function api(server: BridgeServer, method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server.port, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...session(server), ...headers },
    body,
  });
}

/** The code in a launch URL. */
function codeOf(launchUrl: string): string {
  return new URL(launchUrl).searchParams.get('code') ?? '';
}

/** The pieces of a Set-Cookie header: its name=value, and its attributes in lower case. */
function parseSetCookie(reply: Reply): { pair: string; attributes: string[] } {
  const raw = reply.headers['set-cookie']?.[0] ?? '';
  const [pair = '', ...attributes] = raw.split(';').map((part) => part.trim());
  return { pair, attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('bridge: who may call the API', () => {
  it('listens on 127.0.0.1 with a fresh port and a long random token', async () => {
    const server = await startFake();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('without the session cookie: 401 UNAUTHORIZED, and the call is not made', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/api/x', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((json(reply) as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a wrong secret of the same length', (s: BridgeServer) => `${s.cookieName}=${s.token.slice(0, -1)}${s.token.endsWith('0') ? '1' : '0'}`],
    ['a shorter secret', (s: BridgeServer) => `${s.cookieName}=${s.token.slice(0, 10)}`],
    ['an empty cookie', (s: BridgeServer) => `${s.cookieName}=`],
    ['the secret under another port’s cookie name', (s: BridgeServer) => `desk_session_${s.port + 1}=${s.token}`],
    ['an unspent launch code as the cookie', (s: BridgeServer) => `${s.cookieName}=${codeOf(s.launchUrl())}`],
  ])('with %s: 401', async (_label, cookie) => {
    const server = await startFake();
    const reply = await api(server, 'x', '{}', { Cookie: cookie(server) });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(calls).toEqual([]);
  });

  it('the old X-Desk-Token header is no way in', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/api/x', { method: 'POST', headers: { 'X-Desk-Token': server.token }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('finds its cookie among others', async () => {
    const server = await startFake();
    const reply = await api(server, 'x', '{}', { Cookie: `theme=dark; ${server.cookieName}=${server.token}; other=1` });
    expect(reply.status).toBe(200);
  });

  it('refuses a request a browser marks as coming from another site or port (Sec-Fetch-Site), even with the cookie', async () => {
    const server = await startFake();
    for (const site of ['same-site', 'cross-site', 'none']) {
      const reply = await api(server, 'x', '{}', { 'Sec-Fetch-Site': site });
      expect(reply.status, site).toBe(403);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
    expect((await api(server, 'x', '{}', { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('with the session cookie: 200 and the call’s own result', async () => {
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

  it('refuses another web page (Origin http://evil.example, or another port of 127.0.0.1) with 403, even with the cookie', async () => {
    const server = await startFake();
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      const reply = await api(server, 'x', '{}', { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
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
      const page = await send(server.port, `/?code=${codeOf(server.launchUrl())}`, { headers: { Host: host } });
      expect(page.status, host).toBe(403);
      expect(page.headers['set-cookie']).toBeUndefined();
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
    const reply = await send(server.port, '/api/x', { headers: session(server) });
    expect(reply.status).toBe(404);
    expect(calls).toEqual([]);
  });
});

describe('bridge: the launch code and the session cookie', () => {
  it('the launch URL carries a fresh one-time code; the base URL carries none', async () => {
    const server = await startFake();
    const first = server.launchUrl();
    const second = server.launchUrl();
    expect(first).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?code=[0-9a-f]{32}$`));
    expect(codeOf(second)).not.toBe(codeOf(first));
    expect(first).not.toContain(server.token);
  });

  it('opening the code sets an HttpOnly, SameSite=Strict session cookie and redirects to the page without the code', async () => {
    const server = await startFake();
    const reply = await send(server.port, `/?code=${codeOf(server.launchUrl())}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.text).not.toContain(server.token);
    const cookie = parseSetCookie(reply);
    expect(cookie.pair).toBe(`${server.cookieName}=${server.token}`);
    expect(server.cookieName).toBe(`desk_session_${server.port}`);
    expect(cookie.attributes).toContain('httponly');
    expect(cookie.attributes).toContain('samesite=strict');
    expect(cookie.attributes).toContain('path=/');
    // A session cookie: it ends with the browser, never written to disk with an expiry.
    expect(cookie.attributes.some((a) => a.startsWith('expires') || a.startsWith('max-age'))).toBe(false);

    const page = await send(server.port, '/', { headers: { Cookie: cookie.pair } });
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX_HTML);
  });

  it('a code is spent once: the same code again, without the cookie, gets the launcher-only page and no cookie', async () => {
    const server = await startFake();
    const code = codeOf(server.launchUrl());
    expect((await send(server.port, `/?code=${code}`)).status).toBe(303);
    const again = await send(server.port, `/?code=${code}`);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.text).toContain(LAUNCHER_ONLY_TITLE);
    expect(again.text).not.toContain(server.token);
  });

  it('the redirect goes to the page itself, whatever path the code came with', async () => {
    const server = await startFake();
    for (const path of ['//evil.example/', '/\\evil.example/', '/communities/12']) {
      const reply = await send(server.port, `${path}?code=${codeOf(server.launchUrl())}`);
      expect(reply.status, path).toBe(303);
      expect(reply.headers.location, path).toBe('/');
    }
  });

  it('a spent code with the cookie (a reload, a second tab of the same browser) leads to the page', async () => {
    const server = await startFake();
    const code = codeOf(server.launchUrl());
    await send(server.port, `/?code=${code}`);
    const reply = await send(server.port, `/?code=${code}`, { headers: session(server) });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    ['no code', '/'],
    ['an empty code', '/?code='],
    ['a made-up code', `/?code=${'0'.repeat(32)}`],
    ['a client-side route', '/communities/12'],
    ['an asset', '/assets/app.js'],
    ['index.html itself', '/index.html'],
  ])('without the cookie, %s: 请从启动窗口打开, nothing of the app and no secret', async (_label, path) => {
    const server = await startFake();
    server.launchUrl();
    const reply = await send(server.port, path);
    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.text).toContain('请从启动窗口打开');
    expect(reply.text).not.toContain(server.token);
    expect(reply.text).not.toContain('<script');
    expect(reply.text).not.toContain('console.log("app")');
  });

  it('the cookie is not the code, and the code is not the cookie', async () => {
    const server = await startFake();
    const code = codeOf(server.launchUrl());
    const page = await send(server.port, '/', { headers: { Cookie: `${server.cookieName}=${code}` } });
    expect(page.status).toBe(401);
    const apiReply = await api(server, 'x', '{}', { Cookie: `${server.cookieName}=${code}` });
    expect(apiReply.status).toBe(401);
    // The code is still unspent: using it as a cookie did not burn it.
    expect((await send(server.port, `/?code=${code}`)).status).toBe(303);
  });
});

describe('bridge: the page', () => {
  it('GET / with the cookie serves index.html, with no secret in it, and a Content-Security-Policy', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/', { headers: session(server) });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.text).not.toContain(server.token);
  });

  it('serves assets as they are', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/assets/app.js', { headers: session(server) });
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
    const reply = await send(server.port, path, { headers: session(server) });
    expect(reply.text).not.toContain('TOP-SECRET');
    expect(reply.text).not.toMatch(/root:.*:0:0:/);
    if (reply.status === 200) expect(reply.text).toBe(INDEX_HTML);
  });

  it('unknown paths fall back to the page (client-side routes)', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/communities/12', { headers: session(server) });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
  });
});

describe('bridge: files', () => {
  it('an upload with the cookie is stored as sent, for the user alone, and returns an input reference', async () => {
    const server = await startFake();
    const bytes = randomBytes(256 * 1024);
    const reply = await send(server.port, '/files', {
      method: 'POST',
      headers: { ...session(server), 'X-File-Name': encodeURIComponent('名单 2026.xlsx'), 'Content-Type': 'application/octet-stream' },
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
    if (process.platform !== 'win32') {
      expect(statSync(stored.path).mode & 0o777).toBe(0o600);
      expect(statSync(uploadDir).mode & 0o777).toBe(0o700);
    }
  });

  it('an upload name cannot place the file outside the upload folder', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/files', {
      method: 'POST',
      headers: { ...session(server), 'X-File-Name': encodeURIComponent('../../escape.txt') },
      body: 'x',
    });
    const result = json(reply) as { ok: true; value: { ref: string } };
    const stored = files.resolve(result.value.ref, 'input');
    expect(stored.path.startsWith(uploadDir)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['secret.txt', 'static', 'uploads']);
  });

  it('an upload without the cookie is refused and nothing is stored', async () => {
    const server = await startFake();
    const reply = await send(server.port, '/files', { method: 'POST', headers: { 'X-File-Name': 'a.xlsx' }, body: 'data' });
    expect(reply.status).toBe(401);
    const withOldHeader = await send(server.port, '/files', { method: 'POST', headers: { 'X-File-Name': 'a.xlsx', 'X-Desk-Token': server.token }, body: 'data' });
    expect(withOldHeader.status).toBe(401);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('GET /files/<ref> downloads a registered output with the cookie: an attachment, not sniffed', async () => {
    const server = await startFake();
    const path = join(root, 'export.xlsx');
    const bytes = randomBytes(10_000);
    writeFileSync(path, bytes);
    const ref = files.register({ path, name: '导出 名单.xlsx', direction: 'output' });

    const reply = await send(server.port, `/files/${ref}`, { headers: session(server) });
    expect(reply.status).toBe(200);
    expect(reply.body.equals(bytes)).toBe(true);
    expect(reply.headers['content-length']).toBe(String(bytes.length));
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent('导出 名单.xlsx')}`);

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
      const reply = await send(server.port, `/files/${ref}`, { headers: session(server) });
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

describe('bridge: download headers', () => {
  it.each([
    ['a quote, CR/LF and a header after it', '名单"\r\nSet-Cookie: x=1.xlsx', 'Set-Cookie_ x_1.xlsx'],
    ['a path', '../../etc/passwd', 'etc_passwd'],
    ['only Chinese', '数据工作簿-20261120.xlsx', '-20261120.xlsx'],
    ['an RFC 5987 delimiter', "it's (2026).xlsx", "it_s _2026_.xlsx"],
  ])('a name with %s stays one safe header', async (_label, name, fallbackPart) => {
    const server = await startFake();
    const path = join(root, 'out.bin');
    writeFileSync(path, 'x');
    const ref = files.register({ path, name, direction: 'output' });
    const reply = await send(server.port, `/files/${ref}`, { headers: session(server) });
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(reply.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(disposition).not.toMatch(/[\r\n]/);
    const fallback = /filename="([^"]*)"/.exec(disposition)?.[1] ?? '';
    expect(fallback).not.toMatch(/[/\\"]/);
    expect(fallback).toContain(fallbackPart);
    const utf8 = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '');
    expect(utf8).not.toMatch(/[/\\"\r\n]/);
  });
});
