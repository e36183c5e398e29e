/**
 * Browser mode: the same API as the Electron shell, over HTTP on 127.0.0.1 only.
 * - every request must name this machine's loopback host (no DNS rebinding);
 * - the launcher prints `/?code=<one-time code>`: opening it sets the session cookie (HttpOnly, SameSite=Strict,
 *   the per-launch secret) and redirects to `/`, spending the code; without the cookie and a valid code the page is
 *   only "请从启动窗口打开", with nothing of the app in it;
 * - `POST /api/<method>` needs the session cookie and, when the browser says where the request comes from (Origin,
 *   Sec-Fetch-Site), the page's own origin; the body is the method's input, validated by its contract;
 * - `POST /files` takes an upload (the body is the file) and returns a file reference;
 *   `GET /files/<ref>` (cookie) downloads an export, as an attachment the browser does not sniff;
 * - everything else is the built renderer, for a browser holding the cookie.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiResult } from '../../shared/result';
import type { FileRegistry } from '../services/files/file-registry';
import { downloadHeaders } from './download-headers';
import { LaunchCodes } from './launch-codes';
import { LAUNCHER_ONLY_CSP, LAUNCHER_ONLY_HTML } from './launcher-only-page';
import { CONTENT_SECURITY_POLICY, isAllowedOrigin, isLoopbackHost, isSameOriginFetch, tokensEqual } from './security';
import { readCookie, sessionCookie, sessionCookieName } from './session-cookie';
import { readStatic } from './static-files';

export interface BridgeOptions {
  /** Calls an API method as the launch's user; returns the typed result. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  files: FileRegistry;
  /** Folder for uploads. */
  uploadDir: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** The loopback address to listen on (security.ts pickLoopbackHost); 127.0.0.1 by default or when it cannot be bound. */
  host?: string;
  token?: string;
}

export interface BridgeServer {
  /** `http://<loopback address>:<port>/`: the page, for a browser that holds the session cookie. */
  url: string;
  port: number;
  /** The per-launch secret: the session cookie's value. */
  token: string;
  /** The session cookie's name (it carries the port). */
  cookieName: string;
  /** A new one-time launch URL (`<url>?code=…`): what the launcher prints and opens. */
  launchUrl(): string;
  close(): Promise<void>;
}

/** Folders and files the bridge writes (uploads) are the user's alone. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

const MAX_JSON_BYTES = 20 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_INPUT' | 'INTERNAL', message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function startBridge(options: BridgeOptions): Promise<BridgeServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const codes = new LaunchCodes();
  mkdirSync(options.uploadDir, { recursive: true, mode: PRIVATE_DIR });
  let port = 0;
  let host = options.host ?? '127.0.0.1';
  let cookieName = '';

  function hasSession(req: IncomingMessage): boolean {
    return tokensEqual(token, readCookie(header(req, 'cookie'), cookieName));
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const body = await readBody(req, MAX_JSON_BYTES);
    if (body === null) return refuse(res, 413, 'INVALID_INPUT', '请求内容过大');
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, 'INVALID_INPUT', '请求内容不是有效的 JSON');
      }
    }
    sendJson(res, 200, await options.call(method, input));
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawName = header(req, 'x-file-name');
    let name = 'upload';
    try {
      if (rawName) name = decodeURIComponent(rawName).replace(/[\\/]/g, '_').slice(0, 200);
    } catch {
      return refuse(res, 400, 'INVALID_INPUT', '文件名编码有误');
    }
    const declared = Number(header(req, 'content-length') ?? '0');
    if (declared > MAX_UPLOAD_BYTES) return refuse(res, 413, 'INVALID_INPUT', '文件过大（上限 1 GB）');
    const path = join(options.uploadDir, `${randomBytes(8).toString('hex')}-${name}`);
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > MAX_UPLOAD_BYTES ? new Error('too large') : null, chunk);
      },
    });
    try {
      // Made again for each upload: a folder someone emptied meanwhile does not fail the next one.
      mkdirSync(options.uploadDir, { recursive: true, mode: 0o700 });
      await pipeline(req, limit, createWriteStream(path, { mode: PRIVATE_FILE }));
    } catch (error) {
      await rm(path, { force: true });
      if (received > MAX_UPLOAD_BYTES) return refuse(res, 413, 'INVALID_INPUT', '文件过大（上限 1 GB）');
      const code = (error as NodeJS.ErrnoException).code;
      if (code && code !== 'ERR_STREAM_PREMATURE_CLOSE') return refuse(res, 500, 'INTERNAL', `无法在临时文件夹中保存上传的文件（${code}），请重试`);
      return refuse(res, 400, 'INVALID_INPUT', '上传中断，请重新选择文件');
    }
    const ref = options.files.register({ path, name, direction: 'input' });
    sendJson(res, 200, { ok: true, value: { ref, name } });
  }

  async function handleDownload(res: ServerResponse, ref: string): Promise<void> {
    let file;
    try {
      file = options.files.resolve(ref, 'output');
    } catch {
      return refuse(res, 404, 'NOT_FOUND', '找不到要下载的文件');
    }
    const info = await stat(file.path).catch(() => null);
    if (!info) return refuse(res, 404, 'NOT_FOUND', '文件尚未生成');
    res.writeHead(200, downloadHeaders(file.name, info.size));
    await pipeline(createReadStream(file.path), res);
  }

  /** The page for a browser without the session: no app, no secret. */
  function launcherOnly(res: ServerResponse): void {
    res.writeHead(401, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': LAUNCHER_ONLY_CSP,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(LAUNCHER_ONLY_HTML);
  }

  /** `?code=…`: a code never used before sets the session cookie; either way the code leaves the address bar. */
  function exchangeCode(res: ServerResponse, code: string, hadSession: boolean): void {
    const spent = codes.spend(code);
    if (!spent && !hadSession) return launcherOnly(res);
    // Always to the page itself (its routes are in the #fragment, which the browser keeps): never a path from the URL.
    const headers: Record<string, string> = { Location: '/', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
    if (spent) headers['Set-Cookie'] = sessionCookie(cookieName, token);
    res.writeHead(303, headers);
    res.end();
  }

  async function handleStatic(res: ServerResponse, urlPath: string): Promise<void> {
    const file = (await readStatic(options.staticDir, urlPath)) ?? (await readStatic(options.staticDir, '/'));
    if (!file) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('界面尚未构建：请先运行 npm run build');
      return;
    }
    const isHtml = file.type.startsWith('text/html');
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': isHtml ? 'no-store' : 'max-age=3600',
    });
    res.end(file.body);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(header(req, 'host'), port, host)) return refuse(res, 403, 'FORBIDDEN', '只接受本机地址的访问');
    const url = new URL(req.url ?? '/', `http://${host}:${port}`);
    const isApi = url.pathname.startsWith('/api/') || url.pathname.startsWith('/files');
    if (isApi) {
      if (!isAllowedOrigin(header(req, 'origin'), port, host) || !isSameOriginFetch(header(req, 'sec-fetch-site'))) {
        return refuse(res, 403, 'FORBIDDEN', '拒绝来自其他网页的请求');
      }
      if (!hasSession(req)) return refuse(res, 401, 'UNAUTHORIZED', '未登录或会话已失效：请从启动窗口重新打开工作台');
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return refuse(res, 400, 'INVALID_INPUT', '接口名称编码有误');
      }
      return handleApi(req, res, method);
    }
    if (req.method === 'POST' && url.pathname === '/files') return handleUpload(req, res);
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) return handleDownload(res, url.pathname.slice('/files/'.length));
    if (isApi) return refuse(res, 404, 'NOT_FOUND', '没有这个接口');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 404, 'NOT_FOUND', '没有这个地址');
    const code = url.searchParams.get('code');
    if (code !== null) return exchangeCode(res, code, hasSession(req));
    if (!hasSession(req)) return launcherOnly(res);
    return handleStatic(res, url.pathname);
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[desk] bridge request failed:', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', '服务器内部错误');
      else res.destroy();
    });
  });
  const listenOn = (address: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, address, () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listenOn(host);
  } catch (error) {
    if (host === '127.0.0.1' || (error as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw error;
    host = '127.0.0.1';
    await listenOn(host);
  }
  port = (server.address() as AddressInfo).port;
  cookieName = sessionCookieName(port);
  const url = `http://${host}:${port}/`;
  return {
    url,
    port,
    token,
    cookieName,
    launchUrl: () => `${url}?code=${codes.issue()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
