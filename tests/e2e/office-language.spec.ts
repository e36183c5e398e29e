/**
 * The office's language and habits (issue 14, items 5, 6, 7, 9, 11, 13): full-pinyin search and the marked ID digits,
 * dialogs opening on their first field, toasts above the status bar, the household list taking the focus after
 * Alt+2, F1 help and 关于, the date picker's Chinese header, no developer notation on the assessment page.
 */
import { mkdirSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { expect, test } from './support/test';
import type { Locator, Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/** The screen at both sizes, into .tmp/screens (looked at by hand). */
async function screens(page: Page, name: string): Promise<void> {
  mkdirSync('.tmp/screens', { recursive: true });
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `.tmp/screens/office-${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

/** What has the focus: a field of the dialog (an input or a textarea), not its close button. */
async function expectFocusOnField(dialog: Locator): Promise<void> {
  await expect
    .poll(() => dialog.evaluate((d) => (d.contains(document.activeElement) ? (document.activeElement?.tagName ?? '') : 'outside')))
    .toMatch(/^(INPUT|TEXTAREA)$/);
}

test.describe('the office’s language and habits', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('search, focus, lists, help, dates and words', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });

    // 新增社区 opens on its first field; the toast after saving stands above the status bar.
    await page.keyboard.press('Alt+N');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectFocusOnField(dialog);
    await expect(dialog.getByRole('textbox', { name: '社区代码（12 位）' })).toBeFocused();
    // A refusal shows once, under its field, not again above the buttons.
    await page.keyboard.type('321102001001');
    await dialog.getByRole('textbox', { name: '社区名称' }).fill('重复的社区');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(/已被“.+”使用/)).toHaveCount(1);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('textbox', { name: '社区代码（12 位）' }).fill('321102001099');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const toast = page.locator('.mantine-Notification-root').first();
    await expect(toast).toBeVisible();
    const toastBox = await toast.boundingBox();
    const barBox = await page.getByTestId('status-bar').boundingBox();
    expect(toastBox && barBox && toastBox.y + toastBox.height <= barBox.y).toBe(true);
    await screens(page, 'toast');

    // A community's row opens its households.
    await page.getByRole('table', { name: '社区列表' }).getByRole('link', { name: '新河社区' }).click();
    await expect(page.getByRole('heading', { name: '人员与家庭' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '社区' })).toHaveValue('新河社区');

    // Alt+2: the household list takes the focus, ↑↓ and Enter work at once.
    await page.keyboard.press('Alt+1');
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
    await page.keyboard.press('Alt+2');
    const firstRow = page.getByRole('table', { name: '户列表' }).locator('[role="rowgroup"] [role="row"]').first();
    await expect(firstRow).toBeFocused();
    await expect(page.getByText('↑↓ 选择，')).toBeVisible();
    await screens(page, 'registry-focus');
    // 新建户 opens on its first field.
    await page.keyboard.press('Alt+N');
    await expectFocusOnField(page.getByRole('dialog', { name: '新建户' }));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/household\/\d+/);

    // Ctrl+K: full pinyin, mixed pinyin, and the digits of a partial ID number marked.
    const search = page.getByLabel('查找人员');
    await page.keyboard.press('Control+k');
    await expect(search).toBeFocused();
    await search.fill('zhang');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('张');
    const name = (await options.first().locator('p, span').first().innerText()).trim();
    const syllables = pinyin(name, { type: 'array', toneType: 'none', v: true });
    await screens(page, 'search-zhang');
    await search.fill(syllables.join(''));
    await expect(options.filter({ hasText: name }).first()).toBeVisible();
    await search.fill(`${syllables[0]}${syllables.slice(1).map((s) => s.charAt(0)).join('')}`);
    await expect(options.filter({ hasText: name }).first()).toBeVisible();
    await search.fill('0210');
    const marked = page.getByTestId('id-match').first();
    await expect(marked).toBeVisible();
    await expect(marked).toHaveText(/^[\d*X]{4}$/);
    await screens(page, 'search-id');
    await page.keyboard.press('Escape');

    // A person who can be registered unemployed: 失业登记 and 就业意愿 open on their first field.
    let opened = false;
    for (let id = 1; id <= 40 && !opened; id += 1) {
      await page.goto(`${server.url}#/person/${id}`);
      const register = page.getByRole('button', { name: /失业登记/ }).first();
      await expect(register).toBeVisible();
      opened = await register.isEnabled();
    }
    expect(opened).toBe(true);
    await page.keyboard.press('y');
    const wish = page.getByRole('dialog');
    await expectFocusOnField(wish);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('d');
    const registration = page.getByRole('dialog');
    await expectFocusOnField(registration);

    // The date picker's header in Chinese: 2026年11月, not 十一月 2026.
    await registration.getByRole('textbox', { name: '登记日期' }).click();
    await expect(page.getByRole('button', { name: '选择月份' })).toHaveText('2026年11月');
    await expect(page.getByText(/十一月/)).toHaveCount(0);
    await screens(page, 'date-picker');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // F1: the person page's guide with its keys; 关于 with the version, data folder and schema version.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: '帮助' });
    await expect(help.getByRole('heading', { name: '人员', exact: true })).toBeVisible();
    await expect(help.getByRole('table', { name: '本页的按键' })).toContainText('失业登记');
    await expect(help.getByRole('table', { name: '各页通用的按键' })).toContainText('F1');
    await screens(page, 'help-person');
    await help.getByRole('tab', { name: '关于' }).click();
    const about = help.getByRole('table', { name: '关于本程序' });
    await expect(about).toContainText(server.dataDir);
    await expect(about).toContainText(/数据库结构版本\s*\d+/);
    await expect(about).toContainText(/版本\s*\d+\.\d+\.\d+/);
    await screens(page, 'help-about');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // Another page, another guide.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: '帮助' }).getByRole('heading', { name: '待办', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    // The assessment page speaks in words: no LFW, no version identifiers.
    await page.keyboard.press('Alt+4');
    await expect(page.getByText(/截止 \d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('body')).not.toContainText('LFW');
    await expect(page.locator('body')).not.toContainText(/example-|-example/);
    await screens(page, 'assessment');
  });
});
