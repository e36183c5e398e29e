/**
 * The harness signs the browser door in as the street admin before a spec opens its pages, so specs about other
 * features start where they always did: it takes a launch code of its own (never the spec's), and calls
 * auth.createFirstAdmin (a fresh data folder) or auth.signIn (one that has its admin) over the bridge, as a page would.
 */
export const E2E_ADMIN = { username: 'admin', displayName: '管理员', password: 'e2e-admin-password' } as const;

async function post(url: string, cookie: string, method: string, body: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const response = await fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
}

/** The session cookie a launch URL sets (the code is spent). */
export async function sessionCookieFrom(launchUrl: string): Promise<string> {
  const response = await fetch(launchUrl, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error(`the launch URL set no session cookie (${response.status})`);
  return setCookie.split(';')[0] ?? '';
}

/** Signs the browser door in as `user` (creating the street admin first when the folder has none). */
export async function signInDoor(launchUrl: string, user: { username: string; password: string; displayName?: string } = E2E_ADMIN): Promise<void> {
  const cookie = await sessionCookieFrom(launchUrl);
  const created = await post(launchUrl, cookie, 'auth.createFirstAdmin', { username: user.username, displayName: user.displayName ?? user.username, password: user.password });
  if (created.ok) return;
  const signed = await post(launchUrl, cookie, 'auth.signIn', { username: user.username, password: user.password });
  if (!signed.ok) throw new Error(`could not sign in as ${user.username}: ${signed.error?.message ?? 'unknown'}`);
}
