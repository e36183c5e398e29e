import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const EMPLOYER = '江滨家政服务中心（测试）';
const COMPLAINT_A = '测试投诉甲：反映社区介绍的家政岗位已招满仍在公示';
const COMPLAINT_B = '测试投诉乙：反映社区未及时回访';

/** Opens the app on the demo street (loading it when the street is not set up yet: each test may get a fresh server). */
async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const load = page.getByRole('button', { name: '载入演示数据' });
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(load.or(nav)).toBeVisible({ timeout: 60_000 });
  if (await load.isVisible()) await load.click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
}

/** Another clerk's write, straight through the API as a second window would send it. */
async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

test.describe('用工单位与投诉', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('an employer paired with a community, a vacancy, a match referred', async ({ page }) => {
    await openDemo(page, await server.launchUrl());

    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { name: '用工单位' })).toBeVisible();

    // A new employer: the name is required, 结对 date needs a community.
    await page.getByRole('button', { name: /新增用工单位/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('请填写单位名称')).toBeVisible();
    await dialog.getByLabel('单位名称').fill(EMPLOYER);
    await dialog.getByLabel('联系人及电话').fill('陈主任 0511-85012345');
    await dialog.getByRole('textbox', { name: '结对日期' }).fill('2025-03-01');
    await dialog.getByRole('textbox', { name: '结对日期' }).press('Tab');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('填写结对日期时须选择结对社区')).toBeVisible();
    await dialog.getByRole('combobox', { name: '结对社区' }).click();
    const community = (await page.getByRole('option').first().innerText()).trim();
    await page.getByRole('option').first().click();
    await page.screenshot({ path: 'test-results/screens/employers-form.png' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();

    // The employer page; a vacancy with its flags.
    await expect(page.getByRole('heading', { name: EMPLOYER })).toBeVisible();
    await expect(page.getByText('结对社区：')).toContainText(community);
    await expect(page.getByText('结对社区：')).toContainText('2025年3月1日起');
    await page.keyboard.press('Alt+N');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('请填写岗位名称')).toBeVisible();
    await dialog.getByLabel('岗位名称').fill('家政服务员');
    await dialog.getByLabel('招聘人数').fill('3');
    await dialog.getByLabel('技能要求').fill('家政、育婴、烹饪');
    await dialog.getByLabel('工资（元/月）').fill('3200');
    await dialog.getByLabel('社区开发的岗位').check();
    await page.screenshot({ path: 'test-results/screens/employers-vacancy-form.png' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const vacancies = page.getByRole('table', { name: '岗位列表' });
    const row = vacancies.getByRole('row', { name: /家政服务员/ });
    await expect(row).toContainText('3,200 元');
    await expect(row).toContainText('社区开发');
    await expect(row).toContainText('在招');
    await expect(row).toContainText(community);
    await expect(page.getByText(/在招岗位 1 个（3 人）/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/employers-employer.png', fullPage: true });

    // The vacancy page: matching suggestions, masked ID numbers, 介绍.
    await row.getByRole('link', { name: '家政服务员' }).click();
    await expect(page.getByRole('heading', { name: '家政服务员' })).toBeVisible();
    const matches = page.getByRole('table', { name: '匹配推荐' });
    const first = matches.locator('tbody tr').first();
    await expect(first).toBeVisible();
    await expect(first).toContainText(/\d{6}\*{8}[\dX]{4}/);
    const name = (await first.getByRole('link').first().innerText()).trim();
    expect(await first.getByRole('link').first().getAttribute('href')).toMatch(/^#\/person\/\d+$/);
    await page.screenshot({ path: 'test-results/screens/employers-vacancy.png', fullPage: true });
    await first.getByRole('button', { name: `介绍${name}` }).click();
    await dialog.getByLabel('经办人').fill('');
    await dialog.getByRole('button', { name: '记录介绍' }).click();
    await expect(dialog.getByText('请填写经办人')).toBeVisible();
    await dialog.getByLabel('经办人').fill('王芳');
    await page.screenshot({ path: 'test-results/screens/employers-refer.png' });
    await dialog.getByRole('button', { name: '记录介绍' }).click();
    await expect(dialog).toBeHidden();
    const referred = page.getByRole('table', { name: '已介绍人员' });
    await expect(referred.getByRole('row', { name: new RegExp(name) })).toContainText('待定');
    await expect(referred.getByRole('row', { name: new RegExp(name) })).toContainText('王芳');
    await expect(matches.getByRole('row', { name: new RegExp(name) }).first()).toContainText('已介绍（待定）');
    await page.screenshot({ path: 'test-results/screens/employers-referred.png', fullPage: true });

    // The clerk is remembered for the next referral.
    const second = matches.locator('tbody tr').filter({ has: page.getByRole('button', { name: /^介绍/ }) }).first();
    if ((await second.count()) > 0) {
      await second.getByRole('button', { name: /^介绍/ }).click();
      await expect(dialog.getByLabel('经办人')).toHaveValue('王芳');
      await dialog.getByRole('button', { name: '取消' }).click();
    }

    // The name opens the person page.
    await referred.getByRole('link', { name }).first().click();
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();

    // Back to the list: the employer with its 结对 community and open vacancy; the filter.
    await page.keyboard.press('Alt+6');
    const list = page.getByRole('table', { name: '用工单位列表' });
    await page.getByLabel('筛选用工单位').fill('家政服务中心');
    await expect(list.locator('tbody tr')).toHaveCount(1);
    await expect(list.locator('tbody tr').first()).toContainText(community);
    await expect(list.locator('tbody tr').first()).toContainText('2025年3月1日');
    await page.getByLabel('只看有在招岗位的单位').check();
    await expect(list.locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screens/employers-list.png' });
  });

  test('complaints: record, judge invalid with a reason, resolve, a stale save', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    await page.keyboard.press('Alt+7');
    await expect(page.getByRole('heading', { name: '投诉' })).toBeVisible();
    const dialog = page.getByRole('dialog');

    // Record two complaints against one community; the content is required.
    for (const content of [COMPLAINT_A, COMPLAINT_B]) {
      await page.getByRole('button', { name: /登记投诉/ }).click();
      await dialog.getByRole('button', { name: '登记' }).click();
      await expect(dialog.getByText('请填写投诉内容')).toBeVisible();
      await expect(dialog.getByText('请选择被投诉的社区')).toBeVisible();
      await dialog.getByRole('combobox', { name: '被投诉社区' }).click();
      await page.getByRole('option').first().click();
      await dialog.getByLabel('投诉内容').fill(content);
      if (content === COMPLAINT_A) await page.screenshot({ path: 'test-results/screens/complaints-record.png' });
      await dialog.getByRole('button', { name: '登记' }).click();
      await expect(dialog).toBeHidden();
    }
    const community = (await page.getByRole('row', { name: new RegExp(COMPLAINT_A) }).getByRole('cell').nth(1).innerText()).trim();

    // Filter: that community, not yet judged, not resolved.
    await page.getByRole('combobox', { name: '社区' }).click();
    await page.getByRole('option', { name: community, exact: true }).click();
    await page.getByRole('combobox', { name: '有效性' }).click();
    await page.getByRole('option', { name: '未认定' }).click();
    await page.getByRole('combobox', { name: '办理状态' }).click();
    await page.getByRole('option', { name: '未办结' }).click();
    const table = page.getByRole('table', { name: '投诉列表' });
    const rowA = table.getByRole('row', { name: new RegExp(COMPLAINT_A) });
    const rowB = table.getByRole('row', { name: new RegExp(COMPLAINT_B) });
    await expect(rowA).toBeVisible();
    await expect(rowB).toBeVisible();
    for (const r of await table.locator('tbody tr').all()) await expect(r).toContainText(community);

    // Judge A invalid with a reason (the reason is required).
    await page.getByRole('combobox', { name: '有效性' }).click();
    await page.getByRole('option', { name: '全部' }).click();
    await rowA.getByRole('button', { name: '认定' }).click();
    await dialog.getByText('无效', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存认定' }).click();
    await expect(dialog.getByText('请填写认定理由')).toBeVisible();
    await dialog.getByLabel('认定理由').fill('经核实，该岗位当日仍在招聘，反映不属实');
    // The judgement date defaults to today and may not precede the complaint's date.
    const judgedOn = dialog.getByRole('textbox', { name: '认定日期' });
    await expect(judgedOn).toHaveValue(/\d{4}年\d{1,2}月\d{1,2}日/);
    await judgedOn.fill('2000-01-01');
    await judgedOn.press('Tab');
    await dialog.getByRole('button', { name: '保存认定' }).click();
    await expect(dialog.getByText(/认定日期不能早于投诉日期/)).toBeVisible();
    const recordedOn = await callApi<{ content: string; date: string }[]>(page, 'complaints.list', {});
    const dayA = recordedOn.find((c) => c.content === COMPLAINT_A)?.date ?? '';
    await judgedOn.fill(dayA);
    await judgedOn.press('Tab');
    await page.screenshot({ path: 'test-results/screens/complaints-judge.png' });
    await dialog.getByRole('button', { name: '保存认定' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowA).toContainText('无效');
    await expect(rowA).toContainText('反映不属实');
    await expect(rowA).toContainText(/\d{4}年\d{1,2}月\d{1,2}日认定/);

    // Resolve B with a date and a result.
    await rowB.getByRole('button', { name: '办结' }).click();
    await dialog.getByRole('button', { name: '办结' }).click();
    await expect(dialog.getByText('请填写处理结果')).toBeVisible();
    await dialog.getByLabel('处理结果').fill('已安排社区工作人员上门回访并电话答复');
    await dialog.getByLabel('处理结果').press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(rowB).toHaveCount(0);
    await page.getByRole('combobox', { name: '办理状态' }).click();
    await page.getByRole('option', { name: '已办结' }).click();
    await expect(rowB).toContainText('已安排社区工作人员上门回访');
    await expect(rowB).toContainText(/已于 \d{4}年\d{1,2}月\d{1,2}日办结/);
    await expect(rowB.getByRole('button', { name: '认定' })).toHaveCount(0);
    await page.getByRole('combobox', { name: '办理状态' }).click();
    await page.getByRole('option', { name: '全部' }).click();
    await page.screenshot({ path: 'test-results/screens/complaints-list.png', fullPage: true });

    // A second clerk changes A while this one has it open: the stale save is refused with 刷新.
    await rowA.getByRole('button', { name: '认定' }).click();
    await dialog.getByText('有效', { exact: true }).click();
    await dialog.getByLabel('认定理由').fill('复核：反映属实');
    const all = await callApi<{ id: number; content: string; date: string; version: number }[]>(page, 'complaints.list', {});
    const a = all.find((c) => c.content === COMPLAINT_A);
    if (!a) throw new Error('complaint A not found');
    await callApi(page, 'complaints.judge', { id: a.id, version: a.version, valid: false, reason: '另一位经办人：不属实，已说明', judgedOn: a.date });
    await dialog.getByRole('button', { name: '保存认定' }).click();
    await expect(dialog.getByText('数据已被他人修改')).toBeVisible();
    await expect(dialog.getByText(/该投诉已被他人修改/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/complaints-conflict.png' });
    await dialog.getByRole('button', { name: '刷新' }).click();
    await dialog.getByRole('button', { name: '保存认定' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowA).toContainText('有效');
    await expect(rowA).toContainText('复核：反映属实');
  });
});
