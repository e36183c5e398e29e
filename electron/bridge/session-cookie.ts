/**
 * The browser-mode session: after the one-time launch code is spent, the page holds the per-launch secret in an
 * HttpOnly, SameSite=Strict cookie — no script in the page can read it, and no other site's page can send it.
 * Cookies are not separated by port, so the name carries the port: two launches on one machine do not collide.
 */
export function sessionCookieName(port: number): string {
  return `desk_session_${port}`;
}

/** The Set-Cookie value: a session cookie (gone when the browser closes), for the whole origin. */
export function sessionCookie(name: string, secret: string): string {
  return `${name}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
