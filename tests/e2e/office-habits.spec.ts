/**
 * Issue #14 part C through the real UI on the small demo: the 待办 badge equals the page's count, the calendar
 * banner on a 2027 date, the street's name edited everywhere it shows.
 */
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const OUT = '.tmp/office-habits';

async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const load = page.getByRole('button', { name: '载入演示数据' });
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(load.or(nav)).toBeVisible({ timeout: 60_000 });
  if (await load.isVisible()) await load.click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
}

/** The number in the navigation badge next to 待办. */
async function navCount(page: Page): Promise<number> {
  const label = (await page.getByLabel(/^待办 \d+ 项/).getAttribute('aria-label')) ?? '';
  return Number(/^待办 (\d+) 项/.exec(label)?.[1] ?? Number.NaN);
}

/** The page's 共 N 条. */
async function pageCount(page: Page): Promise<number> {
  const text = await page.getByLabel('待办统计').getByText(/^共 [\d,]+ 条$/).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

async function openWorklist(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: '待办', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: '待办列表' }).locator('[role="rowgroup"] [role="row"]').first()).toBeVisible({ timeout: 30_000 });
}

test.describe('待办、日历覆盖、街道信息', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('the 待办 badge equals the page count; a 2027 date shows the calendar banner, which opens 导入日历', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    await expect(page.getByLabel(/^待办 \d+ 项/)).toBeVisible({ timeout: 30_000 });
    const badge = await navCount(page);
    await openWorklist(page);
    // The community filter is remembered per window: the count compared is the unfiltered one.
    await expect(page.getByRole('combobox', { name: '社区' })).toHaveValue('');
    expect(await pageCount(page)).toBe(badge);
    expect(badge).toBeGreaterThan(0);

    // Today (2026-11-20) is covered: no banner.
    await expect(page.getByRole('alert').filter({ hasText: '节假日安排未导入' })).toHaveCount(0);
    const date = page.getByRole('textbox', { name: '截止日期' });
    await date.fill('2027-01-05');
    await date.press('Enter');
    await page.getByRole('heading', { name: '待办', exact: true }).click();
    const banner = page.getByRole('alert').filter({ hasText: '节假日安排未导入' });
    await expect(banner).toContainText('2027 年的节假日安排尚未导入');
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${OUT}/worklist-banner-${w}.png` });
    }
    await banner.getByRole('button', { name: '导入日历' }).click();
    const dialog = page.getByRole('dialog', { name: /导入日历（缺 2027 年）/ });
    await expect(dialog.getByRole('button', { name: '导入日历文件…' })).toBeEnabled();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Back to today: the banner goes.
    await date.fill('2026-11-20');
    await date.press('Enter');
    await page.getByRole('heading', { name: '待办', exact: true }).click();
    await expect(banner).toHaveCount(0);
  });

  test('街道信息: the renamed street shows in the header at once; the code stays shown only', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    const header = page.getByRole('banner');
    await page.getByRole('link', { name: /设置/ }).click();
    await page.getByRole('tab', { name: '街道信息' }).click();
    const form = page.getByRole('form', { name: '街道信息' });
    await expect(form.getByLabel('街道代码')).toBeDisabled();
    const code = await form.getByLabel('街道代码').inputValue();
    await form.getByLabel('街道（乡镇）名称').fill('谏壁街道');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存街道信息')).toBeVisible();
    await expect(header).toContainText(`谏壁街道（${code}）`);
  });
});
