import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { LEDGER_KINDS, LEDGER_TITLE } from '../../shared/domain/ledgers/kinds';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { openOptions } from './support/open-options';

const OUT = 'test-results/ledgers';

/** The text of each page of a PDF (pdftotext -layout, poppler-utils). */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.length > 0 && (pages[pages.length - 1] ?? '').trim() === '') pages.pop();
  return pages;
}

/** The page on the small demo: loaded here unless an earlier test of this server loaded it. */
async function openDemo(page: Page, server: DeskServer): Promise<void> {
  await page.goto(await server.launchUrl());
  const demo = page.getByRole('button', { name: '载入演示数据' });
  const shell = page.getByRole('heading', { name: '社区', exact: true });
  await expect(demo.or(shell)).toBeVisible({ timeout: 30_000 });
  if (await demo.isVisible()) await demo.click();
  await expect(shell).toBeVisible({ timeout: 90_000 });
}

async function chooseKind(page: Page, title: string): Promise<void> {
  await page.getByRole('combobox', { name: '台账', exact: true }).click();
  await page.getByRole('option', { name: title, exact: true }).click();
  await expect(page.getByTestId('ledger-count')).toContainText(title, { timeout: 30_000 });
}

/** What the ledger's count line says it holds: 共 N 人. */
async function ledgerTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('ledger-count').innerText()).replace(/,/g, '');
  return Number(/共 (\d+)/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * The print view's document, printed with Playwright's page.pdf on a page of its own (the document the frame
 * holds, its CSS paged media deciding paper and page numbers); returns the PDF's path.
 */
async function printToPdf(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: '打印…' }).click();
  const frame = page.getByTestId('print-frame');
  await expect(frame).toBeVisible({ timeout: 60_000 });
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('<!DOCTYPE html>');
  await page.screenshot({ path: `${OUT}/${name}-preview.png` });
  const printPage = await page.context().newPage();
  await printPage.setContent(html, { waitUntil: 'load' });
  const path = `${OUT}/${name}.pdf`;
  await printPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await printPage.close();
  await page.getByRole('button', { name: '关闭打印预览' }).click();
  return path;
}

test.describe('台账', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
    mkdirSync(OUT, { recursive: true });
  });
  test.afterAll(async () => server.stop());

  test('every ledger opens on the small demo and prints: title, header row and 第 N 页 共 M 页 on every page', async ({ page }) => {
    test.setTimeout(600_000);
    await openDemo(page, server);

    await page.keyboard.press('Alt+0');
    await expect(page.getByRole('heading', { name: '台账', exact: true })).toBeVisible();
    for (const kind of LEDGER_KINDS) {
      const title = LEDGER_TITLE[kind];
      await chooseKind(page, title);
      const total = await ledgerTotal(page);
      const table = page.getByRole('table', { name: `${title}列表` });
      if (total > 0) {
        await expect(table.locator('[role="rowgroup"] [role="row"]').first()).toBeVisible();
        // 身份证号码 are masked on screen (first 6 and last 4 digits).
        const ids = await table.locator('[role="rowgroup"] [role="cell"]').allInnerTexts();
        expect(ids.filter((t) => /^\d{17}[\dX]$/.test(t))).toEqual([]);
        await expect(table.getByRole('row', { name: '合计' })).toContainText(`合计：${total}`);
      } else {
        await expect(page.getByTestId('ledger-empty')).toContainText('没有符合本台账条件的记录');
      }
      await page.screenshot({ path: `${OUT}/${kind}-screen.png` });

      const pdf = await printToPdf(page, kind);
      const pages = pdfPages(pdf);
      expect(pages.length, kind).toBeGreaterThan(0);
      pages.forEach((text, i) => {
        const flat = text.replace(/\s+/g, '');
        expect(flat, `${kind} page ${i + 1}`).toContain(title.replace(/\s+/g, ''));
        expect(flat, `${kind} page ${i + 1}`).toContain('序号');
        expect(flat, `${kind} page ${i + 1}`).toContain('街道：江滨街道（演示）');
        expect(flat, `${kind} page ${i + 1}`).toContain('截至日期：2026年11月20日');
        expect(flat, `${kind} page ${i + 1}`).toContain(`第${i + 1}页共${pages.length}页`);
        expect(text, `${kind} page ${i + 1}: no full ID number`).not.toMatch(/\b\d{17}[\dX]\b/);
      });
      if (total === 0) expect(pages.join('')).toContain('没有符合本台账条件的记录');
      // PNGs of every page, for a look (pdftoppm).
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, `${OUT}/${kind}`]);
    }
  });

  test('filters, sort, the column chooser, one community, and the Excel export', async ({ page }) => {
    test.setTimeout(300_000);
    await openDemo(page, server);
    await page.keyboard.press('Alt+0');
    await chooseKind(page, LEDGER_TITLE.unemployed);
    const all = await ledgerTotal(page);
    const table = page.getByRole('table', { name: `${LEDGER_TITLE.unemployed}列表` });
    const rows = table.locator('[role="rowgroup"] [role="row"]');

    // 性别 = 女: fewer rows, every one a woman.
    await page.getByRole('combobox', { name: '性别' }).click();
    await page.getByRole('option', { name: '女', exact: true }).click();
    await expect(page.getByTestId('ledger-count')).toContainText('筛选出');
    const women = Number(/筛选出 (\d+)/.exec(await page.getByTestId('ledger-count').innerText())?.[1]);
    expect(women).toBeGreaterThan(0);
    expect(women).toBeLessThan(all);
    const genderColumn = (await table.getByRole('columnheader').allInnerTexts()).findIndex((t) => t.startsWith('性别'));
    await expect(rows).toHaveCount(Math.min(women, await rows.count()));
    for (const row of await rows.all()) await expect(row.getByRole('cell').nth(genderColumn)).toHaveText('女');
    await page.getByRole('button', { name: '清除筛选' }).click();

    // Sort by 姓名 and back.
    await table.getByRole('columnheader', { name: /^姓名/ }).click();
    await expect(table.getByRole('columnheader', { name: /^姓名/ })).toHaveAttribute('aria-sort', 'ascending');

    // The column chooser: hide 联系电话, saved for the office; then back to the default.
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByRole('checkbox', { name: '联系电话' }).uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(table.getByRole('columnheader', { name: /^联系电话/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('table', { name: `${LEDGER_TITLE.unemployed}列表` }).getByRole('columnheader', { name: /^姓名/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: `${LEDGER_TITLE.unemployed}列表` }).getByRole('columnheader', { name: /^联系电话/ })).toHaveCount(0);
    await page.getByRole('button', { name: '列设置' }).click();
    await page.getByRole('button', { name: '恢复默认' }).click();
    await expect(page.getByRole('table', { name: `${LEDGER_TITLE.unemployed}列表` }).getByRole('columnheader', { name: /^联系电话/ })).toHaveCount(1);

    // One community: fewer rows, all in it.
    const option = (await openOptions(page, page.getByRole('combobox', { name: '范围' }))).nth(1);
    const community = (await option.innerText()).trim();
    await option.click();
    await expect(page.getByTestId('ledger-count')).toContainText(community);
    expect(await ledgerTotal(page)).toBeLessThan(all);
    await page.screenshot({ path: `${OUT}/unemployed-community.png` });

    // 导出 Excel: a download laid out like the print (title, heading line, header; IDs text and masked).
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const download = await downloading;
    const path = `${OUT}/unemployed.xlsx`;
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe(LEDGER_TITLE.unemployed);
    expect(String(sheet?.getCell('A2').value)).toContain(`社区：${community}`);
    expect(sheet?.getRow(3).values).toContain('身份证号码');
    expect(sheet?.pageSetup.orientation).toBe('landscape');
    writeFileSync(`${OUT}/done.txt`, 'ok');
  });
});
