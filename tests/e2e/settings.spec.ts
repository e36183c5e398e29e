import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { csvOf, SAMPLE_2027_ROWS } from '../unit/calendar/sample-files';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-calendar-'));

async function chooseCalendarFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入日历文件…' }).click();
  await (await chooser).setFiles(path);
}

async function showMonth(page: Page, year: number, month: number): Promise<void> {
  await page.getByRole('combobox', { name: '年份' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByRole('combobox', { name: '月份' }).click();
  await page.getByRole('option', { name: `${month} 月`, exact: true }).click();
  await expect(page.getByRole('grid', { name: `${year} 年 ${month} 月` })).toBeVisible();
}

test.describe('设置', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('calendar: holidays and 调休, marking a day, importing 2027; population settings recompute with progress', async ({ page }) => {
    // A street with people, so that saving the population settings has something to recompute.
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });

    await page.keyboard.press('Alt+8');
    await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
    await expect(page.getByText('日历覆盖 2004–2026 年；之后的日期需导入日历文件')).toBeVisible();

    // February 2026: 春节 and the 调休 Saturday 2-14.
    await showMonth(page, 2026, 2);
    const grid = page.getByRole('grid', { name: '2026 年 2 月' });
    await expect(grid.getByLabel('2026年2月14日 星期六 调休上班 春节调休上班')).toBeVisible();
    await expect(grid.getByLabel('2026年2月17日 星期二 放假 春节')).toBeVisible();
    await expect(grid.getByLabel(/^2026年2月7日 星期六 休息/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/settings-calendar-2026-02.png', fullPage: true });

    // Keyboard: from Monday 3-2 one day right, Enter, mark Tuesday 3-3 as a holiday.
    await page.getByRole('button', { name: '下一月 ›' }).click();
    const march = page.getByRole('grid', { name: '2026 年 3 月' });
    await march.getByLabel(/^2026年3月2日 星期一 上班/).click();
    await page.keyboard.press('ArrowRight');
    await expect(march.getByLabel(/^2026年3月3日 星期二 上班/)).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '修改 2026年3月3日（星期二）' });
    await expect(dialog).toBeVisible();
    await dialog.getByText('放假', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('请填写放假的节日或原因')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/settings-day-edit.png' });
    await dialog.getByRole('textbox', { name: '名称' }).fill('防汛停工');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(march.getByLabel('2026年3月3日 星期二 放假 防汛停工 （手工修改）')).toBeVisible();
    // PageDown moves the focus a month on.
    await march.getByLabel(/^2026年3月3日/).click();
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('grid', { name: '2026 年 4 月' }).getByLabel(/^2026年4月3日 星期五/)).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(march.getByLabel(/^2026年3月3日/)).toBeFocused();
    await page.screenshot({ path: 'test-results/screens/settings-calendar-edited.png', fullPage: true });

    // 2027 is not covered yet: a warning.
    await showMonth(page, 2027, 2);
    await expect(page.getByText('2027 年的节假日安排尚未导入，本月按普通周末显示')).toBeVisible();

    // A bad file: errors with line numbers, nothing written.
    const badPath = join(files, '2027年节假日（有错）.csv');
    writeFileSync(badPath, csvOf(SAMPLE_2027_ROWS.map((r, i): [string, string, string] => (i === 1 ? ['2027-02-30', '放假', '春节'] : i === 9 ? ['2027-03-03', '上班', '春节调休上班'] : r))));
    await chooseCalendarFile(page, badPath);
    await expect(page.getByText('有 2 个问题，未写入任何数据')).toBeVisible();
    const problems = page.getByRole('table', { name: '日历文件错误' });
    await expect(problems.getByRole('row', { name: /第 3 行 日期/ })).toContainText('“2027-02-30”不是有效日期');
    await expect(problems.getByRole('row', { name: /第 11 行 类型/ })).toContainText('不是周末，不能设为调休上班');
    await expect(page.getByText('日历覆盖 2004–2026 年；之后的日期需导入日历文件')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/settings-import-errors.png', fullPage: true });

    // A good 2027 file: coverage to 2027, 春节 2027 and its 调休 Saturday shown.
    const goodPath = join(files, '2027年节假日.csv');
    writeFileSync(goodPath, csvOf(SAMPLE_2027_ROWS));
    await chooseCalendarFile(page, goodPath);
    await expect(page.getByText('已导入“2027年节假日.csv”')).toBeVisible();
    await expect(page.getByText('日历覆盖 2004–2027 年；之后的日期需导入日历文件')).toBeVisible();
    const feb2027 = page.getByRole('grid', { name: '2027 年 2 月' });
    await expect(feb2027.getByLabel('2027年2月20日 星期六 调休上班 春节调休上班 （导入）')).toBeVisible();
    await expect(feb2027.getByLabel('2027年2月8日 星期一 放假 春节 （导入）')).toBeVisible();
    await expect(page.getByText('本月按普通周末显示')).toBeHidden();
    await page.screenshot({ path: 'test-results/screens/settings-calendar-2027.png', fullPage: true });

    // 人口口径: fixed retirement ages, saved as a job with progress, then success.
    await page.getByRole('tab', { name: '人口口径' }).click();
    await page.getByRole('radio', { name: /固定年龄/ }).check();
    const men = page.getByRole('textbox', { name: '男性退休年龄' });
    await expect(men).toHaveValue('60 岁');
    await men.fill('');
    await page.getByRole('button', { name: '保存并重新计算' }).click();
    await expect(page.getByText('男性退休年龄应为数字')).toBeVisible();
    await men.fill('60');
    await page.getByRole('button', { name: '保存并重新计算' }).click();
    const progress = page.getByRole('status').filter({ hasText: '正在保存并重新计算' });
    await expect(progress).toContainText('正在按新口径重新计算每人的退休日期');
    await page.screenshot({ path: 'test-results/screens/settings-population-progress.png', fullPage: true });
    await expect(page.getByText('已保存人口口径')).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/screens/settings-population.png', fullPage: true });
    await page.reload();
    await page.getByRole('tab', { name: '人口口径' }).click();
    await expect(page.getByRole('radio', { name: /固定年龄/ })).toBeChecked();
  });
});
