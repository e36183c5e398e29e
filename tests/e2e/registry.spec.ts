import { expect, test } from './support/test';
import { makeIdNumber } from '../../shared/domain/id-number';
import { nameInitials } from '../../shared/domain/name-initials';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { openOptions } from './support/open-options';

const NEW_ID = makeIdNumber('110101', '1990-06-15', 986);
const WRONG_CHECKSUM = `${NEW_ID.slice(0, 17)}${NEW_ID.endsWith('1') ? '2' : '1'}`;
const NEW_NAME = '欧阳晓梅';

test.describe('人员与家庭', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('households, a new member, a duplicate, search and 迁出', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });

    // The area and a community's households (virtualised, paged).
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: '人员与家庭' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '社区' })).toHaveValue(/\S/);
    await (await openOptions(page, page.getByRole('combobox', { name: '社区' }))).nth(1).click();
    const list = page.getByRole('table', { name: '户列表' });
    const rows = list.locator('[role="rowgroup"] [role="row"]');
    await expect(rows.first()).toContainText(/\d/);
    await expect(page.getByText(/\d+ 户/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/registry-households.png' });

    // Scrolling to the end loads the last page.
    await page.getByTestId('household-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(rows.last()).not.toContainText('正在载入');
    await page.getByTestId('household-scroller').evaluate((el) => el.scrollTo(0, 0));

    // The filter box, then Enter on the first row opens the household.
    const firstNumber = (await rows.first().getByRole('cell').first().innerText()).trim();
    await page.getByLabel('筛选户').fill(firstNumber);
    await expect(rows).toHaveCount(1);
    await page.getByLabel('筛选户').press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `户 ${firstNumber}` })).toBeVisible();
    const members = page.getByRole('table', { name: '成员' });
    const headName = (await members.locator('tbody tr').first().getByRole('link').innerText()).trim();
    await expect(members.locator('tbody tr').first()).toContainText('户主');
    await expect(members).toContainText(/\d{6}\*{8}[\dX]{4}/);
    await page.screenshot({ path: 'test-results/screens/registry-household.png', fullPage: true });

    // Add a member: a wrong checksum is refused on the field, a 15-digit number shows its 18-digit form.
    await page.getByRole('button', { name: '添加成员' }).click();
    const dialog = page.getByRole('dialog');
    const idField = dialog.getByRole('textbox', { name: '身份证号码', exact: true });
    await idField.fill(WRONG_CHECKSUM);
    await expect(dialog.getByText('身份证号码校验位错误')).toBeVisible();
    await idField.fill('110101800101123');
    await expect(dialog.getByText(/转换为 18 位：110101198001011231|转换为 18 位：11010119800101123/)).toBeVisible();
    await idField.fill(NEW_ID);
    await expect(dialog.getByText('校验通过')).toBeVisible();
    await expect(dialog.getByLabel('性别（由号码得出）')).toHaveValue('女');
    await expect(dialog.getByLabel('出生日期（由号码得出）')).toHaveValue('1990年6月15日');
    await dialog.getByRole('textbox', { name: '姓名', exact: true }).fill(NEW_NAME);
    await dialog.getByLabel('联系电话').fill('13812345678');
    await dialog.getByLabel('技能特长').fill('育婴');
    await page.screenshot({ path: 'test-results/screens/registry-person-form.png' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(members.getByRole('row', { name: new RegExp(NEW_NAME) })).toContainText('在册');

    // The same ID number again: the link to the person already registered.
    await page.getByRole('button', { name: '添加成员' }).click();
    await dialog.getByRole('textbox', { name: '身份证号码', exact: true }).fill(NEW_ID);
    await dialog.getByRole('textbox', { name: '姓名', exact: true }).fill('重复登记');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText(/已登记为“欧阳晓梅”/).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/registry-duplicate.png' });
    await dialog.getByRole('link', { name: '打开已登记的人员' }).click();
    await expect(page.getByRole('heading', { name: NEW_NAME })).toBeVisible();
    // Masked on the person page ([admin]); 显示 shows it in full (and is audited).
    await expect(page.getByLabel('身份证号码', { exact: true })).toHaveText(`${NEW_ID.slice(0, 6)}********${NEW_ID.slice(-4)}`);
    await page.getByRole('button', { name: '显示完整身份证号码' }).click();
    await expect(page.getByLabel('身份证号码', { exact: true })).toHaveText(NEW_ID);

    // 迁出.
    await page.getByRole('button', { name: '迁出' }).click();
    // The suggestion taken from the keyboard (a pointer click waits on the list's animation, which a busy machine stretches).
    const reason = page.getByRole('dialog').getByLabel('迁出原因');
    await reason.fill('迁往外地');
    await expect(page.getByRole('option', { name: '迁往外地居住' })).toBeVisible();
    await reason.press('ArrowDown');
    await reason.press('Enter');
    await expect(reason).toHaveValue('迁往外地居住');
    await expect(page.getByRole('option', { name: '迁往外地居住' })).toBeHidden();
    await page.getByRole('dialog').getByRole('button', { name: '确认迁出' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText('迁出', { exact: true }).first()).toBeVisible();
    await expect(page.getByLabel('时间线')).toContainText('迁往外地居住');
    await page.screenshot({ path: 'test-results/screens/registry-person-archived.png', fullPage: true });
    await page.getByRole('link', { name: `户 ${firstNumber}` }).first().click();
    // From the day of 迁出 the person is no longer a member: listed with the members of other times.
    await expect(page.getByRole('table', { name: '其他时间在本户的人员' }).getByRole('row', { name: new RegExp(NEW_NAME) })).toContainText('已迁出本街道');
    await expect(members.getByRole('row', { name: new RegExp(NEW_NAME) })).toHaveCount(0);

    // Search from the header by pinyin initials (Ctrl+K focuses it), Enter opens the person.
    const initials = nameInitials(headName);
    await page.keyboard.press('Control+K');
    await expect(page.getByLabel('查找人员')).toBeFocused();
    await page.keyboard.type(initials);
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(headName) }).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/registry-search.png' });
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 3 });
    await expect(heading).not.toHaveText(`户 ${firstNumber}`);
    expect(nameInitials(await heading.innerText()).startsWith(initials)).toBe(true);
    await expect(page.getByLabel('时间线').or(page.getByText('还没有就业'))).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/registry-person.png' });
  });
});
