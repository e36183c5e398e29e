/**
 * [admin] Users, roles, masking, the audit trail, backups and restore — through the real UI in Chromium:
 * the first start creates the street admin; a community clerk sees only the own community and is refused (and
 * logged) for another's person through the bridge; five wrong passwords lock an account; an inspector sees masked
 * numbers and no edit buttons; the admin reveals an ID and finds it in the 审计日志; back up, change, restore.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';

const ADMIN = { username: 'zhang', displayName: '张管理', password: 'admin-password-1' };
const CLERK = { username: 'li', displayName: '李社区', password: 'clerk-password-1' };
const INSPECTOR = { username: 'wang', displayName: '王检查', password: 'inspect-password-1' };
const LOCKED = { username: 'zhao', displayName: '赵经办', password: 'street-password-1' };

interface Result<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** A call straight through the bridge, as a page (or a script in it) would send it. */
async function rawCall<T>(page: Page, method: string, input: unknown): Promise<Result<T>> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      return (await response.json()) as Result<T>;
    },
    { method, input },
  );
}

async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await rawCall<T>(page, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  const form = page.getByRole('form', { name: '登录' });
  await form.getByLabel('用户名').fill(user.username);
  await form.getByLabel('密码', { exact: true }).fill(user.password);
  await form.getByRole('button', { name: '登录' }).click();
}

/** Signs in and waits for the app (the user menu names the user). */
async function signInAs(page: Page, user: { username: string; password: string; displayName: string }): Promise<void> {
  await signIn(page, user);
  await expect(page.getByRole('button', { name: `当前用户：${user.displayName}` })).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^当前用户：/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByRole('form', { name: '登录' })).toBeVisible();
}

test.describe('用户、角色、审计与备份', () => {
  let server: DeskServer;
  let ownPerson: { id: number; idNumber: string };
  let otherPersonId: number;

  test.beforeAll(async () => {
    server = await startDeskServer(undefined, { signIn: false });
  });
  test.afterAll(async () => server.stop());

  test('first start creates the street admin; a community clerk sees only the own community, and is refused (logged) for another', async ({ page }) => {
    await page.goto(await server.launchUrl());
    // First start: the street admin (password at least 10 characters).
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('姓名').fill(ADMIN.displayName);
    await page.getByLabel(/^密码/).fill('short');
    await page.getByLabel('再次输入密码').fill('short');
    await page.getByRole('button', { name: '建立管理员并登录' }).click();
    await expect(page.getByText('密码至少 10 个字符')).toBeVisible();
    await page.getByLabel(/^密码/).fill(ADMIN.password);
    await page.getByLabel('再次输入密码').fill(ADMIN.password);
    await page.screenshot({ path: 'test-results/screens/admin-first-start.png' });
    await page.getByRole('button', { name: '建立管理员并登录' }).click();
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });

    // The admin adds a community clerk of the first community through 用户与安全.
    const communities = await callApi<{ id: number; name: string }[]>(page, 'communities.list', {});
    const [own, other] = communities as [{ id: number; name: string }, { id: number; name: string }];
    await page.keyboard.press('Alt+U');
    await expect(page.getByRole('heading', { name: '用户与安全' })).toBeVisible();
    await page.getByRole('button', { name: '添加用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(CLERK.username);
    await dialog.getByLabel('姓名').fill(CLERK.displayName);
    await dialog.getByRole('combobox', { name: '角色' }).click();
    await page.getByRole('option', { name: '社区经办人' }).click();
    await dialog.getByRole('combobox', { name: '所属社区' }).click();
    await page.getByRole('option', { name: own.name }).click();
    await dialog.getByLabel('初始密码').fill(CLERK.password);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: '用户' })).toContainText(CLERK.displayName);
    await page.screenshot({ path: 'test-results/screens/admin-users.png' });
    for (const u of [INSPECTOR, LOCKED]) {
      await callApi(page, 'users.create', { ...u, role: u === INSPECTOR ? 'inspector' : 'street_clerk', communityId: null });
    }

    // A person of each community, for what follows.
    const ownPage = await callApi<{ rows: { id: number }[] }>(page, 'households.list', { communityId: own.id, offset: 0, limit: 5 });
    const otherPage = await callApi<{ rows: { id: number }[] }>(page, 'households.list', { communityId: other.id, offset: 0, limit: 5 });
    const ownHousehold = await callApi<{ members: { id: number }[] }>(page, 'households.get', { id: ownPage.rows[0]?.id });
    const otherHousehold = await callApi<{ members: { id: number }[] }>(page, 'households.get', { id: otherPage.rows[0]?.id });
    const ownId = ownHousehold.members[0]?.id as number;
    otherPersonId = otherHousehold.members[0]?.id as number;
    ownPerson = { id: ownId, idNumber: (await callApi<{ value: string }>(page, 'persons.reveal', { personId: ownId, field: 'idNumber' })).value };

    // The community clerk signs in: the registry offers the own community only.
    await signOut(page);
    await signInAs(page, CLERK);
    await expect(page.getByRole('button', { name: `当前用户：${CLERK.displayName}` })).toBeVisible();
    await page.keyboard.press('Alt+2');
    await expect(page.getByText(own.name).first()).toBeVisible();
    const list = await callApi<{ rows: { communityId?: number }[]; total: number }>(page, 'households.list', { communityId: other.id, offset: 0, limit: 5 }).catch((e: Error) => e);
    expect(list).toBeInstanceOf(Error);
    // Searches find the own community's people only.
    const hits = await callApi<{ communityName: string }[]>(page, 'search.persons', { q: '王', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.communityName))).toEqual(new Set([own.name]));
    await page.getByLabel('查找人员').fill('王');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('option').filter({ hasText: other.name })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: '主导航' })).not.toContainText('用户与安全');
    await page.screenshot({ path: 'test-results/screens/admin-community-clerk.png' });

    // Another community's person, by id through the bridge: refused; and on the page: the refusal, nothing of them.
    const refused = await rawCall(page, 'persons.get', { id: otherPersonId });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(refused.error?.message).toContain('本社区');
    await page.goto(`${server.url}#/person/${otherPersonId}`);
    await expect(page.getByText(/社区经办人只能查看和处理本社区的数据/)).toBeVisible();
    // A write about the own community's person goes through; about the other's, refused.
    const write = await rawCall(page, 'wishes.record', { personId: otherPersonId, recordedOn: '2026-11-20', hasWish: true, wishedJob: '保洁', wishedWage: null, trainingWanted: null, noWishReason: null });
    expect(write.error?.code).toBe('FORBIDDEN');
    await signOut(page);

    // Five wrong passwords lock the account; the right one is then refused too.
    for (let i = 0; i < 5; i += 1) {
      await signIn(page, { username: LOCKED.username, password: 'wrong-password' });
      await expect(page.getByRole('alert').filter({ hasText: i < 4 ? '用户名或密码不正确' : '已被锁定' })).toBeVisible();
    }
    await signIn(page, LOCKED);
    await expect(page.getByRole('alert').filter({ hasText: '已被锁定' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/admin-locked.png' });

    // The admin finds the refusal and the lock in the 审计日志.
    await signInAs(page, ADMIN);
    await page.keyboard.press('Alt+U');
    await page.getByRole('tab', { name: '审计日志' }).click();
    const log = page.getByRole('table', { name: '审计日志' });
    await page.getByRole('combobox', { name: '用户', exact: true }).fill(CLERK.username);
    await page.getByRole('option', { name: CLERK.username }).click();
    await expect(log).toContainText('拒绝越权操作');
    await expect(log).toContainText('persons.get');
    await page.getByRole('combobox', { name: '用户', exact: true }).fill(LOCKED.username);
    await page.getByRole('option', { name: LOCKED.username }).click();
    await expect(log).toContainText('账号锁定');
    await page.screenshot({ path: 'test-results/screens/admin-audit-refusal.png', fullPage: true });
  });

  test('an inspector sees masked numbers and no edit buttons; the admin reveals an ID and finds it in the audit log', async ({ page }) => {
    await page.goto(await server.launchUrl());
    const form = page.getByRole('form', { name: '登录' });
    if (await form.isHidden()) await signOut(page);
    await signInAs(page, INSPECTOR);
    await page.goto(`${server.url}#/person/${ownPerson.id}`);
    const id = page.getByLabel('身份证号码', { exact: true });
    await expect(id).toHaveText(`${ownPerson.idNumber.slice(0, 6)}********${ownPerson.idNumber.slice(-4)}`);
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '迁出' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /显示完整/ })).toHaveCount(0);
    // Nor through the bridge: a write and a reveal are refused.
    expect((await rawCall(page, 'persons.reveal', { personId: ownPerson.id, field: 'idNumber' })).error?.code).toBe('FORBIDDEN');
    expect((await rawCall(page, 'households.setFlag', { id: 1, version: 1, flag: 'dibao', value: true, effectiveFrom: '2026-11-20' })).error?.code).toBe('FORBIDDEN');
    await page.screenshot({ path: 'test-results/screens/admin-inspector-person.png' });
    await signOut(page);

    await signInAs(page, ADMIN);
    await page.goto(`${server.url}#/person/${ownPerson.id}`);
    await expect(page.getByLabel('身份证号码', { exact: true })).not.toHaveText(ownPerson.idNumber);
    await page.getByRole('button', { name: '显示完整身份证号码' }).click();
    await expect(page.getByLabel('身份证号码', { exact: true })).toHaveText(ownPerson.idNumber);
    await page.screenshot({ path: 'test-results/screens/admin-revealed.png' });
    // The person's own history tab has the reveal.
    await page.getByRole('tab', { name: '修改历史' }).click();
    await expect(page.getByRole('table', { name: '修改历史' })).toContainText('查看完整号码');
    // And the 审计日志, filtered by action.
    await page.keyboard.press('Alt+U');
    await page.getByRole('tab', { name: '审计日志' }).click();
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '查看完整号码' }).click();
    const log = page.getByRole('table', { name: '审计日志' });
    await expect(log.getByRole('row').filter({ hasText: ADMIN.username }).filter({ hasText: `人员 ${ownPerson.id}` }).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/admin-audit-reveal.png', fullPage: true });
  });

  test('back up, change, restore: the change is gone; a tampered backup is refused and nothing changes', async ({ page }) => {
    await page.goto(await server.launchUrl());
    const form = page.getByRole('form', { name: '登录' });
    const signedIn = page.getByRole('button', { name: /^当前用户：/ });
    // The shell first: a key pressed while the page still loads reaches no handler.
    await expect(form.or(signedIn)).toBeVisible();
    if (await form.isVisible()) await signInAs(page, ADMIN);
    await expect(signedIn).toBeVisible();
    await page.keyboard.press('Alt+U');
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '立即备份到文件…' }).click();
    const download = await downloading;
    const backupPath = join(server.dataDir, 'e2e-manual.deskbak');
    await download.saveAs(backupPath);
    await expect(page.getByText(/已备份（/)).toBeVisible();

    // A change after the backup: a new community.
    await callApi(page, 'communities.create', { code: '321102001099', name: '备份后新建社区', kind: 'community', contact: null });

    // A tampered copy (one byte of the image changed): refused, the community still there.
    const bytes = readFileSync(backupPath);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    const tampered = join(server.dataDir, 'e2e-tampered.deskbak');
    writeFileSync(tampered, bytes);
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从备份文件恢复…' }).click();
    await (await chooser).setFiles(tampered);
    await page.getByRole('button', { name: '确认恢复' }).click();
    await expect(page.getByText(/备份文件无效或已被改动（SHA-256 校验值不符）/)).toBeVisible();
    expect((await callApi<{ name: string }[]>(page, 'communities.list', {})).map((c) => c.name)).toContain('备份后新建社区');
    await page.screenshot({ path: 'test-results/screens/admin-restore-refused.png' });

    // The good backup: restored; everyone signs in again; the community made after the backup is gone.
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从备份文件恢复…' }).click();
    await (await chooser).setFiles(backupPath);
    await page.getByRole('button', { name: '确认恢复' }).click();
    await expect(page.getByRole('form', { name: '登录' })).toBeVisible({ timeout: 30_000 });
    await signInAs(page, ADMIN);
    expect((await callApi<{ name: string }[]>(page, 'communities.list', {})).map((c) => c.name)).not.toContain('备份后新建社区');
    // The backup made before the restore is listed in the backups folder.
    await page.keyboard.press('Alt+U');
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await expect(page.getByRole('table', { name: '备份' })).toContainText('恢复前自动');
    await page.getByRole('tab', { name: '审计日志' }).click();
    await expect(page.getByRole('table', { name: '审计日志' })).toContainText('恢复');
    await page.screenshot({ path: 'test-results/screens/admin-restored.png', fullPage: true });
  });

  test('修改密码 from the user menu: a mismatch and a wrong current password are refused; the new password signs in', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await expect(page.getByRole('form', { name: '登录' }).or(page.getByRole('button', { name: /^当前用户：/ }))).toBeVisible();
    if (await page.getByRole('button', { name: /^当前用户：/ }).isVisible()) await signOut(page);
    await signInAs(page, CLERK);
    // On 社区 a community clerk adds and edits no community, and records 六到位 for the own community only.
    await expect(page.getByRole('table', { name: '社区列表' })).toBeVisible();
    await expect(page.getByRole('button', { name: /新增社区/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^编辑/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /六到位$/ })).toHaveCount(1);
    await page.getByRole('button', { name: `当前用户：${CLERK.displayName}` }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const form = page.getByRole('form', { name: '修改密码' });
    const next = 'clerk-password-2';
    await form.getByLabel('当前密码').fill(CLERK.password);
    await form.getByLabel('新密码', { exact: true }).fill(next);
    await form.getByLabel('再次输入新密码').fill('clerk-password-3');
    await form.getByRole('button', { name: '保存新密码' }).click();
    await expect(form.getByText('两次输入的新密码不一致')).toBeVisible();
    await form.getByLabel('当前密码').fill('not-the-password');
    await form.getByLabel('再次输入新密码').fill(next);
    await form.getByRole('button', { name: '保存新密码' }).click();
    await expect(form.getByRole('alert').or(form.locator('.mantine-Alert-root'))).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/admin-change-password.png' });
    await form.getByLabel('当前密码').fill(CLERK.password);
    await form.getByRole('button', { name: '保存新密码' }).click();
    await expect(form).toBeHidden();
    await signOut(page);
    await signInAs(page, { ...CLERK, password: next });
  });
});
