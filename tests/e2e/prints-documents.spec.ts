/**
 * Issue [prints] items 4, 5, 7 and 8 through the real UI on the small demo: 街道信息 saved and printed on the notice;
 * each document and the notice opened from its page, printed to PDF with Playwright's page.pdf (the same HTML the
 * print view shows) and checked with pdftotext (title, 第 N 页 共 M 页 with the right M, no full ID number on the
 * notice); screens (待办, 考核, person, household) printed without navigation or buttons, every row included.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { E2E_TODAY } from './support/e2e-today';

const OUT = 'test-results/prints-docs';
mkdirSync(OUT, { recursive: true });
const ID_NUMBER = /\d{17}[\dX]/;

/** The text of each page of a PDF. */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

function pageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** 第 N 页 共 M 页 on every page, with the right M (pdftotext may drop the spaces). */
function expectPageNumbers(pages: string[]): void {
  pages.forEach((text, i) => expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pages.length}页`));
}

async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const load = page.getByRole('button', { name: '载入演示数据' });
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(load.or(nav)).toBeVisible({ timeout: 60_000 });
  if (await load.isVisible()) await load.click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
}

/** The print view's document (the frame's srcdoc) printed to PDF by Playwright in a page of its own. */
async function printPreviewToPdf(page: Page, name: string): Promise<{ path: string; pages: string[] }> {
  const frame = page.getByTestId('print-frame');
  await expect(frame).toBeVisible({ timeout: 30_000 });
  const html = await frame.getAttribute('srcdoc');
  if (!html) throw new Error('the print view holds no document');
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent(html, { waitUntil: 'load' });
  await pdfPage.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(OUT, `${name}.pdf`);
  await pdfPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await pdfPage.close();
  await page.getByRole('button', { name: '关闭打印预览' }).click();
  const pages = pdfPages(path);
  expect(pages.length).toBe(pageCount(path));
  return { path, pages };
}

/** The page itself printed as the browser prints it: beforeprint (full lists rendered), print media, afterprint. */
async function printScreenToPdf(page: Page, name: string): Promise<string[]> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const path = join(OUT, `${name}.pdf`);
  await page.pdf({ path, printBackground: true, preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return pdfPages(path);
}

test.describe('打印：街道信息、户卡、认定表、协议书、考核表、公示牌、页面打印', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('街道信息 saves; the notice of a community prints A3 with the new phone, page numbers and no ID number', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    await page.getByRole('link', { name: /设置/ }).click();
    await page.getByRole('tab', { name: '街道信息' }).click();
    const form = page.getByRole('form', { name: '街道信息' });
    await expect(form.getByLabel('街道代码')).toHaveValue('321102001');
    await expect(form.getByLabel('街道代码')).toBeDisabled();
    await form.getByLabel('举报电话').fill('电话');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByText('举报电话只能由数字')).toBeVisible();
    await form.getByLabel('举报电话').fill('0511-86668888');
    await form.getByLabel('默认制表人').fill('王会计');
    await form.getByLabel('办公地址').fill('江滨路 1 号街道便民服务中心');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存街道信息')).toBeVisible();
    await page.reload();
    await page.getByRole('tab', { name: '街道信息' }).click();
    await expect(page.getByRole('form', { name: '街道信息' }).getByLabel('举报电话')).toHaveValue('0511-86668888');
    await page.screenshot({ path: `${OUT}/street-info.png` });

    await page.getByRole('link', { name: /社区/ }).first().click();
    await page.getByRole('button', { name: '打印江滨社区公示牌' }).click();
    const dialog = page.getByRole('dialog', { name: '打印社区公示牌' });
    await expect(dialog.getByRole('textbox', { name: '数据截至' })).toHaveValue('2026年11月20日');
    await page.screenshot({ path: `${OUT}/notice-dialog.png` });
    await dialog.getByRole('button', { name: '预览公示牌' }).click();
    const notice = await printPreviewToPdf(page, 'notice-A3');
    expect(notice.pages).toHaveLength(1);
    const text = notice.pages.join('\n');
    expect(text).toContain('创建充分就业社区公示牌');
    expect(text).toContain('江滨社区');
    expect(text).toContain('0511-86668888');
    expect(text).toContain('江滨路 1 号街道便民服务中心');
    expect(text).toContain('劳动力资源');
    expect(text).not.toMatch(ID_NUMBER);
    expectPageNumbers(notice.pages);
    expect(execFileSync('pdfinfo', [notice.path], { encoding: 'utf8' })).toMatch(/\(A3\)/);

    // A4 selectable.
    await page.getByRole('button', { name: '打印江滨社区公示牌' }).click();
    await page.getByRole('dialog', { name: '打印社区公示牌' }).getByText('A4 纵向').click();
    await page.getByRole('dialog', { name: '打印社区公示牌' }).getByRole('button', { name: '预览公示牌' }).click();
    const a4 = await printPreviewToPdf(page, 'notice-A4');
    expect(a4.pages).toHaveLength(1);
    expect(execFileSync('pdfinfo', [a4.path], { encoding: 'utf8' })).toMatch(/\(A4\)/);
  });

  test('户卡 from the household page: members of the date, services, page N of M', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    const communities = await api<{ id: number; name: string }[]>(page, 'communities.list', {});
    const jiangbin = communities.find((c) => c.name === '江滨社区');
    if (!jiangbin) throw new Error('no 江滨社区 in the demo');
    const households = await api<{ rows: { id: number; number: string; memberCount: number }[] }>(page, 'households.list', { communityId: jiangbin.id, offset: 0, limit: 100 });
    const household = households.rows.find((h) => h.memberCount >= 3) ?? households.rows[0];
    if (!household) throw new Error('no household');
    await page.goto(`${server.url}#/household/${household.id}`);
    await expect(page.getByRole('heading', { name: `户 ${household.number}` })).toBeVisible();
    await page.screenshot({ path: `${OUT}/household-page.png` });
    await page.getByRole('button', { name: '打印户卡' }).click();
    await expect(page.getByTestId('print-frame')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/household-card-preview.png` });
    const card = await printPreviewToPdf(page, 'household-card');
    const all = card.pages.join('\n');
    expect(all.replace(/\s+/g, '')).toContain('户卡');
    expect(all).toContain(household.number);
    expect(all).toContain('家庭成员');
    expect(all).toContain('就业服务记录');
    expectPageNumbers(card.pages);
  });

  test('认定表 and 协议书 from the person page', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    const communities = await api<{ id: number; name: string }[]>(page, 'communities.list', {});
    const households = await api<{ rows: { id: number }[] }>(page, 'households.list', { communityId: communities[0]?.id ?? 0, offset: 0, limit: 5 });
    const detail = await api<{ members: { id: number; name: string; birthDate: string }[] }>(page, 'households.get', { id: households.rows[0]?.id ?? 0, asOf: E2E_TODAY });
    const person = detail.members.find((m) => m.birthDate < '1995-01-01') ?? detail.members[0];
    if (!person) throw new Error('no member to recognise');
    const applied = await api<{ id: number; version: number }>(page, 'recognitions.apply', {
      personId: person.id,
      category: '4050',
      appliedOn: '2026-10-08',
      especiallyDifficult: true,
      fiveClear: {
        skills: { clear: true, note: '家政服务' },
        jobWish: { clear: true, note: '保洁' },
        family: { clear: true, note: '低保户' },
        employment: { clear: true, note: '失业' },
        policies: { clear: false, note: '待核实' },
      },
    });
    await api(page, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2026-10-10', reviewer: '张科长' });
    const agreement = await api<{ id: number }>(page, 'assistance.create', { personId: person.id, signedOn: '2026-10-12', clerk: '李明', goal: '三个月内实现家政岗位就业' });
    await api(page, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'training', description: '参加家政服务员培训', plannedOn: '2026-11-30' });

    await page.goto(`${server.url}#/person/${person.id}`);
    await expect(page.getByRole('heading', { name: person.name })).toBeVisible();
    await page.getByRole('button', { name: '打印认定表' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/person-recognition.png` });
    await page.getByRole('button', { name: '打印认定表' }).click();
    const form = await printPreviewToPdf(page, 'recognition-form');
    const formText = form.pages.join('\n');
    expect(formText.replace(/\s+/g, '')).toContain('就业困难人员申请审核认定表');
    expect(formText).toContain(person.name);
    expect(formText).toContain('张科长');
    expect(formText).toContain('申请人（签字）');
    expectPageNumbers(form.pages);

    await page.getByRole('button', { name: '打印协议书' }).click();
    const doc = await printPreviewToPdf(page, 'agreement');
    const docText = doc.pages.join('\n');
    expect(docText.replace(/\s+/g, '')).toContain('就业援助协议书');
    expect(docText).toContain('一人一策');
    expect(docText).toContain('参加家政服务员培训');
    expect(docText).toContain('72 小时');
    expectPageNumbers(doc.pages);
  });

  test('考核表 of saved chongqing-2007 and zhenjiang-scored assessments: one page per community and the street', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    const communities = await api<{ id: number }[]>(page, 'communities.list', {});
    for (const [standardId, title] of [
      ['chongqing-2007', '重庆市充分就业社区创建标准（2007）考核表'],
      ['zhenjiang-scored', '考核表'],
    ] as const) {
      const saved = await api<{ id: number }>(page, 'assessment.save', { standardId, asOf: E2E_TODAY });
      await page.goto(`${server.url}#/assessment/saved/${saved.id}`);
      await expect(page.getByRole('heading', { name: '保存的考核结果' })).toBeVisible();
      await page.screenshot({ path: `${OUT}/saved-${standardId}.png` });
      await page.getByRole('button', { name: '打印考核表' }).click();
      const sheet = await printPreviewToPdf(page, `sheet-${standardId}`);
      expect(sheet.pages).toHaveLength(communities.length + 1);
      for (const text of sheet.pages) expect(text.replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
      expect(sheet.pages.join('\n')).toContain('考核人（签字）');
      if (standardId === 'zhenjiang-scored') expect(sheet.pages.join('\n')).toContain('得分');
      expectPageNumbers(sheet.pages);
    }
  });

  test('待办, 考核 and the person page print without navigation or buttons, naming street, subject and date', async ({ page }) => {
    await openDemo(page, await server.launchUrl());
    await page.getByRole('link', { name: /待办/ }).click();
    await expect(page.getByLabel('待办统计')).toBeVisible({ timeout: 60_000 });
    const list = await api<{ total: number; rows: { detail: string }[] }>(page, 'worklist.list', { asOf: E2E_TODAY });
    expect(list.total).toBeGreaterThan(20);
    const worklist = await printScreenToPdf(page, 'screen-worklist');
    const text = worklist.join('\n');
    expect(text).toContain('江滨街道');
    expect(text).toContain('待办（截至2026年11月20日');
    expect(text).toContain('打印日期');
    expect(text).not.toContain('服务活动');
    expect(text).not.toContain('待办设置');
    // Every row, not the few the virtualised table had on screen: the last row's number is printed.
    expect(text).toMatch(new RegExp(`\\n\\s*${list.total}\\s`));
    expectPageNumbers(worklist);

    await page.getByRole('link', { name: /考核/ }).click();
    await expect(page.getByRole('button', { name: '保存本次考核' })).toBeEnabled({ timeout: 60_000 });
    const results = (await printScreenToPdf(page, 'screen-assessment')).join('\n');
    expect(results).toContain('考核结果');
    expect(results).not.toContain('重新计算');

    const communities = await api<{ id: number }[]>(page, 'communities.list', {});
    const households = await api<{ rows: { id: number }[] }>(page, 'households.list', { communityId: communities[0]?.id ?? 0, offset: 0, limit: 5 });
    const detail = await api<{ members: { id: number; name: string }[] }>(page, 'households.get', { id: households.rows[0]?.id ?? 0, asOf: E2E_TODAY });
    const person = detail.members[0];
    if (!person) throw new Error('no person');
    await page.goto(`${server.url}#/person/${person.id}`);
    await expect(page.getByRole('heading', { name: person.name })).toBeVisible();
    const personText = (await printScreenToPdf(page, 'screen-person')).join('\n');
    expect(personText).toContain(`人员：${person.name}`);
    expect(personText).not.toContain('Ctrl+P');
    expect(personText).not.toContain('Alt+');
    expect(personText).not.toContain('服务活动');

    await page.goto(`${server.url}#/household/${households.rows[0]?.id ?? 0}`);
    await expect(page.getByRole('button', { name: '打印户卡' })).toBeVisible();
    const householdText = (await printScreenToPdf(page, 'screen-household')).join('\n');
    expect(householdText).toMatch(/户 \S+（/);
    expect(householdText).not.toContain('添加成员');
    expect(householdText).not.toContain('Alt+');
  });
});
