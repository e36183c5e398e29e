import { expect, test } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';

let server: DeskServer;
test.beforeAll(async () => {
  server = await startDeskServer();
});
test.afterAll(async () => server.stop());

test('六到位 on the 社区 page: two items recorded with evidence, a note without a mark refused, kept after a reload', async ({ page }) => {
  await setupStreet(page, await server.launchUrl());
  await page.keyboard.press('Alt+N');
  const create = page.getByRole('dialog');
  await create.getByLabel('社区代码（12 位）').fill('321102001001');
  await create.getByLabel('社区名称').fill('金山社区');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(create).toBeHidden();

  const table = page.getByRole('table', { name: '社区列表' });
  const row = table.getByRole('row').filter({ hasText: '金山社区' });
  await expect(row).toContainText('未记录');
  await row.getByRole('button', { name: '填写金山社区六到位' }).click();
  const dialog = page.getByRole('dialog', { name: /六到位/ });
  await expect(dialog).toBeVisible();

  // 机构 到位 with its evidence; 经费 未到位; a note for 人员 without a mark is refused on the field.
  await dialog.getByRole('radiogroup', { name: /^机构/ }).getByText('到位', { exact: true }).click();
  await dialog.getByLabel('机构佐证说明').fill('社区劳动保障服务站已挂牌');
  await dialog.getByRole('radiogroup', { name: /^经费/ }).getByText('未到位', { exact: true }).click();
  await dialog.getByLabel('人员佐证说明').fill('2 名专职人员');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('填写了佐证说明，请同时选择“到位”或“未到位”')).toBeVisible();
  await dialog.getByLabel('人员佐证说明').fill('');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('1/6 到位（4 项未记录）');

  await page.reload();
  await row.getByRole('button', { name: '填写金山社区六到位' }).click();
  await expect(dialog.getByLabel('机构佐证说明')).toHaveValue('社区劳动保障服务站已挂牌');
  await page.screenshot({ path: 'test-results/screens/platform-dialog.png' });
  await dialog.getByRole('button', { name: '取消' }).click();
});
