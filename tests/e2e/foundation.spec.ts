import { expect, test } from './support/test';
import { startDeskServer } from './support/desk-server';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';

let server: DeskServer;

test.beforeAll(async () => {
  server = await startDeskServer();
});

test.afterAll(async () => {
  await server.stop();
});

test('setup screen, two communities, reload keeps them', async ({ page }) => {
  await page.goto(await server.launchUrl());
  await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible();

  // A wrong code is refused on the field.
  await page.getByLabel('街道（乡镇）名称').fill('解放路街道');
  await page.getByLabel('街道代码（9 位）').fill('12345');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('街道代码应为 9 位数字')).toBeVisible();

  await page.getByLabel('街道代码（9 位）').fill('321102001');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
  await expect(page.getByTestId('status-bar')).toContainText('结构版本');
  // The server runs with DESK_TODAY: the status bar says the date is simulated.
  await expect(page.getByTestId('status-bar').getByText(`模拟日期 ${E2E_TODAY}`)).toBeVisible();

  for (const [code, name] of [
    ['321102001001', '金山社区'],
    ['321102001002', '银山村'],
  ] as const) {
    await page.keyboard.press('Alt+N');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('社区代码（12 位）').fill(code);
    await dialog.getByLabel('社区名称').fill(name);
    if (name.endsWith('村')) await dialog.getByText('村', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  // A code outside the street is refused with the reason.
  await page.getByRole('button', { name: /新增社区/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('社区代码（12 位）').fill('110101001001');
  await dialog.getByLabel('社区名称').fill('别处社区');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('必须以本街道代码 321102001 开头').first()).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.reload();
  const table = page.getByRole('table', { name: '社区列表' });
  await expect(table.getByText('金山社区')).toBeVisible();
  await expect(table.getByText('银山村')).toBeVisible();
  await expect(table.getByText('别处社区')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/communities.png' });
});

test('the bridge refuses requests without the session cookie', async ({ request }) => {
  const response = await request.post(`${server.url}api/communities.list`, { data: {} });
  expect(response.status()).toBe(401);
  const body = (await response.json()) as { ok: boolean; error: { code: string } };
  expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
});
