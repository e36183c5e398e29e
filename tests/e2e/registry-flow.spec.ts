/**
 * Issue #5's day at the desk: a new household with three members, one of them registered unemployed, guidance and a
 * referral that is hired (confirmed as a spell) — the person's and the household's badges change — then search by
 * pinyin initials and a past date.
 */
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { makeIdNumber } from '../../shared/domain/id-number';
import { nameInitials } from '../../shared/domain/name-initials';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const NUMBER = 'E2E-0001';
const HEAD = { name: '司马长青', id: makeIdNumber('321102', '1958-03-02', 13) };
const SPOUSE = { name: '欧阳紫薇', id: makeIdNumber('321102', '1986-07-19', 24) };
const CHILD = { name: '司马小雨', id: makeIdNumber('321102', '2012-09-01', 36) };
const SCREENS = 'test-results/screens';

async function addMember(page: Page, member: { name: string; id: string }, relation: string | null) {
  await page.getByRole('button', { name: '添加成员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '身份证号码', exact: true }).fill(member.id);
  await expect(dialog.getByText('校验通过')).toBeVisible();
  await dialog.getByRole('textbox', { name: '姓名', exact: true }).fill(member.name);
  if (relation) {
    await dialog.getByRole('combobox', { name: '与户主关系' }).click();
    await page.getByRole('option', { name: relation, exact: true }).click();
  }
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '成员' }).getByRole('row', { name: new RegExp(member.name) })).toBeVisible();
}

test.describe('人员与家庭：一户人家的一天', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('new household, three members, unemployment, guidance, a hired referral, badges, search and a past date', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });

    // 新建户 (Alt+N) in the first community.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: '人员与家庭' })).toBeVisible();
    // Alt+N needs a community chosen; the list arrives just after the heading.
    await expect(page.getByRole('button', { name: /新建户/ })).toBeEnabled();
    await page.keyboard.press('Alt+N');
    const create = page.getByRole('dialog', { name: '新建户' });
    await create.getByRole('button', { name: '新建' }).click();
    await expect(create.getByText('请填写户编号')).toBeVisible();
    await create.getByRole('textbox', { name: '户编号' }).fill(NUMBER);
    await create.getByRole('textbox', { name: '地址' }).fill('金山路 88 号 3 单元 201 室');
    await page.screenshot({ path: `${SCREENS}/flow-new-household.png` });
    await create.getByRole('button', { name: '新建' }).click();
    await expect(page.getByRole('heading', { name: `户 ${NUMBER}` })).toBeVisible();

    // Three members: the head first (the form proposes 户主), then spouse and child.
    await addMember(page, HEAD, null);
    await addMember(page, SPOUSE, '配偶');
    await addMember(page, CHILD, '子女');
    const members = page.getByRole('table', { name: '成员' });
    await expect(members.locator('tbody tr')).toHaveCount(3);
    await expect(members.locator('tbody tr').first()).toContainText('户主');
    await page.screenshot({ path: `${SCREENS}/flow-household.png`, fullPage: true });

    // The spouse: wants work, registers unemployed → 失业, 登记失业.
    await members.getByRole('link', { name: SPOUSE.name }).click();
    await expect(page.getByRole('heading', { name: SPOUSE.name, level: 3 })).toBeVisible();
    const badges = page.getByLabel('某日状态').getByRole('list', { name: '状态标记' });
    await expect(badges.getByText('劳动力资源', { exact: true })).toBeVisible();
    await expect(badges.getByText('失业', { exact: true })).toHaveCount(0);
    const section = page.getByLabel('就业与失业');
    await section.getByRole('button', { name: '就业意愿' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('radiogroup', { name: '有无就业意愿' }).getByText('有就业意愿', { exact: true }).click();
    await dialog.getByRole('textbox', { name: '记录日期' }).fill('2025-03-01');
    await dialog.getByRole('textbox', { name: '记录日期' }).press('Tab');
    await dialog.getByRole('textbox', { name: '意愿工种' }).fill('收银员');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await section.getByRole('button', { name: '失业登记' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '登记原因' }).click();
    await page.getByRole('option', { name: '失业', exact: true }).click();
    await dialog.getByRole('textbox', { name: '登记日期' }).fill('2025-03-03');
    await dialog.getByRole('textbox', { name: '登记日期' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(badges.getByText('失业', { exact: true })).toBeVisible();
    await expect(badges.getByText('登记失业', { exact: true })).toBeVisible();
    await expect(badges.getByText('已就业', { exact: true })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/flow-registered.png`, fullPage: true });

    // The household is now a 零就业家庭 (the only member wanting work is unemployed).
    await page.getByRole('link', { name: `户 ${NUMBER}` }).first().click();
    const familyBadges = page.getByLabel('本户某日状态').getByRole('list', { name: '本户状态标记' });
    await expect(familyBadges.getByText(/零就业家庭/)).toBeVisible();
    await members.getByRole('link', { name: SPOUSE.name }).click();
    await expect(page.getByRole('heading', { name: SPOUSE.name, level: 3 })).toBeVisible();

    // Guidance by keyboard: S, the kind's initials, the content, the clerk.
    await page.keyboard.press('s');
    const entry = page.getByRole('dialog', { name: `记录服务：${SPOUSE.name}` });
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyzd');
    await expect(page.getByRole('option', { name: '职业指导' })).toBeVisible();
    await page.keyboard.press('Enter');
    await entry.getByRole('textbox', { name: '服务日期' }).fill('2025-03-04');
    await entry.getByRole('textbox', { name: '服务日期' }).press('Tab');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('了解求职意向，讲解求职技巧');
    await entry.getByRole('textbox', { name: '经办人' }).fill('李红');
    await entry.getByRole('textbox', { name: '经办人' }).press('Enter');
    await expect(entry).toBeHidden();
    const services = page.getByRole('table', { name: '服务记录' });
    await expect(services.locator('tbody tr').first()).toContainText('职业指导');

    // A referral hired at once: the spell is proposed and opened only on confirmation.
    await page.keyboard.press('s');
    await expect(entry.getByRole('combobox', { name: '服务类型' })).toBeFocused();
    await page.keyboard.type('zyjs');
    await expect(page.getByRole('option', { name: '职业介绍' })).toBeVisible();
    await page.keyboard.press('Enter');
    await entry.getByRole('radio', { name: '录用' }).check();
    await entry.getByRole('textbox', { name: '服务日期' }).fill('2025-03-10');
    await entry.getByRole('textbox', { name: '服务日期' }).press('Tab');
    await entry.getByRole('textbox', { name: '服务内容' }).fill('推荐到华联超市应聘收银员');
    await entry.getByRole('button', { name: '保存' }).click();
    const spell = page.getByRole('dialog', { name: '录用：为该人员开始一段就业？' });
    await expect(spell).toBeVisible();
    await spell.getByRole('textbox', { name: '工作单位' }).fill('华联超市');
    await spell.getByRole('textbox', { name: '岗位' }).fill('收银员');
    await page.screenshot({ path: `${SCREENS}/flow-hired.png` });
    await spell.getByRole('button', { name: '开始就业' }).click();
    await expect(spell).toBeHidden();
    await expect(badges.getByText('已就业', { exact: true })).toBeVisible();
    await expect(badges.getByText('失业', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('时间线')).toContainText('华联超市');
    await page.screenshot({ path: `${SCREENS}/flow-employed.png`, fullPage: true });

    // A past date: the day before the registration shows neither 登记失业 nor 已就业.
    const asOf = page.getByRole('textbox', { name: '查看某日状态' });
    await asOf.fill('2025-03-02');
    await asOf.press('Enter');
    await asOf.press('Tab');
    await expect(page.getByLabel('某日状态').getByRole('heading', { name: '2025年3月2日的状态' })).toBeVisible();
    await expect(badges.getByText('登记失业', { exact: true })).toHaveCount(0);
    await expect(badges.getByText('已就业', { exact: true })).toHaveCount(0);
    await expect(badges.getByText('失业', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/flow-past-date.png`, fullPage: true });

    // The family was eliminated by the hire: no 零就业家庭 today, the episode closed.
    await page.getByRole('link', { name: `户 ${NUMBER}` }).first().click();
    await expect(page.getByRole('heading', { name: `户 ${NUMBER}` })).toBeVisible();
    await expect(familyBadges.getByText(/零就业家庭/)).toHaveCount(0);
    await expect(page.getByRole('table', { name: '家庭情形记录' })).toContainText('2025年3月10日');

    // Search by pinyin initials from anywhere (Ctrl+K), Enter opens the person.
    await page.keyboard.press('Control+K');
    await expect(page.getByLabel('查找人员')).toBeFocused();
    await page.keyboard.type(nameInitials(SPOUSE.name));
    await expect(page.getByRole('option', { name: new RegExp(SPOUSE.name) }).first()).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/flow-search.png` });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: SPOUSE.name, level: 3 })).toBeVisible();
  });
});
