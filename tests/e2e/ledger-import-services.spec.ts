/**
 * 导入本所台账, 服务记录台账 (kind services): persons first from a 劳动力资源台账, then a services ledger mapped from
 * its own header words, previewed (a person not in the database rejected with the row named, a repeated record a
 * duplicate), committed; the same file again changes nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEDGER_IDS } from '../fixtures/ledger-builder';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';
import { expect, test } from './support/test';
import type { Page } from './support/test';

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-ledger-services-'));
const I = LEDGER_IDS;

async function screens(page: Page, name: string): Promise<void> {
  mkdirSync('.tmp', { recursive: true });
  await page.screenshot({ path: `.tmp/ledger-services-${name}-1280x720.png`, fullPage: true });
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function choose(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择台账文件…' }).click();
  await (await chooser).setFiles(path);
}

test.describe('导入本所台账：服务记录台账', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('persons first, then their services: map, preview, commit; the same file again changes nothing', async ({ page }) => {
    test.setTimeout(180_000);
    const labour = join(files, '劳动力资源台账.csv');
    writeFileSync(labour, `\ufeff姓名,身份证号码,家庭住址\r\n张伟,${I.zhang},金山路1号\r\n李娜,${I.li},金山路1号\r\n`);
    const services = join(files, '就业服务台账.csv');
    writeFileSync(
      services,
      [
        '\ufeff金山社区就业服务台账',
        '序号,姓名,身份证号,服务时间,服务项目,服务内容,经办人',
        `1,张伟,${I.zhang},2026-03-04,职业指导,求职指导,王芳`,
        `2,李娜,${I.li},2026/3/5,岗位推荐,金山超市 收银员,王芳`,
        `3,张伟,${I.zhang},2026.03.04,就业指导,求职指导,王芳`,
        `4,吴军,${I.wu},2026-03-06,职业指导,,王芳`,
        '',
      ].join('\r\n'),
    );
    await setupStreet(page, await server.launchUrl());
    await page.evaluate(async () => {
      await fetch('./api/communities.create', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: '321102001001', name: '金山社区', kind: 'community', contact: null }) });
    });

    await page.goto(`${server.url}#/transfer`);
    await choose(page, labour);
    await pick(page, '台账类型', '劳动力资源台账');
    await pick(page, '新人员放入社区', '金山社区');
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: '确认导入（2 行）' }).click();
    await expect(page.getByText('新增 2 人')).toBeVisible();

    await choose(page, services);
    await expect(page.getByText('表头在第 2 行')).toBeVisible();
    await pick(page, '台账类型', '服务记录台账');
    await expect(page.getByRole('combobox', { name: '“服务时间”导入为' })).toHaveValue('服务日期');
    await expect(page.getByRole('combobox', { name: '“服务项目”导入为' })).toHaveValue('服务类型');
    await expect(page.getByRole('combobox', { name: '“经办人”导入为' })).toHaveValue('经办人');
    await screens(page, 'mapping');
    await page.getByRole('button', { name: '预览' }).click();
    const rows = page.getByRole('table', { name: '导入预览的行' });
    await expect(rows.locator('tbody tr')).toHaveCount(4);
    await expect(rows).toContainText('第 6 行');
    await expect(rows).toContainText('不在数据库中');
    await expect(rows).toContainText('与第 3 行是同一条记录');
    await screens(page, 'preview');
    await page.getByRole('button', { name: '确认导入（2 行）' }).click();
    await expect(page.getByText('新增或更新服务记录 2 条')).toBeVisible();
    await screens(page, 'done');

    // The same file again: every record is already there.
    await choose(page, services);
    await pick(page, '台账类型', '服务记录台账');
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByText(/可导入 2 行（新增 0、更新 0、不变 2/)).toBeVisible();
    await page.getByRole('button', { name: '确认导入（2 行）' }).click();
    await expect(page.getByText('新增或更新服务记录 0 条')).toBeVisible();

    // 培训台账: trainings of the same persons.
    const training = join(files, '培训台账.csv');
    writeFileSync(training, `\ufeff姓名,身份证号码,培训时间,培训工种,课时,取得证书\r\n李娜,${I.li},2026-05-10,育婴员,40,育婴员五级\r\n`);
    await choose(page, training);
    await pick(page, '台账类型', '培训台账');
    await expect(page.getByRole('combobox', { name: '“培训工种”导入为' })).toHaveValue('培训项目');
    await expect(page.getByRole('combobox', { name: '“课时”导入为' })).toHaveValue('学时');
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: '确认导入（1 行）' }).click();
    await expect(page.getByText('新增或更新服务记录 1 条')).toBeVisible();
    await screens(page, 'training-done');
  });
});
