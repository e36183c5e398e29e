/**
 * 导入本所台账: 就业困难人员台账 (kind difficult) and 岗位台账 (kind vacancies). Neither asks for a community. The
 * recognitions go through the person page's rules (a person not in the database rejected, naming the column) and
 * show on the person page; the vacancies create their employer, shown as new in the preview, and show on 用工单位.
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

const files = mkdtempSync(join(tmpdir(), 'desk-e2e-ledger-kinds-'));
const I = LEDGER_IDS;

async function screens(page: Page, name: string): Promise<void> {
  mkdirSync('.tmp', { recursive: true });
  await page.screenshot({ path: `.tmp/ledger-kinds-${name}-1280x720.png`, fullPage: true });
}

async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`./api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(result.error?.message ?? method);
  return result.value as T;
}

/**
 * The kind of ledger, chosen from the keyboard (the list's animation on a busy machine makes clicks flaky): the list
 * opened, then ArrowDown until the kind is highlighted — each key waited for, as keys sent before the list had
 * answered the last one were lost — then Enter.
 */
async function chooseKind(page: Page, label: string): Promise<void> {
  const select = page.getByRole('combobox', { name: '台账类型' });
  if ((await select.inputValue()) === label) return;
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const highlighted = listbox.locator('[data-combobox-selected]');
  const target = listbox.getByRole('option', { name: label, exact: true });
  await expect(target).toBeVisible();
  for (let i = 0; i < 12 && (await target.getAttribute('data-combobox-selected')) === null; i += 1) {
    const was = (await highlighted.count()) === 0 ? null : await highlighted.textContent();
    await page.keyboard.press('ArrowDown');
    if (was === null) await expect(highlighted).toHaveCount(1);
    else await expect(highlighted).not.toHaveText(was);
  }
  await expect(target).toHaveAttribute('data-combobox-selected');
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue(label);
}

async function choose(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择台账文件…' }).click();
  await (await chooser).setFiles(path);
}

test.describe('导入本所台账：就业困难人员台账与岗位台账', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('a 就业困难人员 ledger and a 岗位 ledger: no community asked, preview, commit, seen on the person page and on 用工单位', async ({ page }) => {
    test.setTimeout(180_000);
    await setupStreet(page, await server.launchUrl());
    const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null });
    const household = await api<{ id: number }>(page, 'households.create', { communityId: community.id, number: '0101', address: '金山路1号', urban: true, dibao: false, businessIncome: false });
    const zhang = await api<{ id: number }>(page, 'persons.create', {
      householdId: household.id,
      idNumber: I.zhang,
      name: '张伟',
      relation: 'head',
      workAbility: 'full',
      isStudent: false,
      isRetired: false,
      migrantWorker: false,
      veteran: false,
    });

    const difficult = join(files, '就业困难人员台账.csv');
    writeFileSync(
      difficult,
      [
        '\ufeff金山社区就业困难人员花名册',
        '序号,姓名,身份证号,人员类别,申请时间,审核结果,认定时间,审核人',
        `1,张伟,${I.zhang},4050人员,2026-01-05,认定,2026-01-12,李科长`,
        `2,吴军,${I.wu},低保,2026-02-01,,,`,
        '',
      ].join('\r\n'),
    );
    await page.goto(`${server.url}#/transfer`);
    await choose(page, difficult);
    await expect(page.getByText('表头在第 2 行')).toBeVisible();
    await chooseKind(page, '就业困难人员台账');
    await expect(page.getByText('无需选择社区')).toBeVisible();
    await expect(page.getByRole('combobox', { name: '新人员放入社区' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '“人员类别”导入为' })).toHaveValue('认定类别');
    await expect(page.getByRole('combobox', { name: '“认定时间”导入为' })).toHaveValue('审核（认定）日期');
    await page.getByRole('button', { name: '预览' }).click();
    const rows = page.getByRole('table', { name: '导入预览的行' });
    await expect(rows.locator('tbody tr')).toHaveCount(2);
    await expect(rows).toContainText('不在数据库中');
    await expect(rows).toContainText('审核结论：待审核 → 2026-01-12 认定');
    await screens(page, 'difficult-preview');
    await page.getByRole('button', { name: '确认导入（1 行）' }).click();
    await expect(page.getByText('新增困难认定 1 条')).toBeVisible();

    await page.goto(`${server.url}#/person/${zhang.id}`);
    await expect(page.getByRole('heading', { name: '张伟' })).toBeVisible();
    const card = page.locator('[aria-label^="就业困难认定（"]');
    await expect(card).toContainText('已认定');
    await expect(card).toContainText('李科长');
    await screens(page, 'difficult-person');

    const vacancies = join(files, '岗位台账.csv');
    writeFileSync(
      vacancies,
      ['\ufeff单位名称,联系人,联系电话,岗位名称,招聘人数,薪资,要求,发布日期', '金山超市,王经理,13900001111,收银员,3人,3500元/月,高中以上,2026-03-01', '金山超市,王经理,13900001111,理货员,若干,面议,,2026-03-01', ''].join('\r\n'),
    );
    await page.goto(`${server.url}#/transfer`);
    await choose(page, vacancies);
    await chooseKind(page, '岗位台账');
    await expect(page.getByText('岗位台账不涉及人员，无需选择社区')).toBeVisible();
    await page.getByRole('button', { name: '预览' }).click();
    await expect(rows.locator('tbody tr')).toHaveCount(2);
    await expect(rows).toContainText('金山超市 · 收银员');
    await expect(rows).toContainText('用工单位：（空） → 新建：金山超市（王经理 13900001111）');
    await expect(rows).toContainText('若干');
    await screens(page, 'vacancies-preview');
    await page.getByRole('button', { name: '确认导入（1 行）' }).click();
    await expect(page.getByText('新增岗位 1 个')).toBeVisible();

    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { name: '用工单位' })).toBeVisible();
    const list = page.getByRole('table', { name: '用工单位列表' });
    await expect(list.locator('tbody tr')).toHaveCount(1);
    await expect(list).toContainText('王经理 13900001111');
    await list.getByRole('link', { name: '金山超市' }).click();
    const posts = page.getByRole('table', { name: '岗位列表' });
    await expect(posts).toContainText('收银员');
    await expect(posts).toContainText('3,500 元');
    await screens(page, 'vacancies-employer');
  });
});
