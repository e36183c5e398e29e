/**
 * 导入本所台账 (issue 15): a crafted messy ledger imported through the UI — map (one mapping fixed), preview with
 * statuses and filters, commit — then the people in 人员与家庭; the rows not imported downloaded as a workbook.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messyUnemployedLedger, writeLedgerXlsx } from '../fixtures/ledger-builder';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';
import { expect, test } from './support/test';
import type { Page } from './support/test';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-ledger-'));

/** The screen at both sizes the office's PCs have (into .tmp/, looked at by hand). */
async function screens(page: Page, name: string): Promise<void> {
  mkdirSync('.tmp', { recursive: true });
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `.tmp/ledger-import-${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`./api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe('导入本所台账', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('map, preview, fix one mapping, commit, see the people; download the rows not imported', async ({ page }) => {
    test.setTimeout(180_000);
    const ledger = join(files, '金山社区失业人员台账.xlsx');
    await writeLedgerXlsx(ledger, messyUnemployedLedger());
    await setupStreet(page, await server.launchUrl());
    await api(page, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });

    await page.goto(`${server.url}#/transfer`);
    await expect(page.getByRole('heading', { name: '导入本所台账' })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择台账文件…' }).click();
    await (await chooser).setFiles(ledger);

    // The mapping step: the sheet with the table, its two-level header, suggestions.
    await expect(page.getByText('表头在第 3–4 行')).toBeVisible();
    await pick(page, '台账类型', '失业人员台账');
    await pick(page, '新人员放入社区', '金山社区');
    const mapping = page.getByRole('table', { name: '列与字段的对应' });
    await expect(mapping).toContainText('失业情况/失业时间');
    await expect(page.getByRole('combobox', { name: '“失业情况/失业时间”导入为' })).toHaveValue('失业时间');
    await expect(page.getByRole('combobox', { name: '“电话”导入为' })).toHaveValue('联系电话');
    await expect(page.getByRole('combobox', { name: '“手机号码”导入为' })).toHaveValue('（不导入）');
    await screens(page, 'mapping');

    // A first preview with the suggested mapping: the 电话 column is mostly empty.
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByText('可导入 4 行')).toBeVisible();
    await expect(page.getByRole('table', { name: '导入预览的行' })).toContainText('新户');

    // Fix one mapping: the mobile numbers are in 手机号码, not 电话.
    await page.getByRole('button', { name: '返回修改对应关系' }).click();
    await pick(page, '“电话”导入为', '（不导入）');
    await pick(page, '“手机号码”导入为', '联系电话');
    await page.getByRole('textbox', { name: '保存为映射模板（可选）' }).fill('金山社区失业台账');
    await page.getByRole('button', { name: '预览' }).click();
    const alert = page.getByText(/数据 9 行（跳过空行 1 行），表尾第 15、16 行/);
    await expect(alert).toBeVisible();
    await expect(page.getByText('可导入 4 行（新增 4、更新 0、不变 0；新建 3 户），拒绝 4 行，重复 1 行')).toBeVisible();
    const rows = page.getByRole('table', { name: '导入预览的行' });
    await expect(rows.locator('tbody tr')).toHaveCount(9);
    await expect(rows).toContainText('由 15 位');
    // Numbers quoted in the reasons are masked like the list's.
    await expect(rows).not.toContainText('321102197501012022');
    await screens(page, 'preview');

    // Filters by status.
    await page.getByText('拒绝 4', { exact: true }).click();
    await expect(rows.locator('tbody tr')).toHaveCount(4);
    await expect(rows).toContainText('后几位已丢失');
    await expect(rows).toContainText('校验位错误');
    await expect(rows).toContainText('姓名为空');
    await page.getByText('重复 1', { exact: true }).click();
    await expect(rows.locator('tbody tr')).toHaveCount(1);
    await expect(rows).toContainText('与第 5 行的身份证号码相同');
    await page.getByText('有提醒 3', { exact: true }).click();
    await expect(rows.locator('tbody tr')).toHaveCount(3);
    await expect(rows).toContainText('只有年月');
    await screens(page, 'preview-warnings');

    // Commit.
    await page.getByRole('button', { name: '确认导入（4 行）' }).click();
    await expect(page.getByText('新增 4 人、更新 0 人，新建 3 户，失业登记 4 条')).toBeVisible();
    await screens(page, 'done');

    // The rows not imported, as a workbook.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载未导入的行（5）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('未导入的行-金山社区失业人员台账.xlsx');

    // The template saved with the preview is listed (and can be deleted).
    await expect(page.getByRole('table', { name: '已保存的映射模板' })).toContainText('金山社区失业台账');

    // The people in 人员与家庭.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: '人员与家庭' })).toBeVisible();
    await page.getByRole('combobox', { name: '社区' }).click();
    await page.getByRole('option', { name: '金山社区' }).click();
    await expect(page.getByText('3 户')).toBeVisible();
    const list = page.getByRole('table', { name: '户列表' });
    await expect(list).toContainText('张伟');
    await page.getByLabel('筛选户').fill('张');
    await page.getByLabel('筛选户').press('ArrowDown');
    await page.keyboard.press('Enter');
    const members = page.getByRole('table', { name: '成员' });
    await expect(members).toContainText('张伟');
    await expect(members).toContainText('李娜');
    await expect(members.locator('tbody tr').first()).toContainText('户主');
    await screens(page, 'registry');
  });
});
