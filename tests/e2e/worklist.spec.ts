import { expect, test } from './support/test';
import type { Locator, Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

/** The number in the navigation badge next to 待办 (due and overdue today). */
async function navCount(page: Page): Promise<number> {
  const label = (await page.getByLabel(/^待办 \d+ 项/).getAttribute('aria-label')) ?? '';
  return Number(/^待办 (\d+) 项/.exec(label)?.[1] ?? Number.NaN);
}

/** The count on a kind's chip: `职业指导 3` → 3 (0 when the chip is gone). */
async function chipCount(page: Page, label: string): Promise<number> {
  const chip = page.getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });
  if ((await chip.count()) === 0) return 0;
  const text = (await chip.getAttribute('aria-label')) ?? (await page.locator(`label[for="${await chip.getAttribute('id')}"]`).innerText());
  return Number(/(\d+)$/.exec(text.trim())?.[1] ?? Number.NaN);
}

function cell(row: Locator, index: number): Locator {
  return row.getByRole('cell').nth(index);
}

test.describe('待办', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('filter by community and kind, open a guidance row, record guidance, see the counts drop', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });

    // The navigation shows today's due and overdue count next to 待办.
    await expect(page.getByLabel(/^待办 \d+ 项/)).toBeVisible({ timeout: 30_000 });
    const openBefore = await navCount(page);
    expect(openBefore).toBeGreaterThan(0);

    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办', exact: true })).toBeVisible();
    const table = page.getByRole('table', { name: '待办列表' });
    const rows = table.locator('[role="rowgroup"] [role="row"]');
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    await expect(table.locator('[data-status="overdue"]').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/worklist-all.png' });

    // Kind: 职业指导 only.
    const guidanceBefore = await chipCount(page, '职业指导');
    expect(guidanceBefore).toBeGreaterThan(0);
    await page.getByText(/^职业指导 \d+$/).click();
    await expect(rows).toHaveCount(guidanceBefore);
    for (const row of await rows.all()) await expect(cell(row, 2)).toHaveText('职业指导');

    // Community: the first guidance row's.
    const communityName = (await cell(rows.first(), 3).innerText()).trim();
    await page.getByRole('combobox', { name: '社区' }).click();
    await page.getByRole('option', { name: communityName, exact: true }).click();
    // The list re-renders once the filter applies: wait until every row shown is of that community.
    await expect
      .poll(async () => {
        try {
          const names = await Promise.all((await rows.all()).map((row) => cell(row, 3).innerText({ timeout: 1_000 })));
          return names.length > 0 && names.every((name) => name.trim() === communityName);
        } catch {
          return false;
        }
      })
      .toBe(true);
    const guidanceInCommunity = await rows.count();
    await page.screenshot({ path: 'test-results/screens/worklist-filtered.png' });

    // Open the row (Enter on the focused row) → the person page.
    const first = rows.first();
    const personName = (await cell(first, 4).locator('p').first().innerText()).trim();
    await expect(cell(first, 5)).toContainText('登记失业');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/person\/\d+$/);
    await expect(page.getByRole('heading', { name: personName, exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/worklist-person.png', fullPage: true });

    // Record guidance in a few keystrokes (S, zyzd, Enter, content, clerk, Enter).
    await page.keyboard.press('s');
    const entry = page.getByRole('dialog', { name: `记录服务：${personName}` });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyzd');
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toHaveValue('职业指导');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('讲解求职技巧，推荐本月招聘会');
    await entry.getByRole('textbox', { name: '经办人' }).fill('王经办');
    await entry.getByRole('textbox', { name: '经办人' }).press('Enter');
    await expect(entry).toBeHidden();

    // Back to 待办 (the community filter is kept): the row is gone, the counts dropped by one.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '社区' })).toHaveValue(communityName);
    await expect.poll(() => chipCount(page, '职业指导')).toBe(guidanceInCommunity - 1);
    await expect.poll(() => navCount(page)).toBe(openBefore - 1);
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasText: personName }).filter({ hasText: '职业指导' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/worklist-after.png' });

    // 待办设置: the intervals are settings; a bad value is refused on its field.
    await page.getByRole('button', { name: '待办设置' }).click();
    const settings = page.getByRole('dialog', { name: '待办设置' });
    await expect(settings.getByRole('textbox', { name: '跟踪回访间隔（月）' })).toHaveValue('1');
    await settings.getByRole('textbox', { name: '跟踪回访间隔（月）' }).fill('0');
    await settings.getByRole('button', { name: '保存' }).click();
    await expect(settings.getByText('跟踪回访间隔（月）不能小于 1')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/worklist-settings.png' });
    await settings.getByRole('button', { name: '取消' }).click();
    await expect(settings).toBeHidden();
  });
});
