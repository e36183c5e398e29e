/**
 * 交换 (issue #18): the annual submission exported sealed from the small demo, imported into a second data
 * directory (a desk of the bureau it is addressed to) with its dry-run summary, then again — “already imported”;
 * the receipt printed; the frozen year locked in 考核; the bureau's verdicts shown on the 社区 page.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage, head } from '../fixtures/package-builder';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { expect, test } from './support/test';
import type { Page } from './support/test';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-exchange-'));
const PASSPHRASE = 'jiangbin-2026-上报';

async function screen(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/exchange-${name}.png`, fullPage: true });
}

/** Test setup through the same API the page uses (browser mode, with the page's session cookie). */
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

async function chooseFile(page: Page, button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

test.describe('交换', () => {
  // The second test works on the street the first one set up.
  test.describe.configure({ mode: 'serial' });
  let street: DeskServer;
  let bureau: DeskServer;
  test.beforeAll(async () => {
    street = await startDeskServer();
    bureau = await startDeskServer();
  });
  test.afterAll(async () => {
    await street.stop();
    await bureau.stop();
  });

  test('the annual submission: freeze, export sealed with a receipt, import at the bureau’s desk, again “already imported”', async ({ page, browser }) => {
    test.setTimeout(300_000);
    await page.goto(await street.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });

    // Save this year's assessment in 考核, then freeze it in 交换 → 年度上报.
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('region', { name: '街道汇总' })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: '保存本次考核' }).click();
    const saveDialog = page.getByRole('dialog', { name: '保存考核结果' });
    await saveDialog.getByRole('textbox', { name: '备注' }).fill('年终考核');
    await saveDialog.getByRole('button', { name: '保存' }).click();
    await expect(saveDialog).toBeHidden();

    await page.keyboard.press('Alt+X');
    await expect(page.getByRole('heading', { name: '交换', exact: true })).toBeVisible();
    await page.getByRole('tab', { name: '年度上报' }).click();
    const candidates = page.getByRole('table', { name: '可冻结的考核结果' });
    await expect(candidates).toContainText('年终考核');
    await screen(page, 'annual-before-freeze');
    await page.getByRole('button', { name: /冻结 2026 年度考核/ }).click();
    const confirm = page.getByRole('dialog', { name: '冻结 2026 年度考核' });
    await expect(confirm).toContainText('此操作不能撤销');
    await confirm.getByRole('button', { name: '确认冻结' }).click();
    await expect(page.getByText('2026 年度考核已冻结上报')).toBeVisible();
    await screen(page, 'annual-frozen');
    // Last year frozen too (set up through the API): this year against it, community by community.
    const lastYear = await api<{ id: number }>(page, 'assessment.save', { standardId: 'chongqing-2007', asOf: '2025-12-31' });
    await api(page, 'annual.freeze', { year: 2025, assessmentId: lastYear.id, recommended: [] });
    await page.getByRole('button', { name: '与 2025 年度对比' }).click();
    const diff = page.getByRole('table', { name: '2025 与 2026 年度对比' });
    await expect(diff.locator('tbody tr')).toHaveCount(4);
    await expect(diff.getByRole('row', { name: /江滨社区/ })).toBeVisible();
    await screen(page, 'annual-diff');
    const book = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载年度上报工作簿' }).click();
    expect((await book).suggestedFilename()).toBe('年度上报-321102001-2026.xlsx');

    // The frozen year is locked in 考核: a notice, and no saving.
    await page.keyboard.press('Alt+4');
    await expect(page.getByText('2026 年度考核已冻结上报')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: '保存本次考核' })).toBeDisabled();
    await page.getByRole('tab', { name: '历史考核' }).click();
    await expect(page.getByRole('table', { name: '历史考核' })).toContainText('年度上报（已冻结）');

    // Export it sealed: the passphrase twice; a mistyped second one is caught first.
    await page.keyboard.press('Alt+X');
    await page.getByRole('tab', { name: '导出' }).click();
    await expect(page.getByRole('combobox', { name: '类型' })).toHaveValue('年度上报');
    await page.getByLabel(/^口令/).fill(PASSPHRASE);
    await page.getByLabel('再输入一次口令').fill('something-else');
    await page.getByRole('button', { name: '导出…' }).click();
    await expect(page.getByText('两次输入的口令不一致')).toBeVisible();
    await page.getByLabel('再输入一次口令').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出…' }).click();
    const packagePath = join(files, (await download).suggestedFilename());
    await (await download).saveAs(packagePath);
    await expect(page.getByText(/已导出年度上报包/)).toBeVisible();
    await expect(page.getByText(/发给 321102，.*已加密/)).toBeVisible();
    await screen(page, 'exported');

    // The receipt: what was handed over, with the hashes, to print and sign.
    await page.getByRole('link', { name: '打印交接回执' }).click();
    const receipt = page.getByLabel('交接回执');
    await expect(receipt).toContainText('交换包交接回执');
    await expect(receipt).toContainText('年度上报');
    await expect(receipt).toContainText('data/community-results.jsonl');
    await expect(receipt).toContainText('口令另行告知');
    await screen(page, 'receipt');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: 'test-results/screens/exchange-receipt.pdf', format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '← 返回交换记录' }).click();
    const history = page.getByRole('table', { name: '交换记录' });
    await expect(history.getByRole('row', { name: /导出 年度上报/ })).toBeVisible();

    // The bureau's desk (a second data directory, a street of the same county: 321102 is its bureau).
    const other = await browser.newPage();
    await other.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
    await other.goto(await bureau.launchUrl());
    await other.getByLabel('街道（乡镇）名称').fill('谏壁街道');
    await other.getByLabel('街道代码（9 位）').fill('321102002');
    await other.getByRole('button', { name: '开始使用' }).click();
    await expect(other.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
    await other.keyboard.press('Alt+X');
    await other.getByRole('tab', { name: '导入' }).click();
    await chooseFile(other, '选择交换包…', packagePath);
    await expect(other.getByText('这个交换包已加密：请输入口令后点“解密并校验”。')).toBeVisible();
    await other.getByLabel('口令').fill('not-the-passphrase');
    await other.getByRole('button', { name: '解密并校验' }).click();
    await expect(other.getByRole('table', { name: '交换包问题' })).toContainText('口令错误或文件已损坏');
    await other.getByLabel('口令').fill(PASSPHRASE);
    await other.getByRole('button', { name: '解密并校验' }).click();
    const summary = other.getByRole('table', { name: '导入预演' });
    await expect(summary.getByRole('row', { name: /年度上报 1 0 0 0/ })).toBeVisible();
    await expect(summary.getByRole('row', { name: /社区考核结果 3 0 0 0/ })).toBeVisible();
    await expect(other.getByText(/江滨街道（演示）（321102001）的 2026 年度上报/)).toBeVisible();
    await screen(other, 'import-preview');
    await other.getByRole('button', { name: '确认导入' }).click();
    await expect(other.getByText(/已导入年度上报包/)).toBeVisible();

    // The same package again: already imported, nothing written.
    await chooseFile(other, '选择交换包…', packagePath);
    await expect(other.getByText('这个交换包已经导入过')).toBeVisible();
    await expect(other.getByText(/已于 2026年11月20日 \d\d:\d\d 由 admin 导入/)).toBeVisible();
    await screen(other, 'already-imported');
    await other.getByRole('tab', { name: '收到的上报' }).click();
    await expect(other.getByRole('table', { name: /江滨街道（演示） 2026 年度上报/ }).locator('tbody tr')).toHaveCount(3);
    await other.getByRole('tab', { name: '交换记录' }).click();
    await expect(other.getByRole('table', { name: '交换记录' }).getByRole('row', { name: /导入 年度上报/ })).toHaveCount(1);
    await other.close();
  });

  test('the bureau’s verdicts show each community’s result on the 社区 page', async ({ page }) => {
    const verdicts = await buildPackage(files, '验收结果-2026.cfjy', head('bureau-verdicts', { issuer: { code: '3211', name: '镇江市人社局' }, recipient: { code: '321102001', name: '江滨街道' }, period: { from: '2026-01-01', to: '2026-12-31' } }), [
      {
        entity: 'verdicts',
        records: [
          { year: 2026, communityCode: '321102001001', communityName: '江滨社区', result: 'excellent', stars: 4, decidedOn: '2026-11-18', decidedBy: '镇江市人社局', note: '推荐为省级示范' },
          { year: 2026, communityCode: '321102001002', communityName: '新河社区', result: 'pass', stars: 3, decidedOn: '2026-11-18', decidedBy: '镇江市人社局', note: null },
          { year: 2026, communityCode: '321102001003', communityName: '谏壁村', result: 'fail', stars: null, decidedOn: '2026-11-18', decidedBy: '镇江市人社局', note: '就业率未达 95%' },
        ],
      },
    ]);
    await page.goto(await street.launchUrl());
    // The navigation's hotkeys answer once the shell is on screen (signed in, the street read).
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible({ timeout: 60_000 });
    await page.keyboard.press('Alt+X');
    await page.getByRole('tab', { name: '导入' }).click();
    await chooseFile(page, '选择交换包…', verdicts.path);
    await expect(page.getByRole('table', { name: '导入预演' }).getByRole('row', { name: /验收结果 3 0 0 0/ })).toBeVisible();
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText(/已导入验收结果包/)).toBeVisible();
    await page.keyboard.press('Alt+1');
    const panel = page.getByRole('table', { name: '各社区验收结果' });
    await expect(page.getByText('市局验收结果（2026 年度）：达标 2 个（其中优秀 1 个），不达标 1 个')).toBeVisible();
    await expect(panel.getByRole('row', { name: /江滨社区.*达标（优秀）.*★★★★/ })).toBeVisible();
    await expect(panel.getByRole('row', { name: /谏壁村.*不达标/ })).toBeVisible();
    await screen(page, 'verdicts-on-communities');
  });
});
