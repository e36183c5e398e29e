/**
 * Browser mode's way in: the printed URL carries a one-time code; the page that opens it gets an HttpOnly session
 * cookie and the code is spent. A reload keeps working; another browser (another local user's, or a fresh
 * context) gets only "请从启动窗口打开", with no secret in it, and its API calls get 401.
 */
import { expect, test } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

let server: DeskServer;

test.beforeAll(async () => {
  server = await startDeskServer();
});

test.afterAll(async () => server.stop());

test('the printed URL opens the desk once; reloads and new tabs of the same browser keep working; a fresh browser gets 请从启动窗口打开 and 401s', async ({
  page,
  browser,
}) => {
  const launchUrl = await server.launchUrl();
  // A loopback address of this launch's own (127.x.y.z on Linux and Windows): the cookie goes to no other local server.
  expect(launchUrl).toMatch(/^http:\/\/127\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d+\/\?code=[0-9a-f]{32}$/);

  await page.goto(launchUrl);
  await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible();
  // The code left the address bar (and the history) at once.
  expect(page.url()).toBe(server.url);

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.startsWith('desk_session_'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', expires: -1 });
  const secret = session?.value ?? '';
  expect(secret).toMatch(/^[0-9a-f]{48}$/);
  // No script in the page can read the secret, and the page does not carry it.
  expect(await page.evaluate(() => document.cookie)).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);

  // Set up the street through the page: the API answers by the cookie.
  await page.getByLabel('街道（乡镇）名称').fill('解放路街道');
  await page.getByLabel('街道代码（9 位）').fill('321102001');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible();

  // A reload without the code keeps working.
  await page.reload();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
  await page.goto(`${server.url}#/settings`);
  await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();

  // A second tab of the same browser with the spent code: it has the cookie, so it gets the desk.
  const secondTab = await page.context().newPage();
  await secondTab.goto(launchUrl);
  await expect(secondTab.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
  await secondTab.close();

  // A fresh browser (no cookie): the page without the code, and the spent code, are 请从启动窗口打开.
  const stranger = await browser.newContext();
  try {
    const other = await stranger.newPage();
    for (const url of [server.url, launchUrl, `${server.url}#/communities`]) {
      const response = await other.goto(url);
      expect(response?.status(), url).toBe(401);
      await expect(other.getByRole('heading', { name: '请从启动窗口打开' })).toBeVisible();
      const html = await other.content();
      expect(html).not.toContain(secret);
      expect(html).not.toContain('<script');
      expect(await other.getByRole('heading', { name: '社区', exact: true }).count()).toBe(0);
    }
    expect(await stranger.cookies()).toEqual([]);
    await other.screenshot({ path: 'test-results/screens/launcher-only.png' });

    // Its API calls get 401, and so does a download.
    const call = await stranger.request.post(`${server.url}api/communities.list`, { data: {} });
    expect(call.status()).toBe(401);
    expect(await call.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const download = await stranger.request.get(`${server.url}files/0123456789abcdef`);
    expect(download.status()).toBe(401);
  } finally {
    await stranger.close();
  }

  // A fresh code from the launcher (Enter in its terminal) lets a new browser in.
  const again = await browser.newContext();
  try {
    const tab = await again.newPage();
    await tab.goto(await server.launchUrl());
    await expect(tab.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
  } finally {
    await again.close();
  }
});
