import { expect, test } from './support/test';
import type { Page } from './support/test';
import { makeIdNumber } from '../../shared/domain/id-number';
import { startDeskServer } from './support/desk-server';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';

const WANG = { name: '王建国', idNumber: makeIdNumber('321102', '1982-04-16', 131) };
const LI = { name: '李秀英', idNumber: makeIdNumber('321102', '1979-10-03', 242) };
const ZHAO = { name: '赵小军', idNumber: makeIdNumber('321102', '1995-01-22', 353) };
const BAD_CHECKSUM = `${LI.idNumber.slice(0, 17)}${LI.idNumber.endsWith('1') ? '2' : '1'}`;

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

interface Street {
  householdId: number;
  householdNumber: string;
  personIds: Record<'wang' | 'li' | 'zhao', number>;
}

async function seed(page: Page): Promise<Street> {
  const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
  const household = await api<{ id: number; number: string }>(page, 'households.create', {
    communityId: community.id, number: '0101', address: '金山路 1 号', urban: true, dibao: false, businessIncome: false,
  });
  const person = async (p: { name: string; idNumber: string }, relation: string) =>
    (await api<{ id: number }>(page, 'persons.create', {
      householdId: household.id, idNumber: p.idNumber, name: p.name, relation, workAbility: 'full',
      isStudent: false, isRetired: false, migrantWorker: false, veteran: false,
    })).id;
  const personIds = { wang: await person(WANG, 'head'), li: await person(LI, 'spouse'), zhao: await person(ZHAO, 'child') };
  const employer = await api<{ id: number }>(page, 'employers.create', { name: '金山物业有限公司' });
  await api(page, 'vacancies.create', {
    employerId: employer.id, title: '保洁员', posts: 3, wage: 2600, openedOn: '2025-01-02', publicWelfare: false, developedByCommunity: true,
  });
  return { householdId: household.id, householdNumber: household.number, personIds };
}

test.describe('服务记录', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('quick entry by keyboard, a referral hired later with its spell, and a job fair for three', async ({ page }) => {
    await setupStreet(page, await server.launchUrl());
    const street = await seed(page);

    // Guidance in a few keystrokes: S, type the kind's initials, Enter, the content, the clerk, Enter.
    await page.goto(`${server.url}#/person/${street.personIds.wang}`);
    await expect(page.getByRole('heading', { name: WANG.name })).toBeVisible();
    await expect(page.getByText('还没有服务记录')).toBeVisible();
    await page.keyboard.press('s');
    const entry = page.getByRole('dialog', { name: `记录服务：${WANG.name}` });
    await expect(entry).toBeVisible();
    // Keys typed before the dialog has focused its first field would be lost: wait for the focus, as a clerk's eyes do.
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyzd');
    await expect(page.getByRole('option', { name: '职业指导' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toHaveValue('职业指导');
    await page.keyboard.press('Tab');
    await page.keyboard.type('讲解求职技巧，推荐本月招聘会');
    await page.keyboard.press('Tab');
    await page.keyboard.type('有意向参加');
    // Saving without a clerk: the field says so (the date is today already).
    await page.keyboard.press('Enter');
    await expect(entry.getByText('请填写经办人')).toBeVisible();
    await expect(entry.getByRole('textbox', { name: '经办人' })).toBeFocused();
    await page.keyboard.type('李红');
    await page.screenshot({ path: 'test-results/screens/services-quick-entry.png' });
    await page.keyboard.press('Enter');
    await expect(entry).toBeHidden();
    const table = page.getByRole('table', { name: '服务记录' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr').first()).toContainText('职业指导');
    await expect(table.locator('tbody tr').first()).toContainText('讲解求职技巧');
    await expect(page.getByLabel('时间线')).toContainText('职业指导');

    // Training without its course and hours: both fields say so, and nothing is saved.
    await page.keyboard.press('s');
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('px');
    await expect(page.getByRole('option', { name: '培训', exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toHaveValue('培训');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('育婴员培训');
    await entry.getByRole('textbox', { name: '服务内容' }).press('Enter');
    await expect(entry.getByText('请填写培训项目')).toBeVisible();
    await expect(entry.getByText('请填写学时（数字）')).toBeVisible();
    await expect(entry.getByRole('textbox', { name: '培训项目' })).toBeFocused();
    await page.screenshot({ path: 'test-results/screens/services-training-missing.png' });
    await page.keyboard.press('Escape');
    await expect(entry).toBeHidden();
    await expect(table.locator('tbody tr')).toHaveCount(1);

    // A referral to the vacancy with result 待定; the clerk is remembered.
    await page.keyboard.press('s');
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyjs');
    await expect(page.getByRole('option', { name: '职业介绍' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toHaveValue('职业介绍');
    await expect(entry.getByRole('textbox', { name: '经办人' })).toHaveValue('李红');
    await expect(entry.getByRole('radio', { name: '待定' })).toBeChecked();
    await entry.getByRole('combobox', { name: '介绍岗位' }).fill('保洁');
    await page.getByRole('option', { name: /保洁员/ }).click();
    await expect(entry.getByRole('combobox', { name: '介绍岗位' })).toHaveValue('保洁员 · 金山物业有限公司');
    // A future date is refused on the field.
    const dateField = entry.getByRole('textbox', { name: '服务日期' });
    await dateField.fill('2099-01-01');
    await dateField.press('Tab');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('推荐到金山物业面试保洁员');
    await entry.getByRole('textbox', { name: '服务内容' }).press('Enter');
    await expect(entry.getByText(/服务日期不能晚于今天/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/services-referral-bad-date.png' });
    await dateField.fill(E2E_TODAY);
    await dateField.press('Tab');
    await page.screenshot({ path: 'test-results/screens/services-referral.png' });
    await entry.getByRole('button', { name: '保存' }).click();
    await expect(entry).toBeHidden();
    const referralRow = table.locator('tbody tr').filter({ hasText: '职业介绍' });
    await expect(referralRow).toContainText('保洁员');
    await expect(referralRow).toContainText('待定');

    // Later: 更新结果 → 录用, and the suggested spell is confirmed.
    await referralRow.getByRole('button', { name: '更新结果' }).click();
    const decide = page.getByRole('dialog', { name: `更新介绍结果：${WANG.name}` });
    await decide.getByRole('radio', { name: '录用' }).check();
    await decide.getByRole('button', { name: '保存结果' }).click();
    const spell = page.getByRole('dialog', { name: '录用：为该人员开始一段就业？' });
    await expect(spell).toBeVisible();
    await expect(spell.getByRole('textbox', { name: '工作单位' })).toHaveValue('金山物业有限公司');
    await expect(spell.getByRole('textbox', { name: '岗位' })).toHaveValue('保洁员');
    await page.screenshot({ path: 'test-results/screens/services-suggested-spell.png' });
    await spell.getByRole('button', { name: '开始就业' }).click();
    await expect(spell).toBeHidden();
    await expect(referralRow).toContainText('录用');
    await expect(referralRow.getByRole('button', { name: '更新结果' })).toHaveCount(0);
    await expect(page.getByLabel('时间线')).toContainText('开始就业（单位就业）');
    await expect(page.getByLabel('时间线')).toContainText('金山物业有限公司');
    await page.screenshot({ path: 'test-results/screens/services-person.png', fullPage: true });

    // The household page: the same entry for the household as a whole.
    await page.goto(`${server.url}#/household/${street.householdId}`);
    await expect(page.getByRole('heading', { name: `户 ${street.householdNumber}` })).toBeVisible();
    await page.getByRole('button', { name: '为本户记录服务' }).click();
    const householdEntry = page.getByRole('dialog', { name: `为本户记录服务：户 ${street.householdNumber}` });
    await expect(householdEntry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('回访');
    await expect(page.getByRole('option', { name: '跟踪回访' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(householdEntry.getByRole('combobox', { name: '服务类型' })).toHaveValue('跟踪回访');
    await householdEntry.getByRole('textbox', { name: '服务内容' }).fill('上门走访，了解家庭就业情况');
    await page.screenshot({ path: 'test-results/screens/services-household.png' });
    await householdEntry.getByRole('textbox', { name: '服务内容' }).press('Enter');
    await expect(householdEntry).toBeHidden();
    await expect(page.getByText(`已记录跟踪回访：户 ${street.householdNumber}`)).toBeVisible();
    await expect(page.getByRole('table', { name: '服务记录' })).toContainText('上门走访，了解家庭就业情况');

    // 服务活动 (Alt+5): a job fair for three — two pasted (one line invalid, named), one found by search.
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { name: '服务活动' })).toBeVisible();
    await page.getByRole('textbox', { name: '经办人' }).fill('李红');
    await page.getByRole('textbox', { name: '活动内容' }).fill('2026 年春季招聘会');
    await page.getByRole('textbox', { name: '粘贴身份证号码' }).fill([WANG.idNumber, BAD_CHECKSUM, '', LI.idNumber].join('\n'));
    await page.getByRole('button', { name: '核对并加入名单' }).click();
    const problems = page.getByRole('table', { name: '有问题的行' });
    await expect(problems).toContainText('第 2 行');
    await expect(problems).toContainText('身份证号码校验位错误');
    const attendees = page.getByRole('table', { name: '参加人员' });
    await expect(attendees.locator('tbody tr')).toHaveCount(2);
    await expect(attendees).toContainText(`${WANG.idNumber.slice(0, 6)}********${WANG.idNumber.slice(-4)}`);
    await expect(attendees).not.toContainText(WANG.idNumber);
    await expect(page.getByRole('button', { name: '登记 2 人' })).toBeDisabled();
    await page.screenshot({ path: 'test-results/screens/services-activity-problem.png', fullPage: true });
    await problems.getByRole('button', { name: '删除此行' }).click();
    await expect(problems).toBeHidden();
    const search = page.getByRole('textbox', { name: '查找并加入' });
    await search.fill(ZHAO.name);
    await expect(page.getByRole('option', { name: new RegExp(ZHAO.name) })).toBeVisible();
    await search.press('Enter');
    await expect(attendees.locator('tbody tr')).toHaveCount(3);
    await expect(search).toHaveValue('');
    await page.screenshot({ path: 'test-results/screens/services-activity.png', fullPage: true });
    await page.getByRole('button', { name: '登记 3 人' }).click();
    await expect(page.getByText('已为 3 人登记“2026 年春季招聘会”').first()).toBeVisible();
    await expect(attendees).toBeHidden();
    await page.screenshot({ path: 'test-results/screens/services-activity-done.png', fullPage: true });

    // An archived person: no quick entry (the button says why, S says why).
    const li = await api<{ version: number }>(page, 'persons.get', { id: street.personIds.li });
    await api(page, 'persons.archive', { id: street.personIds.li, version: li.version, date: '2026-01-05', reason: '户籍迁出' });
    await page.goto(`${server.url}#/person/${street.personIds.li}`);
    await expect(page.getByRole('heading', { name: LI.name })).toBeVisible();
    await expect(page.getByRole('button', { name: '记录服务' })).toBeDisabled();
    await page.keyboard.press('s');
    await expect(page.getByRole('alert').filter({ hasText: `${LI.name}已于2026年1月5日迁出，不能再登记服务` })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    for (const id of Object.values(street.personIds)) {
      const records = await api<{ kind: string; content: string | null }[]>(page, 'services.listForPerson', { personId: id });
      expect(records.filter((r) => r.kind === 'job_preparation' && r.content === '2026 年春季招聘会')).toHaveLength(1);
    }
  });
});
