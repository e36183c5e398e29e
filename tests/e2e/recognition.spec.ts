import { expect, test } from './support/test';
import type { Locator, Page } from './support/test';
import { addDays, formatChineseDate } from '../../shared/domain/dates';
import { makeIdNumber } from '../../shared/domain/id-number';
import { startDeskServer } from './support/desk-server';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';

const ZHOU = { name: '周桂兰', idNumber: makeIdNumber('321102', '1974-08-09', 464) };

const shot = (target: Page | Locator, name: string) => target.screenshot({ path: `test-results/screens/recognition-${name}.png` });

/** `YYYY-MM-DD`, `days` from the pinned today (E2E_TODAY). */
function day(days: number): string {
  return addDays(E2E_TODAY, days);
}

/** Test setup through the same API the page uses (browser mode, with the page's session cookie). */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`./api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${m}: ${result.error?.message}`);
      return result.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

async function typeDate(dialog: Locator, label: string, iso: string): Promise<void> {
  const field = dialog.getByRole('textbox', { name: label });
  await field.fill(iso);
  // Blur by clicking the title (Tab would open the next field's suggestions over the buttons).
  await dialog.getByRole('heading').first().click();
}

test.describe('就业困难认定与一人一策', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('apply → recognise → agreement with two measures → one done → follow-up → exit', async ({ page }) => {
    await setupStreet(page, await server.launchUrl());
    const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
    const household = await api<{ id: number }>(page, 'households.create', {
      communityId: community.id,
      number: '0201',
      address: '金山路 2 号',
      urban: true,
      dibao: true,
      businessIncome: false,
    });
    const person = await api<{ id: number }>(page, 'persons.create', {
      householdId: household.id,
      idNumber: ZHOU.idNumber,
      name: ZHOU.name,
      relation: 'head',
      workAbility: 'full',
      isStudent: false,
      isRetired: false,
      migrantWorker: false,
      veteran: false,
      skills: '家政',
    });
    await page.goto(`${server.url}#/person/${person.id}`);
    await expect(page.getByRole('heading', { name: ZHOU.name })).toBeVisible();
    const section = page.locator('[aria-label="就业困难认定"]');
    await expect(section.getByText('尚未申请就业困难人员认定')).toBeVisible();

    // 申请认定: a missing category is refused on its field; then the 五清 items.
    await section.getByRole('button', { name: '申请认定' }).click();
    let dialog = page.getByRole('dialog', { name: `申请就业困难人员认定：${ZHOU.name}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('职业技能说明')).toHaveValue('家政');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expect(dialog.getByText('请选择认定类别')).toBeVisible();
    await dialog.getByRole('combobox', { name: '认定类别' }).click();
    await page.getByRole('option', { name: '4050 人员', exact: true }).click();
    await typeDate(dialog, '申请日期', day(-40));
    await dialog.getByLabel('特别困难（认定后须在 72 小时内兑现即时就业承诺）').check();
    await dialog.getByLabel('择业愿望说明').fill('保洁、家政，期望月薪 2500 元');
    await dialog.getByLabel('择业愿望已清').check();
    await dialog.getByLabel('家庭情况说明').fill('低保户，丈夫患病');
    await dialog.getByLabel('家庭情况已清').check();
    await dialog.getByLabel('就业状况说明').fill('2023 年起失业');
    await dialog.getByLabel('就业状况已清').check();
    await dialog.getByLabel('享受政策情况说明').fill('社保补贴待核');
    await shot(page, 'apply');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText('已申请待审核')).toBeVisible();
    await expect(section.getByText('享受政策情况：未清')).toBeVisible();
    await expect(section.getByRole('button', { name: '申请认定' })).toBeDisabled();

    // 审核: 不予认定 needs its reason; 认定 with the reviewer and the date.
    await section.getByRole('button', { name: '审核', exact: true }).click();
    dialog = page.getByRole('dialog', { name: `审核就业困难人员认定：${ZHOU.name}` });
    await dialog.getByText('不予认定').click();
    await typeDate(dialog, '审核日期', day(-38));
    await dialog.getByLabel('审核人').fill('张科长');
    await dialog.getByRole('button', { name: '保存审核结论' }).click();
    await expect(dialog.getByText('不予认定时须填写理由')).toBeVisible();
    await shot(page, 'review-refusal-reason');
    await dialog.getByText('认定', { exact: true }).click();
    await typeDate(dialog, '审核日期', day(-45));
    await dialog.getByRole('button', { name: '保存审核结论' }).click();
    await expect(dialog.getByText(/审核日期不能早于申请日期/)).toBeVisible();
    await typeDate(dialog, '审核日期', day(-38));
    await dialog.getByLabel('审核意见').fill('经入户核查属实');
    await dialog.getByRole('button', { name: '保存审核结论' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText('已认定', { exact: true })).toBeVisible();
    await expect(section.getByText(/72 小时即时就业承诺：应于/)).toBeVisible();

    // 签订一人一策援助协议.
    await section.getByRole('button', { name: '签订一人一策援助协议' }).click();
    dialog = page.getByRole('dialog', { name: `签订一人一策援助协议：${ZHOU.name}` });
    await typeDate(dialog, '签订日期', day(-36));
    await dialog.getByLabel('经办人').fill('李明');
    await dialog.getByLabel('援助目标').fill('两个月内实现家政岗位就业');
    await dialog.getByRole('button', { name: '签订协议' }).click();
    await expect(dialog).toBeHidden();
    const card = section.locator('[aria-label="一人一策"]');
    await expect(card.getByText('执行中')).toBeVisible();
    await expect(card.getByText('目标：两个月内实现家政岗位就业')).toBeVisible();

    // Two measures: one planned in the past (overdue), one ahead.
    await card.getByRole('button', { name: '添加措施' }).click();
    dialog = page.getByRole('dialog', { name: '添加援助措施' });
    await dialog.getByRole('combobox', { name: '措施类别' }).click();
    await page.getByRole('option', { name: '职业培训', exact: true }).click();
    await dialog.getByLabel('措施内容').fill('参加家政服务员培训');
    await typeDate(dialog, '计划完成日期', day(-10));
    await dialog.getByRole('button', { name: '添加' }).click();
    await expect(dialog).toBeHidden();
    await card.getByRole('button', { name: '添加措施' }).click();
    dialog = page.getByRole('dialog', { name: '添加援助措施' });
    await dialog.getByRole('combobox', { name: '措施类别' }).click();
    await page.getByRole('option', { name: '72小时即时就业承诺', exact: true }).click();
    await dialog.getByLabel('措施内容').fill('推荐至金山物业保洁岗位');
    await typeDate(dialog, '计划完成日期', day(20));
    await dialog.getByRole('button', { name: '添加' }).click();
    await expect(dialog).toBeHidden();
    const measures = card.getByRole('table', { name: '援助措施' });
    await expect(measures.locator('tbody tr')).toHaveCount(2);
    await expect(measures.locator('tbody tr').first()).toContainText('逾期未完成');
    await expect(measures.locator('tbody tr').first()).toHaveAttribute('data-overdue', 'true');
    await expect(card.getByText('1 项措施逾期')).toBeVisible();
    await shot(section, 'agreement');

    // Mark the second one done.
    await measures.getByRole('button', { name: '标记完成：推荐至金山物业保洁岗位' }).click();
    dialog = page.getByRole('dialog', { name: '登记措施完成' });
    await typeDate(dialog, '完成日期', day(-3));
    await dialog.getByRole('button', { name: '标记完成' }).click();
    await expect(dialog).toBeHidden();
    await expect(measures.locator('tbody tr').nth(1)).toContainText(`${formatChineseDate(day(-3))}完成`);
    await expect(measures.locator('tbody tr').first()).toContainText('逾期未完成');
    await expect(section.getByText(/已于.*兑现/)).toBeVisible();

    // A follow-up visit.
    await card.getByRole('button', { name: '登记回访' }).click();
    dialog = page.getByRole('dialog', { name: `跟踪回访：${ZHOU.name}` });
    await expect(dialog.getByLabel('经办人')).toHaveValue('李明');
    await typeDate(dialog, '回访日期', day(-2));
    await dialog.getByLabel('回访内容').fill('上门回访，已到岗试工');
    await dialog.getByLabel('回访结果').fill('继续跟踪');
    await dialog.getByRole('button', { name: '保存回访' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByRole('table', { name: '跟踪回访' })).toContainText('上门回访，已到岗试工');
    await expect(page.getByRole('table', { name: '服务记录' })).toContainText('跟踪回访');
    await shot(section, 'follow-up');

    // 退出认定: before the follow-up is refused on the field; the agreement ends with it.
    await section.getByRole('button', { name: '退出认定' }).click();
    dialog = page.getByRole('dialog', { name: `退出就业困难人员认定：${ZHOU.name}` });
    await expect(dialog.getByText(/援助协议将于退出日期同时终止/)).toBeVisible();
    await typeDate(dialog, '退出日期', day(-4));
    await dialog.getByLabel('退出原因').fill('已实现');
    await page.getByRole('option', { name: '已实现就业' }).click();
    await dialog.getByRole('button', { name: '确认退出' }).click();
    await expect(dialog.getByText(/退出日期不能早于/)).toBeVisible();
    await typeDate(dialog, '退出日期', day(-2));
    await dialog.getByRole('button', { name: '确认退出' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText('已退出')).toBeVisible();
    await expect(card.getByText('已终止')).toBeVisible();
    await expect(card.getByText(/就业困难人员认定退出：已实现就业/)).toBeVisible();
    await expect(measures.locator('tbody tr[data-overdue]')).toHaveCount(0);
    await expect(section.getByRole('button', { name: '申请认定' })).toBeEnabled();

    const timeline = page.getByLabel('时间线');
    await expect(timeline).toContainText('退出就业困难人员认定（4050 人员）');
    await expect(timeline).toContainText('终止一人一策援助协议');
    await expect(timeline).toContainText('签订一人一策援助协议：两个月内实现家政岗位就业');
    await expect(timeline).toContainText('认定为就业困难人员（4050 人员）');
    await shot(section, 'exited');
    await timeline.scrollIntoViewIfNeeded();
    await shot(page, 'timeline');
  });
});
