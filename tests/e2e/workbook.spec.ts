import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { PERSON_A, validSheets, writeTestWorkbook } from '../fixtures/workbook-builder';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-files-'));

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(path);
}

test.describe('demo street', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('loads from the setup screen', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
    const rows = page.getByRole('table', { name: '社区列表' }).locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(page.getByText('江滨街道（演示）')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/demo-communities.png' });
  });
});

test.describe('standard workbook', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('a bad workbook shows its errors; a good one is imported; export and re-import change nothing', async ({ page }) => {
    await setupStreet(page, await server.launchUrl());
    await page.keyboard.press('Alt+9');
    await expect(page.getByRole('heading', { name: '导入/导出' })).toBeVisible();

    // Bad: a wrong ID checksum and an unknown column.
    const bad = validSheets();
    const people = bad['人员'] as unknown[][];
    people[1] = [`${PERSON_A.slice(0, 17)}${PERSON_A[17] === '1' ? '2' : '1'}`, '张伟', '男', 'H0001', '户主', '完全', '有', null, '否'];
    bad['社区'] = (bad['社区'] as unknown[][]).map((r, i) => [...r, i === 0 ? '负责人' : '王五']) as typeof bad['社区'];
    const badPath = join(files, '有错误的工作簿.xlsx');
    await writeTestWorkbook(badPath, bad);
    await chooseFile(page, badPath);
    await expect(page.getByText(/个问题，未写入任何数据/)).toBeVisible();
    const errors = page.getByRole('table', { name: '导入错误' });
    await expect(errors).toContainText('不认识的列“负责人”');
    await expect(errors).toContainText('校验位错误');
    await page.screenshot({ path: 'test-results/screens/import-errors.png', fullPage: true });
    await page.getByLabel('按内容筛选').fill('校验位');
    await expect(errors.locator('tbody tr')).toHaveCount(1);
    const report = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载错误清单' }).click();
    expect((await report).suggestedFilename()).toContain('导入错误清单');

    // Good.
    const goodPath = join(files, '街道数据.xlsx');
    await writeTestWorkbook(goodPath, validSheets());
    await chooseFile(page, goodPath);
    const preview = page.getByRole('table', { name: '导入预览' });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('row', { name: /人员 3 0 0/ })).toBeVisible();
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('已导入“街道数据.xlsx”')).toBeVisible();

    await page.keyboard.press('Alt+1');
    const communities = page.getByRole('table', { name: '社区列表' });
    await expect(communities.getByRole('row', { name: /金山社区/ })).toContainText('3');
    await expect(communities.getByRole('row', { name: /银山村/ })).toBeVisible();

    // Export, then import the export: every row unchanged.
    await page.keyboard.press('Alt+9');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出工作簿…' }).click();
    const exported = join(files, (await download).suggestedFilename());
    await (await download).saveAs(exported);
    await expect(page.getByText(/已导出“标准数据工作簿-/)).toBeVisible();
    await chooseFile(page, exported);
    const again = page.getByRole('table', { name: '导入预览' });
    await expect(again.getByRole('row', { name: /人员 0 0 3/ })).toBeVisible();
    await expect(again.getByRole('row', { name: /服务记录 0 0 2/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/import-preview.png', fullPage: true });
  });
});
