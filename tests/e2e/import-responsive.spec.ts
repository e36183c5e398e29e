/**
 * [speed] The window keeps answering while a medium street imports: the import runs in its worker; the clerk opens
 * other pages meanwhile, comes back to see its progress, and a save during the write is refused with a reason.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { writeSyntheticWorkbook } from '../fixtures/synthetic-workbook';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';

const PERSONS = 20_000;
const files = mkdtempSync(join(tmpdir(), 'desk-e2e-files-'));

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(path);
}

/** Opens a page by its shortcut and waits for its heading: each must answer within a few seconds. */
async function visit(page: Page, key: string, heading: string): Promise<void> {
  await page.keyboard.press(`Alt+${key}`);
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible({ timeout: 5_000 });
}

test.describe('a medium street imported in the background', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('pages answer while the import reads and writes; the import ends imported', async ({ page }) => {
    test.setTimeout(300_000);
    const path = join(files, '中等街道.xlsx');
    await writeSyntheticWorkbook(path, PERSONS);
    await setupStreet(page, await server.launchUrl());
    await visit(page, '9', '导入/导出');
    await chooseFile(page, path);

    // While it reads and validates: other pages open, and the panel shows the progress again on return.
    await expect(page.getByRole('button', { name: '取消导入' })).toBeVisible();
    await visit(page, '1', '社区');
    await visit(page, '2', '人员与家庭');
    await visit(page, '9', '导入/导出');
    const preview = page.getByRole('table', { name: '导入预览' });
    await expect(preview).toBeVisible({ timeout: 180_000 });
    await expect(preview.getByRole('row', { name: `人员 ${PERSONS.toLocaleString('zh-CN')} 0 0` })).toBeVisible();

    // While it writes: pages still open; a save is refused with the reason, nothing half-written.
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('正在写入数据库（一个事务）')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/import-writing.png' });
    await visit(page, '1', '社区');
    await page.getByRole('button', { name: '新增社区' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('社区代码（12 位）').fill('321102001009');
    await dialog.getByLabel('社区名称').fill('新建社区');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/正在导入标准数据工作簿，此时不能保存修改/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/import-save-refused.png' });
    await page.keyboard.press('Escape');
    await visit(page, '3', '待办');
    await visit(page, '9', '导入/导出');
    await expect(page.getByText('已导入“中等街道.xlsx”')).toBeVisible({ timeout: 180_000 });
    await visit(page, '1', '社区');
    await expect(page.getByRole('table', { name: '社区列表' }).getByRole('row', { name: /金山社区/ })).toContainText(PERSONS.toLocaleString('zh-CN'));
  });
});
