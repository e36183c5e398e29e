import { timingSafeEqual } from 'node:crypto';

/** Content-Security-Policy of the app's page, in the browser bridge and in the Electron shell alike. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function tokensEqual(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Host names a loopback page may be reached by: anything else is a DNS-rebinding attempt. */
/** The loopback address the server listens on: `localhost` names it only when that is 127.0.0.1. */
function namesOf(host: string, port: number): string[] {
  return host === '127.0.0.1' ? [`127.0.0.1:${port}`, `localhost:${port}`] : [`${host}:${port}`];
}

export function isLoopbackHost(hostHeader: string | undefined, port: number, host = '127.0.0.1'): boolean {
  return hostHeader !== undefined && namesOf(host, port).includes(hostHeader);
}

export function isAllowedOrigin(origin: string | undefined, port: number, host = '127.0.0.1'): boolean {
  if (origin === undefined) return true;
  return namesOf(host, port).some((name) => origin === `http://${name}`);
}

/**
 * A loopback address of its own for this launch where the system routes all of 127.0.0.0/8 to itself (Linux,
 * Windows): browsers scope cookies by host, not port, so the session cookie then goes to no other local server
 * on 127.0.0.1. Elsewhere (macOS has only 127.0.0.1) the usual address.
 */
export function pickLoopbackHost(platform: NodeJS.Platform = process.platform, random: () => number = Math.random): string {
  if (platform !== 'linux' && platform !== 'win32') return '127.0.0.1';
  const octet = () => 1 + Math.floor(random() * 254);
  return `127.${octet()}.${octet()}.${octet()}`;
}

/**
 * A browser tells where a request comes from in `Sec-Fetch-Site`: the API answers only the page's own scripts
 * (`same-origin`). A page on another port of 127.0.0.1 is "same-site" and would carry the cookie: refused here too.
 * Clients that are not browsers do not send the header.
 */
export function isSameOriginFetch(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin';
}
