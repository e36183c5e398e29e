import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../bridge/security';
import { mimeOf, resolveInside } from '../bridge/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `app://desk/…`; nothing outside `rendererDir` can be reached. A print document
 * waiting in memory (electron/main/print-window.ts) is served once at its own path.
 */
export function serveRenderer(rendererDir: string, printDocument: (pathname: string) => string | null = () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const printed = printDocument(url.pathname);
    if (printed !== null) {
      return new Response(printed, {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    const full = resolveInside(rendererDir, url.pathname);
    if (!full) return new Response('forbidden', { status: 403 });
    try {
      const body = await readFile(full);
      return new Response(body, {
        headers: {
          'Content-Type': mimeOf(full),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
