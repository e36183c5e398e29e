import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-transfer-'));

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(path);
}

/** The rows of a sheet as objects by header. */
function sheetRows(workbook: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

test.describe('标准数据工作簿（第 2 版）：从一台导出，导入另一台', () => {
  let first: DeskServer;
  let second: DeskServer;
  test.beforeAll(async () => {
    first = await startDeskServer();
    second = await startDeskServer();
  });
  test.afterAll(async () => {
    await first.stop();
    await second.stop();
  });

  test('export from the UI, import into a second data folder, and the employer and a recognition are there', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(await first.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });

    // The export says what the file holds and what it does not; no "完整副本".
    await page.keyboard.press('Alt+9');
    await expect(page.getByRole('heading', { name: '导入/导出' })).toBeVisible();
    const holds = page.getByRole('region', { name: '工作簿包含' });
    await expect(holds).toContainText('用工单位');
    await expect(holds).toContainText('就业困难人员认定');
    await expect(holds).toContainText('给一户的');
    const leaves = page.getByRole('region', { name: '工作簿不包含' });
    for (const word of ['保存的考核结果', '手工评定', '工作日历的调整', '设置', '用户和操作日志']) await expect(leaves).toContainText(word);
    await expect(leaves).toContainText('备份与恢复');
    await expect(page.getByText('完整副本')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/transfer-v2.png', fullPage: true });

    // The blank template.
    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载空白模板' }).click();
    expect((await template).suggestedFilename()).toBe('标准数据工作簿-空白模板-第2版.xlsx');
    const templatePath = join(files, 'template.xlsx');
    await (await template).saveAs(templatePath);
    const blank = await openXlsx(templatePath);
    expect(blank.sheets.map((sheet) => sheet.name).slice(0, 3)).toEqual(['填表说明', '街道', '社区']);
    blank.close();

    // Export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出工作簿…' }).click();
    const exported = join(files, (await download).suggestedFilename());
    await (await download).saveAs(exported);
    await expect(page.getByText(/已导出“标准数据工作簿-/)).toBeVisible();
    await expect(page.getByText(/用工单位 \d+ 行/)).toBeVisible();

    // What to look for on the other side: a paired employer, and a person with a recognition in force.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const employer = sheetRows(workbook, '用工单位').find((e) => e['结对社区代码'] !== null && sheetRows(workbook, '岗位').some((v) => v['单位名称'] === e['单位名称']));
    const recognition = sheetRows(workbook, '困难认定').find((g) => g['审核结论'] === '认定' && g['退出日期'] === null) ?? sheetRows(workbook, '困难认定')[0];
    expect(employer).toBeDefined();
    expect(recognition).toBeDefined();
    const employerName = String(employer?.['单位名称']);
    const idNumber = String(recognition?.['身份证号码']);
    const personName = String(sheetRows(workbook, '人员').find((p) => p['身份证号码'] === idNumber)?.['姓名']);
    const counts = (sheet: string) => sheetRows(workbook, sheet).length;

    // A second install (another data folder): set up the same street, import the file.
    await setupStreet(page, await second.launchUrl());
    await page.keyboard.press('Alt+9');
    await chooseFile(page, exported);
    const preview = page.getByRole('table', { name: '导入预览' });
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect(preview.getByRole('row', { name: new RegExp(`^用工单位 ${counts('用工单位')} 0 0$`) })).toBeVisible();
    await expect(preview.getByRole('row', { name: new RegExp(`^困难认定 ${counts('困难认定')} 0 0$`) })).toBeVisible();
    await expect(preview.getByRole('row', { name: new RegExp(`^家庭服务记录 ${counts('家庭服务记录')} 0 0$`) })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/transfer-v2-preview.png', fullPage: true });
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText(`已导入“${exported.split('/').pop() ?? ''}”`)).toBeVisible({ timeout: 60_000 });

    // The employer, with its vacancies.
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { name: '用工单位' })).toBeVisible();
    await page.getByLabel('筛选用工单位').fill(employerName);
    const list = page.getByRole('table', { name: '用工单位列表' });
    await expect(list.locator('tbody tr')).toHaveCount(1);
    await list.getByRole('link', { name: employerName }).click();
    await expect(page.getByRole('heading', { name: employerName })).toBeVisible();
    await expect(page.getByText('结对社区：')).toBeVisible();
    await expect(page.getByRole('table', { name: '岗位列表' }).locator('tbody tr').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/transfer-v2-employer.png', fullPage: true });

    // The recognition and its 一人一策, on the person page.
    await page.keyboard.press('Control+K');
    await expect(page.getByLabel('查找人员')).toBeFocused();
    await page.keyboard.type(idNumber);
    await expect(page.getByRole('option', { name: new RegExp(personName) }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: personName, level: 3 })).toBeVisible();
    const section = page.locator('[aria-label="就业困难认定"]');
    await expect(section.getByText(/已认定|已退出/).first()).toBeVisible();
    await expect(section.locator('[aria-label="一人一策"]').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/transfer-v2-recognition.png', fullPage: true });
  });
});
