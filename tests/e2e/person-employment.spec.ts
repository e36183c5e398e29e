import { expect, test } from './support/test';
import type { Page } from './support/test';
import { makeIdNumber } from '../../shared/domain/id-number';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { openOptions } from './support/open-options';

const NAME = '司马春燕';
const ID_NUMBER = makeIdNumber('110101', '1988-04-12', 672);
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/person-employment-${name}.png`, fullPage: true });

/** Calls the API as the page does (same session cookie), for what another part of the page records (refused referrals). */
async function api(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message ?? method);
      return result.value;
    },
    { method, input },
  );
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe('人员页：就业与失业', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('register, a spell added and ended, an overlap refused, the wish, deemed no wish, 迁出', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });

    // A new member of a demo household: nothing recorded yet.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: '人员与家庭' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '社区' })).toHaveValue(/\S/);
    await (await openOptions(page, page.getByRole('combobox', { name: '社区' }))).nth(1).click();
    const rows = page.getByRole('table', { name: '户列表' }).locator('[role="rowgroup"] [role="row"]');
    await expect(rows.first()).toContainText(/\d/);
    await rows.first().click();
    await expect(page.getByRole('heading', { name: /^户 / })).toBeVisible();
    await page.getByRole('button', { name: '添加成员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '身份证号码', exact: true }).fill(ID_NUMBER);
    await expect(dialog.getByText('校验通过')).toBeVisible();
    await dialog.getByRole('textbox', { name: '姓名', exact: true }).fill(NAME);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('table', { name: '成员' }).getByRole('link', { name: NAME }).click();
    await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
    const section = page.getByLabel('就业与失业');
    await expect(section.getByText('目前没有在岗就业')).toBeVisible();
    await expect(section.getByText('未登记失业')).toBeVisible();
    await expect(section.getByText('未记录就业意愿')).toBeVisible();
    const timeline = page.getByLabel('时间线');

    // A wish with no reason is refused on its field; then 料理家务 (Y opens the dialog).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('y');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radiogroup', { name: '有无就业意愿' }).getByText('无就业意愿').click();
    await dialog.getByRole('textbox', { name: '记录日期' }).fill('2024-02-01');
    await dialog.getByRole('textbox', { name: '记录日期' }).press('Enter');
    await expect(dialog.getByText('无就业意愿时须选择原因')).toBeVisible();
    await page.keyboard.press('Tab');
    await pick(page, '无就业意愿原因', '料理家务');
    await expect(dialog.getByText('无就业意愿时须选择原因')).toBeHidden();
    await shot(page, 'wish');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByLabel('就业意愿')).toContainText('无就业意愿');
    await expect(section.getByLabel('就业意愿')).toContainText('原因：料理家务');
    await expect(timeline).toContainText('登记就业意愿：无');

    // 失业登记: a future date is refused on the field; then saved with Enter; the timeline shows it.
    await section.getByRole('button', { name: '失业登记' }).click();
    await pick(page, '登记原因', '失业');
    const registeredOn = dialog.getByRole('textbox', { name: '登记日期' });
    await registeredOn.fill('2099-01-01');
    await registeredOn.press('Enter');
    await expect(dialog.getByText(/登记日期不能晚于今天/)).toBeVisible();
    await registeredOn.fill('2024-03-05');
    await registeredOn.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(section.getByLabel('失业登记情况')).toContainText('2024年3月5日登记');
    await expect(timeline).toContainText('失业登记');
    await expect(timeline).toContainText('原因：失业');
    await expect(section.getByRole('button', { name: '失业登记' })).toBeDisabled();

    // The wish again (has one), so that refusals can count from it.
    await section.getByRole('button', { name: '就业意愿' }).click();
    await dialog.getByRole('radiogroup', { name: '有无就业意愿' }).getByText('有就业意愿', { exact: true }).click();
    await dialog.getByRole('textbox', { name: '记录日期' }).fill('2024-03-05');
    await dialog.getByRole('textbox', { name: '记录日期' }).press('Tab');
    await dialog.getByRole('textbox', { name: '意愿工种' }).fill('保洁');
    await dialog.getByRole('textbox', { name: '意愿工种' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(section.getByLabel('就业意愿')).toContainText('意愿工种：保洁');

    // 新增就业 (J): an open spell from 2024-06-01, while still registered (the dialog says so).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect(dialog.getByText(/尚未注销/)).toBeVisible();
    await pick(page, '就业形式', '单位就业');
    await dialog.getByRole('textbox', { name: '开始日期' }).fill('2024-06-01');
    await dialog.getByRole('textbox', { name: '开始日期' }).press('Tab');
    await dialog.getByRole('textbox', { name: '工作单位' }).fill('金山物业有限公司');
    await dialog.getByRole('textbox', { name: '岗位' }).fill('保洁员');
    await dialog.getByRole('radiogroup', { name: '签订劳动合同' }).getByText('是', { exact: true }).click();
    await shot(page, 'add-spell');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const spellCard = section.getByLabel('当前就业');
    await expect(spellCard).toContainText('单位就业 · 金山物业有限公司 · 保洁员');
    await expect(spellCard).toContainText('2024年6月1日起');
    await expect(section.getByText(/既有在岗就业，又有未注销的失业登记/)).toBeVisible();
    await expect(timeline).toContainText('开始就业（单位就业）');

    // 结束就业: before the start is refused on the field, then 2024-12-31.
    await spellCard.getByRole('button', { name: /结束就业/ }).click();
    const endDate = dialog.getByRole('textbox', { name: '结束日期' });
    await endDate.fill('2024-05-31');
    await endDate.press('Enter');
    await expect(dialog.getByText('结束日期不能早于开始日期（2024年6月1日）')).toBeVisible();
    await endDate.fill('2024-12-31');
    await endDate.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(spellCard).toContainText('目前没有在岗就业');
    await expect(spellCard).toContainText('上一段：单位就业 · 金山物业有限公司 · 保洁员，2024年6月1日至2024年12月31日');
    await expect(timeline).toContainText('结束就业（单位就业）');

    // An overlapping spell: refused by the service, shown on 开始日期; Esc closes the dialog.
    await section.getByRole('button', { name: '新增就业' }).click();
    await pick(page, '就业形式', '灵活就业');
    await dialog.getByRole('textbox', { name: '开始日期' }).fill('2024-10-01');
    await dialog.getByRole('textbox', { name: '结束日期' }).fill('2024-11-30');
    await dialog.getByRole('textbox', { name: '结束日期' }).press('Enter');
    await expect(dialog.getByText(/与已有的就业记录（单位就业 2024-06-01 至 2024-12-31）时间重叠/)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: '开始日期' })).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'overlap');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // 注销登记.
    await section.getByLabel('失业登记情况').getByRole('button', { name: '注销登记' }).click();
    await dialog.getByLabel('注销原因').fill('已就业');
    await dialog.getByRole('textbox', { name: '注销日期' }).fill('2024-06-01');
    await dialog.getByRole('textbox', { name: '注销日期' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(section.getByLabel('失业登记情况')).toContainText('未登记失业');
    await expect(timeline).toContainText('注销失业登记');

    // Two refused referrals since the wish: the suggestion, never recorded until confirmed.
    const personId = Number(/#\/person\/(\d+)/.exec(page.url())?.[1]);
    for (const date of ['2025-03-10', '2025-04-15']) {
      await api(page, 'services.record', { subject: { personId }, date, kind: 'referral', clerk: '李红', content: `介绍到超市理货员岗位`, referralResult: 'refused' });
    }
    await page.reload();
    const suggestion = page.getByRole('alert', { name: '建议：视为无就业意愿' });
    await expect(suggestion).toContainText('已 2 次拒绝职业介绍');
    await expect(suggestion.getByRole('table')).toContainText('2025年4月15日');
    await expect(suggestion.getByRole('table')).toContainText('李红');
    await expect(section.getByLabel('就业意愿')).toContainText('有就业意愿');
    await shot(page, 'deemed');
    await suggestion.getByRole('button', { name: '确认视为无就业意愿' }).click();
    await expect(dialog.getByRole('table', { name: '拒绝的职业介绍' })).toContainText('超市理货员');
    await dialog.getByRole('button', { name: '确认视为无就业意愿' }).click();
    await expect(dialog).toBeHidden();
    await expect(suggestion).toBeHidden();
    await expect(section.getByLabel('就业意愿')).toContainText('视为无意愿');
    await expect(timeline).toContainText('原因：两次拒绝介绍视为无意愿');
    await shot(page, 'section');

    // 迁出: nothing new can be recorded, and the page says why.
    await page.getByRole('button', { name: '迁出', exact: true }).click();
    await dialog.getByLabel('迁出原因').fill('迁往外地居住');
    await dialog.getByLabel('迁出原因').press('Enter');
    await expect(dialog).toBeHidden();
    for (const name of ['新增就业', '失业登记', '就业意愿']) await expect(section.getByRole('button', { name })).toBeDisabled();
    await expect(section.getByText(/不能再新增就业、失业登记或就业意愿/)).toBeVisible();
    await shot(page, 'archived');
  });
});
