/**
 * Issue #14 part C through the real UI on the small demo: the 待办 badge equals the page's count, the calendar
 * banner on a 2027 date, the street's name edited everywhere it shows.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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
    // 经办人 comes from the clerk who recorded the subject's services.
    const clerks = page.getByRole('table', { name: '待办列表' }).locator('[role="rowgroup"] [role="row"] [role="cell"]:nth-child(7)');
    await expect(clerks.filter({ hasText: /^[\u4e00-\u9fa5]{2,4}$/ }).first()).toBeVisible();

    // 导出 Excel: the list as shown, one line per row under the header.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('待办-20261120.xlsx');
    const saved = join(OUT, 'worklist.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    expect(book.worksheets[0]?.rowCount).toBe(badge + 1);
    expect(book.worksheets[0]?.getRow(1).getCell(7).value).toBe('事项');

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

  test('a row marked 已处理 with the service it led to leaves the list and the badge; the toggle shows it; 撤销 brings it back', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    await openWorklist(page);
    const table = page.getByRole('table', { name: '待办列表' });
    const rows = table.locator('[role="rowgroup"] [role="row"]');
    const before = await pageCount(page);
    await expect.poll(() => navCount(page)).toBe(before);

    // The first 跟踪回访 row: its person has services to choose from.
    const row = rows.filter({ hasText: '跟踪回访' }).first();
    const name = (await row.getByRole('cell').nth(4).locator('p').first().innerText()).trim();
    const detail = (await row.getByRole('cell').nth(5).innerText()).trim();
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${OUT}/worklist-${w}.png` });
    }
    await row.getByRole('button', { name: /^处理/ }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^处理待办：${name}`) });
    await expect(dialog).toBeVisible();
    const service = dialog.getByLabel('由此产生的服务记录');
    await expect(service).toBeVisible();
    const chosen = await service.inputValue();
    await page.screenshot({ path: `${OUT}/dispose-dialog.png` });
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已将“${name}”的这条待办标记为已处理`)).toBeVisible();
    await expect.poll(() => pageCount(page)).toBe(before - 1);
    await expect.poll(() => navCount(page)).toBe(before - 1);
    await expect(rows.filter({ hasText: detail })).toHaveCount(0);

    // The toggle shows it, marked with who, when and the service record.
    await page.getByRole('switch', { name: /显示已处理、暂缓的（1）/ }).check();
    const settled = table.locator('[data-settled="handled"]');
    await expect(settled).toHaveCount(1);
    await expect(settled).toContainText('已处理（2026-11-20');
    if (chosen) await expect(settled).toContainText(chosen.split('：')[0] ?? chosen);
    await page.screenshot({ path: `${OUT}/worklist-settled.png` });
    await settled.getByRole('button', { name: /^撤销/ }).click();
    await expect(settled).toHaveCount(0);
    await page.getByRole('switch', { name: /显示已处理、暂缓的/ }).uncheck();
    await expect.poll(() => pageCount(page)).toBe(before);
    await expect.poll(() => navCount(page)).toBe(before);
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

test.describe('演示数据是单独的数据文件', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('载入演示 shows 演示数据; 退出演示 returns to the setup screen, then to the office street, never mixed', async ({ page }) => {
    await page.goto(await server.launchUrl());
    // A fresh office: the setup screen offers the demo.
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
    const header = page.getByRole('banner');
    await expect(header.getByLabel('演示数据')).toBeVisible();
    await expect(page.getByText(/demo\.sqlite/)).toBeVisible();
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${OUT}/demo-shell-${w}.png` });
    }

    // 退出演示: the office has no street yet → the setup screen.
    await header.getByRole('button', { name: '退出演示' }).click();
    await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('街道（乡镇）名称').fill('解放路街道');
    await page.getByLabel('街道代码（9 位）').fill('321102001');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(header).toContainText('解放路街道（321102001）');
    await expect(header.getByLabel('演示数据')).toHaveCount(0);
    await page.getByRole('link', { name: /社区/ }).first().click();
    await expect(page.getByText('江滨社区')).toHaveCount(0);

    // From the office at work: the user menu loads the demo; exit comes back to the office's street.
    await header.getByRole('button', { name: /^当前用户/ }).click();
    await page.getByRole('menuitem', { name: '载入演示数据…' }).click();
    const dialog = page.getByRole('dialog', { name: '载入演示数据' });
    await expect(dialog).toContainText('本所数据不会被改动');
    await dialog.getByRole('button', { name: '载入演示数据' }).click();
    await expect(header.getByLabel('演示数据')).toBeVisible({ timeout: 60_000 });
    await expect(header).toContainText('（演示）');
    await header.getByRole('button', { name: '退出演示' }).click();
    await expect(header).toContainText('解放路街道（321102001）', { timeout: 30_000 });
    await expect(header.getByLabel('演示数据')).toHaveCount(0);
    await expect(page.getByText(/desk\.sqlite/)).toBeVisible();
  });
});
