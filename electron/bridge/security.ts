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
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/**
 * A browser tells where a request comes from in `Sec-Fetch-Site`: the API answers only the page's own scripts
 * (`same-origin`). A page on another port of 127.0.0.1 is "same-site" and would carry the cookie: refused here too.
 * Clients that are not browsers do not send the header.
 */
export function isSameOriginFetch(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin';
}
