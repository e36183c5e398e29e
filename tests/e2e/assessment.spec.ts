import { copyFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from './support/test';
import type { Locator, Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';

const GUIDANCE = '登记失业人员按时职业指导率';
const KEEP = '/tmp/h9-screens';

/** A screenshot in test-results/screens (and a copy kept outside it: other runs may clear test-results). */
async function screen(page: Page, name: string): Promise<void> {
  const path = `test-results/screens/assessment-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  mkdirSync(KEEP, { recursive: true });
  copyFileSync(path, `${KEEP}/${basename(path)}`);
}

/** Test setup through the same API the page uses (browser mode, with the page's session cookie). */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`./api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

/** "88.9%（8/9）" → [8, 9]. */
async function fraction(locator: Locator): Promise<[number, number]> {
  const text = (await locator.textContent()) ?? '';
  const m = /（(\d+)\/(\d+)）/.exec(text);
  if (!m) throw new Error(`no numerator/denominator in “${text}”`);
  return [Number(m[1]), Number(m[2])];
}

test.describe('考核', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('drill into a failing item, record guidance from the person page, and watch 待办 and the item change', async ({ page }) => {
    test.setTimeout(300_000);
    // The small demo, generated as of today: a registrant of yesterday is pending for guidance (deadline ahead).
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });
    // A community added today, nobody living there yet: its card must say why it cannot pass.
    await api(page, 'communities.create', { code: '321102001099', name: '新建社区', kind: 'community', contact: null });

    // 考核 (Alt+4): chongqing-2007 by default, as of today, the period from 1 January.
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { name: '考核', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '考核标准' })).toHaveValue(/重庆市充分就业社区创建标准/);
    await expect(page.getByText(/依据：中共重庆市委办公厅/)).toBeVisible();
    const summary = page.getByRole('region', { name: '街道汇总' });
    await expect(summary).toContainText('不达标社区');
    const cards = page.getByRole('region', { name: '各社区考核结果' }).getByRole('region');
    await expect(cards).toHaveCount(4);
    await expect(page.getByRole('region', { name: '新建社区' })).toContainText('本社区截止日没有居民');
    await screen(page, 'dashboard');

    // The period from 1 January of last year, so that this year's hand-made registrations are all in it (the demo
    // counts them back from today, E2E_TODAY); the address keeps it.
    const year = Number(E2E_TODAY.slice(0, 4));
    const from = page.getByRole('textbox', { name: '考核期间自' });
    await expect(from).toHaveValue(`${year}年1月1日`);
    await from.fill(`${year - 1}-01-01`);
    await from.press('Tab');
    await expect(page).toHaveURL(new RegExp(`from=${year - 1}-01-01`));
    await expect(summary).toContainText(`考核期间 ${year - 1}年1月1日至`);

    // Save this assessment before anything changes (the first of two to compare).
    await page.getByRole('button', { name: '保存本次考核' }).click();
    const saveDialog = page.getByRole('dialog', { name: '保存考核结果' });
    await saveDialog.getByRole('textbox', { name: '备注' }).fill('记录指导之前');
    await saveDialog.getByRole('button', { name: '保存' }).click();
    await expect(saveDialog).toBeHidden();
    await expect(page.getByText('已保存考核结果')).toBeVisible();

    // A community whose guidance item fails and has someone pending: its drill-down, by keyboard.
    const card = cards.filter({ has: page.getByRole('group', { name: GUIDANCE, exact: true }).filter({ hasText: /另有 \d+ 项待定/ }) }).first();
    const community = (await card.getAttribute('aria-label')) ?? '';
    await card.getByRole('link', { name: GUIDANCE, exact: true }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: `${community} · ${GUIDANCE}` });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    const pending = page.getByRole('table', { name: '待定名单' });
    await expect(pending.locator('tbody tr')).toHaveCount(1);
    const personLink = pending.locator('tbody tr').first().getByRole('link');
    const name = (await personLink.textContent()) ?? '';
    // The 身份证号码 is masked in the list; the reason names the deadline.
    await expect(pending.locator('tbody tr').first()).toContainText(/\d{6}\*{8}[\dX]{4}/);
    await expect(pending.locator('tbody tr').first()).toContainText('须在');
    const value = page.getByText(/^\d+(\.\d)?%（\d+\/\d+）$/).first();
    const [onTimeBefore, countedBefore] = await fraction(value);
    const failing = page.getByRole('table', { name: '不达标名单' });
    await expect(failing.locator('tbody tr').first()).toContainText('逾期');
    await screen(page, 'drilldown');

    // 待办 lists the same person under 职业指导.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();
    const worklist = page.getByRole('table', { name: '待办列表' });
    await page.getByRole('group', { name: '按类型筛选' }).getByText(/^职业指导 \d+$/).click();
    await expect(worklist.getByRole('row').filter({ hasText: name })).toHaveCount(1);
    const guidanceChip = page.getByRole('group', { name: '按类型筛选' }).getByText(/^职业指导 \d+$/);
    const dueBefore = Number(/(\d+)$/.exec((await guidanceChip.textContent()) ?? '')?.[1]);

    // Back to the drill-down (browser Back), then open the person from the list.
    await page.goBack();
    await expect(heading).toBeVisible();
    await pending.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();

    // Guidance through the person page's quick entry: S, the kind's initials, the content, the clerk, Enter.
    await page.keyboard.press('s');
    const entry = page.getByRole('dialog', { name: `记录服务：${name}` });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyzd');
    await page.getByRole('option', { name: '职业指导' }).click();
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toHaveValue('职业指导');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('登记后职业指导：分析求职意向，推荐社区招聘会');
    await entry.getByRole('textbox', { name: '经办人' }).fill('李红');
    await entry.getByRole('textbox', { name: '经办人' }).press('Enter');
    await expect(entry).toBeHidden();
    await expect(page.getByRole('table', { name: '服务记录' }).locator('tbody tr').filter({ hasText: '职业指导' }).first()).toBeVisible();

    // 待办: the person's guidance is no longer due.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();
    const chip = page.getByRole('group', { name: '按类型筛选' }).getByText(/^职业指导 \d+$/);
    if (dueBefore > 1) {
      await expect(chip).toHaveText(`职业指导 ${dueBefore - 1}`);
      await chip.click();
    } else {
      await expect(chip).toHaveCount(0);
    }
    await expect(worklist.getByRole('row').filter({ hasText: name }).filter({ hasText: '职业指导' })).toHaveCount(0);
    await screen(page, 'worklist-after');

    // 考核 (from the navigation: focus is on a filter chip, where Alt+digit is not taken): the card no longer shows
    // anyone pending for guidance; in the drill-down the person counts as on time.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^考核/ }).click();
    const sameCard = page.getByRole('region', { name: community, exact: true });
    await expect(sameCard).toBeVisible();
    await sameCard.getByRole('link', { name: GUIDANCE, exact: true }).click();
    await expect(heading).toBeVisible();
    await expect(pending).toBeHidden();
    await expect(page.getByText('没有待定的人员或家庭。')).toBeVisible();
    await expect(page.getByRole('link', { name })).toHaveCount(0);
    const [onTimeAfter, countedAfter] = await fraction(page.getByText(/^\d+(\.\d)?%（\d+\/\d+）$/).first());
    expect([onTimeAfter, countedAfter]).toEqual([onTimeBefore + 1, countedBefore + 1]);
    await screen(page, 'drilldown-after');
    // Back returns to the results.
    await page.goBack();
    await expect(page.getByRole('region', { name: '街道汇总' })).toBeVisible();
    // A street item lists each community's share, linking to the community's own list.
    await summary.getByRole('link', { name: '街道：就业率（不达标）' }).click();
    await expect(page.getByRole('heading', { name: /· 就业率$/ })).toBeVisible();
    const perCommunity = page.getByRole('table', { name: '各社区明细' });
    await expect(perCommunity.locator('tbody tr')).toHaveCount(4);
    await perCommunity.getByRole('link', { name: community }).click();
    await expect(page.getByRole('heading', { name: `${community} · 就业率` })).toBeVisible();
    await expect(page.getByRole('table', { name: '不达标名单' }).locator('tbody tr').first()).toContainText('截止日未就业');
    await screen(page, 'street-item');
    await page.goBack();
    await page.goBack();
    await expect(summary).toBeVisible();

    // A manual item: the form names the missing fields, then records the clerk's verdict with who and when.
    await sameCard.getByRole('link', { name: '组织机构建设到位' }).click();
    await expect(page.getByRole('heading', { name: `${community} · 组织机构建设到位` })).toBeVisible();
    await page.getByRole('button', { name: '录入评定' }).click();
    const manual = page.getByRole('dialog', { name: /^录入评定：/ });
    await manual.getByRole('button', { name: '保存评定' }).click();
    await expect(manual.getByText('请选择评定结论：达标或不达标')).toBeVisible();
    await expect(manual.getByText('请填写评定依据（检查了什么、看到了什么）')).toBeVisible();
    await manual.getByRole('radio', { name: '达标', exact: true }).check();
    await manual.getByRole('textbox', { name: '评定依据' }).fill('现场查看社区劳动保障服务站：专职人员 2 名，经费列入街道预算，服务大厅 60 平方米');
    await screen(page, 'manual-form');
    await manual.getByRole('button', { name: '保存评定' }).click();
    await expect(manual).toBeHidden();
    const record = page.getByLabel('评定记录');
    await expect(record).toContainText('达标');
    await expect(record).toContainText('现场查看社区劳动保障服务站');
    await expect(record).toContainText(/于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 录入/);
    await screen(page, 'manual-recorded');

    // Bad dates are refused on the field: an as-of date after today.
    await page.getByRole('link', { name: '← 返回考核结果' }).click();
    const asOf = page.getByRole('textbox', { name: '考核截止日' });
    await asOf.fill('2099-01-01');
    await asOf.press('Tab');
    await expect(page.getByText(/考核截止日不能晚于今天/)).toBeVisible();

    // Save again, then compare the two saved assessments side by side.
    await page.getByRole('button', { name: '保存本次考核' }).click();
    await saveDialog.getByRole('textbox', { name: '备注' }).fill('记录指导和评定之后');
    await saveDialog.getByRole('button', { name: '保存' }).click();
    await expect(saveDialog).toBeHidden();
    await page.getByRole('tab', { name: '历史考核' }).click();
    const history = page.getByRole('table', { name: '历史考核' });
    await expect(history.locator('tbody tr')).toHaveCount(2);
    await history.getByRole('checkbox').nth(0).check();
    await history.getByRole('checkbox').nth(1).check();
    await screen(page, 'history');
    await page.getByRole('button', { name: /对比所选两次/ }).click();
    await expect(page.getByRole('heading', { name: '对比两次考核' })).toBeVisible();
    const comparison = page.getByRole('table', { name: '对比结果' });
    // In the community: guidance gained one on time and lost its pending registrant; the manual item was judged.
    const unitRow = comparison.locator('tr', { hasText: community });
    await expect(unitRow).toHaveCount(1);
    const guidanceRow = unitRow.locator('xpath=following-sibling::tr[contains(., "3 个工作日内开展职业指导")][1]');
    await expect(guidanceRow).toContainText(`（${onTimeBefore}/${countedBefore}）`);
    await expect(guidanceRow).toContainText(`（${onTimeBefore + 1}/${countedBefore + 1}）`);
    await expect(guidanceRow).toContainText('待定 1');
    const organisationRow = comparison.locator('tr', { hasText: '组织机构建设到位' });
    await expect(organisationRow).toHaveCount(1);
    await expect(organisationRow).toContainText('未评定');
    await expect(organisationRow).toContainText('达标');
    await screen(page, 'compare');
    // A saved assessment opens frozen, as it was saved.
    await page.goBack();
    await history.getByRole('link').first().click();
    await expect(page.getByText(/以下为保存时的结果，不随之后的数据变化/)).toBeVisible();
    await expect(page.getByText(/记录指导和评定之后/)).toBeVisible();

    // Another standard: the example star rating, its thresholds labelled 示例, stars on every card.
    await page.goBack();
    await page.goBack();
    await page.getByRole('tab', { name: '考核结果' }).click();
    await page.getByRole('combobox', { name: '考核标准' }).click();
    await page.getByRole('option', { name: /吉林省充分就业星级社区/ }).click();
    await expect(page).toHaveURL(/standard=jilin-stars/);
    await expect(summary).toContainText('示例标准');
    await expect(summary).toContainText('吉林省充分就业星级社区');
    await expect(page.getByText(/本标准的达标值（含星级达标值）为示例/)).toBeVisible();
    await expect(cards.first()).toContainText('未达星级');
    await screen(page, 'stars');
    // A scored standard: scores on the cards; its manual items take a score up to their points.
    await page.getByRole('combobox', { name: '考核标准' }).click();
    await page.getByRole('option', { name: /镇江/ }).click();
    await expect(page).toHaveURL(/standard=zhenjiang-scored/);
    await expect(cards.first()).toContainText(/\d+(\.\d+)? \/ \d+ 分/);
    await screen(page, 'scored');

    // The monthly trend: the street, then the community.
    await page.getByRole('tab', { name: '月度趋势' }).click();
    await expect(page.getByRole('region', { name: '就业率走势' })).toBeVisible();
    const months = page.getByRole('table', { name: '月度数据' });
    await expect(months.locator('tbody tr')).toHaveCount(12);
    await screen(page, 'trend');
    await page.getByRole('combobox', { name: '范围' }).click();
    await page.getByRole('option', { name: new RegExp(`^${community}`) }).click();
    await expect(page.getByText(new RegExp(`^${community}，`))).toBeVisible();
    await expect(months.locator('tbody tr')).toHaveCount(12);
    await screen(page, 'trend-community');
  });
});
