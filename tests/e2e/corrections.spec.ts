/**
 * Corrections (issue #14): a registration date entered wrongly is corrected from the person's timeline and
 * 按时职业指导率 on 考核 follows; a guidance voided from the services list stops counting — the item drops and 待办
 * lists the person again — and stays, struck through with its reason, in the timeline.
 */
import { mkdirSync } from 'node:fs';
import { makeIdNumber } from '../../shared/domain/id-number';
import { startDeskServer } from './support/desk-server';
import type { DeskServer } from './support/desk-server';
import { setupStreet } from './support/setup-street';
import { expect, test } from './support/test';
import type { Locator, Page } from './support/test';

const GUIDANCE = '登记失业人员按时职业指导率';
const COMMUNITY = '更正社区';
const LATE = '欧阳晓明';
const ON_TIME = '诸葛秀兰';
const SCREENS = '.tmp/screens';

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

/** The page at 1280×720 and 1920×1080 (then back to the default size). */
async function screens(page: Page, name: string, show?: Locator): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (show) await show.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/corrections-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

async function person(page: Page, householdId: number, name: string, birthDate: string, sequence: number, relation: 'head' | 'spouse'): Promise<number> {
  const created = await api<{ id: number }>(page, 'persons.create', {
    householdId,
    idNumber: makeIdNumber('110101', birthDate, sequence),
    name,
    relation,
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    migrantWorker: false,
    veteran: false,
    retirementBase: null,
    skills: null,
    skillLevel: null,
    socialInsurance: null,
    policiesEnjoyed: null,
  });
  await api(page, 'wishes.record', { personId: created.id, recordedOn: '2026-01-05', hasWish: true });
  return created.id;
}

/** The guidance item of the community on 考核, opened: its "xx%（n/d）". */
async function guidanceValue(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^考核/ }).click();
  const card = page.getByRole('region', { name: COMMUNITY, exact: true });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: new RegExp(`^${GUIDANCE}`) }).first().click();
  await expect(page.getByRole('heading', { name: `${COMMUNITY} · ${GUIDANCE}` })).toBeVisible();
  return page.getByText(/^\d+(\.\d)?%（\d+\/\d+）$/).first();
}

/** Signed in on the street (set up by whichever test runs first). */
async function ready(page: Page, server: DeskServer): Promise<void> {
  const url = await server.launchUrl();
  await page.goto(url);
  const setup = page.getByLabel('街道（乡镇）名称');
  const home = page.getByRole('heading', { name: '社区', exact: true });
  await expect(setup.or(home)).toBeVisible();
  if (await setup.isVisible()) await setupStreet(page, url);
}

test.describe('更正：修改与作废', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('a registration date corrected changes 按时职业指导率; a voided guidance changes the item and 待办', async ({ page }) => {
    test.setTimeout(240_000);
    await ready(page, server);
    const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001077', name: COMMUNITY, kind: 'community', contact: null });
    const household = await api<{ id: number }>(page, 'households.create', { communityId: community.id, number: 'GZ-0001', address: '更正路 1 号', urban: true, dibao: false, businessIncome: false });
    const late = await person(page, household.id, LATE, '1980-03-04', 311, 'head');
    const onTime = await person(page, household.id, ON_TIME, '1982-06-07', 422, 'spouse');
    // Entered as registered on Monday 2 November (typed wrongly: it was Tuesday 10 November), guided on the 12th:
    // late as entered (deadline 5 November), on time as it really was (deadline 13 November).
    await api(page, 'registrations.register', { personId: late, registeredOn: '2026-11-02', reason: 'unemployed' });
    await api(page, 'services.record', { subject: { personId: late }, date: '2026-11-12', kind: 'guidance', clerk: '李红' });
    await api(page, 'registrations.register', { personId: onTime, registeredOn: '2026-11-16', reason: 'laid_off' });
    await api(page, 'services.record', { subject: { personId: onTime }, date: '2026-11-16', kind: 'guidance', clerk: '李红', content: '登记当日职业指导' });

    await expect(await guidanceValue(page)).toHaveText('50%（1/2）');
    await expect(page.getByRole('table', { name: '不达标名单' })).toContainText(LATE);

    // The late person's page: 修改 the registration from the timeline.
    await page.getByRole('table', { name: '不达标名单' }).getByRole('link', { name: LATE }).click();
    await expect(page.getByRole('heading', { name: LATE, level: 3 })).toBeVisible();
    const timeline = page.getByLabel('时间线');
    await timeline.getByRole('button', { name: /^修改：2026年11月2日，失业登记/ }).click();
    const edit = page.getByRole('dialog', { name: `修改失业登记：${LATE}` });
    await expect(edit).toBeVisible();
    const date = edit.getByRole('textbox', { name: '登记日期' });
    await expect(date).toBeFocused();
    await date.fill('2026-11-10');
    await date.press('Tab');
    await screens(page, 'edit-registration');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByLabel('失业登记情况')).toContainText('2026年11月10日登记');
    await expect(timeline).toContainText('2026年11月10日');

    await expect(await guidanceValue(page)).toHaveText('100%（2/2）');

    // 待办 before the void: nobody of the community is due guidance.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();
    const worklist = page.getByRole('table', { name: '待办列表' });
    await expect(worklist).toBeVisible();
    await expect(worklist.getByRole('row').filter({ hasText: ON_TIME }).filter({ hasText: '职业指导' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: '按类型筛选' }).getByText(/^职业指导 \d+$/)).toHaveCount(0);

    // The other person's guidance was entered for the wrong person: 作废 it from the services list, with a reason.
    await page.goto(`${server.url}#/person/${onTime}`);
    await expect(page.getByRole('heading', { name: ON_TIME, level: 3 })).toBeVisible();
    const services = page.getByRole('table', { name: '服务记录' });
    await services.getByRole('button', { name: /^作废：2026年11月16日 职业指导/ }).click();
    const voiding = page.getByRole('dialog', { name: `作废服务记录：${ON_TIME}` });
    await expect(voiding).toBeVisible();
    await expect(voiding.getByRole('textbox', { name: '作废原因' })).toBeFocused();
    await voiding.getByRole('button', { name: '作废' }).click();
    await expect(voiding.getByText('请填写作废原因')).toBeVisible();
    await voiding.getByRole('textbox', { name: '作废原因' }).fill('录错了人：这次指导是给邻居做的');
    await screens(page, 'void-dialog');
    await voiding.getByRole('button', { name: '作废' }).click();
    await expect(voiding).toBeHidden();
    await expect(page.getByText('还没有服务记录。')).toBeVisible();
    // The timeline keeps it, struck through, with the reason.
    const voidedTimeline = page.getByLabel('时间线');
    await expect(voidedTimeline.getByText('已作废')).toBeVisible();
    await expect(voidedTimeline.getByText('职业指导', { exact: true })).toHaveCSS('text-decoration-line', 'line-through');
    await expect(voidedTimeline).toContainText('作废原因：录错了人：这次指导是给邻居做的');
    await screens(page, 'timeline-voided', voidedTimeline.getByText('已作废'));

    // 待办: the person is due guidance again (overdue: the deadline was 19 November).
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: '待办' })).toBeVisible();
    await expect(page.getByRole('group', { name: '按类型筛选' }).getByText(/^职业指导 \d+$/)).toHaveText('职业指导 1');
    await expect(worklist.getByRole('row').filter({ hasText: ON_TIME }).filter({ hasText: '职业指导' })).toHaveCount(1);
    await screens(page, 'worklist');

    // 考核: the voided guidance no longer counts.
    await expect(await guidanceValue(page)).toHaveText('50%（1/2）');
    await expect(page.getByRole('table', { name: '不达标名单' })).toContainText(ON_TIME);
  });
  test('修改 of a 一人一策 agreement and a recognition from their cards on the person page, and of an earlier wish from the timeline', async ({ page }) => {
    test.setTimeout(240_000);
    await ready(page, server);
    const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001083', name: '认定更正社区', kind: 'community', contact: null });
    const household = await api<{ id: number }>(page, 'households.create', { communityId: community.id, number: 'RD-0001', address: '认定路 1 号', urban: true, dibao: false, businessIncome: false });
    const who = '司马建国';
    const id = await person(page, household.id, who, '1972-03-04', 533, 'head');
    const clear = { clear: true };
    const applied = await api<{ id: number; version: number }>(page, 'recognitions.apply', {
      personId: id,
      category: '4050',
      appliedOn: '2026-11-02',
      especiallyDifficult: false,
      fiveClear: { skills: clear, jobWish: clear, family: clear, employment: clear, policies: clear },
    });
    await api(page, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2026-11-03', reviewer: '张科长', note: '经入户核查' });
    await api(page, 'assistance.create', { personId: id, signedOn: '2026-11-05', clerk: '李红', goal: '三个月内实现就业' });

    await page.goto(`${server.url}#/person/${id}`);
    await expect(page.getByRole('heading', { name: who, level: 3 })).toBeVisible();
    const card = page.getByRole('region', { name: '一人一策' }).or(page.getByLabel('一人一策', { exact: true })).first();
    await expect(card).toContainText('目标：三个月内实现就业');
    await card.getByRole('button', { name: '修改一人一策援助协议（2026-11-05 签订）' }).click();
    const edit = page.getByRole('dialog', { name: `修改一人一策援助协议：${who}` });
    await expect(edit).toBeVisible();
    await edit.getByRole('textbox', { name: '援助目标' }).fill('两个月内实现就业');
    await edit.getByRole('textbox', { name: '签订日期' }).fill('2026-11-02');
    await edit.getByRole('textbox', { name: '签订日期' }).press('Tab');
    await edit.getByRole('button', { name: '保存' }).click();
    // Before the recognition: refused, under the field.
    await expect(edit.getByText('签订日期不能早于认定日期（2026-11-03）')).toBeVisible();
    await edit.getByRole('textbox', { name: '签订日期' }).fill('2026-11-04');
    await edit.getByRole('textbox', { name: '签订日期' }).press('Tab');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit).toBeHidden();
    await expect(card).toContainText('目标：两个月内实现就业');
    await expect(card).toContainText('2026年11月4日签订');
    await screens(page, 'agreement-card', card);

    // The recognition's card: 修改 the category.
    const recognition = page.getByLabel('就业困难认定（4050 人员）');
    await recognition.getByRole('button', { name: '修改就业困难认定（2026-11-02 申请）' }).click();
    const editRecognition = page.getByRole('dialog', { name: `修改就业困难认定：${who}` });
    await expect(editRecognition).toBeVisible();
    await editRecognition.getByRole('textbox', { name: '审核人' }).fill('王科长');
    await editRecognition.getByRole('button', { name: '保存' }).click();
    await expect(editRecognition).toBeHidden();
    await expect(page.getByLabel(/^就业困难认定（/).first()).toContainText('王科长');
    await expect(recognition.getByRole('button', { name: '作废就业困难认定（2026-11-02 申请）' })).toBeVisible();
    await screens(page, 'recognition-card', recognition);

    // An earlier wish, no longer in force, is corrected from the timeline too.
    await api(page, 'wishes.record', { personId: id, recordedOn: '2026-11-10', hasWish: true, wishedJob: '保安' });
    await page.reload();
    await expect(page.getByRole('heading', { name: who, level: 3 })).toBeVisible();
    await page.getByLabel('时间线').getByRole('button', { name: /^修改：2026年1月5日，/ }).click();
    const wish = page.getByRole('dialog', { name: `修改就业意愿：${who}` });
    await expect(wish.getByRole('textbox', { name: '意愿工种' })).toBeVisible();
    await wish.getByRole('textbox', { name: '意愿工种' }).fill('保洁');
    await wish.getByRole('button', { name: '保存' }).click();
    await expect(wish).toBeHidden();
    const entries = await api<{ date: string | null; record?: { entity: string; id: number } | null }[]>(page, 'persons.timeline', { id });
    const earlierId = entries.find((e) => e.date === '2026-01-05' && e.record?.entity === 'employment_wish')?.record?.id ?? 0;
    const earlier = await api<{ wishedJob: string | null }>(page, 'corrections.wish', { id: earlierId });
    expect(earlier.wishedJob).toBe('保洁');
  });

  test('失业登记 asks the wish; a complaint voided; an empty household and community deleted, a person entered by mistake deleted by the admin', async ({ page }) => {
    test.setTimeout(240_000);
    await ready(page, server);
    const community = await api<{ id: number }>(page, 'communities.create', { code: '321102001078', name: '删除社区', kind: 'community', contact: null });
    const household = await api<{ id: number }>(page, 'households.create', { communityId: community.id, number: 'SC-0001', address: '删除路 1 号', urban: true, dibao: false, businessIncome: false });
    const wishless = await api<{ id: number }>(page, 'persons.create', {
      householdId: household.id, idNumber: makeIdNumber('110101', '1985-09-09', 533), name: '上官无意', relation: 'head', workAbility: 'full', isStudent: false,
      isRetired: false, migrantWorker: false, veteran: false, retirementBase: null, skills: null, skillLevel: null, socialInsurance: null, policiesEnjoyed: null,
    });
    const mistaken = await api<{ id: number }>(page, 'persons.create', {
      householdId: household.id, idNumber: makeIdNumber('110101', '1990-10-10', 644), name: '误录入者', relation: 'spouse', workAbility: 'full', isStudent: false,
      isRetired: false, migrantWorker: false, veteran: false, retirementBase: null, skills: null, skillLevel: null, socialInsurance: null, policiesEnjoyed: null,
    });

    // 失业登记 of a person with no wish recorded: the dialog asks it, and the wish is saved with the registration.
    await page.goto(`${server.url}#/person/${wishless.id}`);
    await expect(page.getByRole('heading', { name: '上官无意', level: 3 })).toBeVisible();
    const section = page.getByLabel('就业与失业');
    await section.getByRole('button', { name: '失业登记' }).click();
    const register = page.getByRole('dialog', { name: '失业登记：上官无意' });
    await expect(register.getByText('还没有记录就业意愿')).toBeVisible();
    await register.getByRole('combobox', { name: '登记原因' }).click();
    await page.getByRole('option', { name: '失业', exact: true }).click();
    await register.getByRole('textbox', { name: '登记日期' }).fill('2026-11-18');
    await register.getByRole('button', { name: '登记' }).click();
    await expect(register.getByText('请选择就业意愿')).toBeVisible();
    await register.getByRole('radio', { name: '有就业意愿' }).check();
    await screens(page, 'register-wish');
    await register.getByRole('button', { name: '登记' }).click();
    await expect(register).toBeHidden();
    await expect(section.getByLabel('就业意愿')).toContainText('有就业意愿');
    await expect(section.getByLabel('就业意愿')).toContainText('2026年11月18日');

    // The wish in force corrected from the timeline: the wished job added.
    await page.getByLabel('时间线').getByRole('button', { name: /^修改：2026年11月18日，登记就业意愿：有/ }).click();
    const editWish = page.getByRole('dialog', { name: '修改就业意愿：上官无意' });
    await editWish.getByRole('textbox', { name: '意愿工种' }).fill('仓库管理员');
    await screens(page, 'edit-wish');
    await editWish.getByRole('button', { name: '保存' }).click();
    await expect(editWish).toBeHidden();
    await expect(section.getByLabel('就业意愿')).toContainText('仓库管理员');

    // A service's content and clerk corrected from the services list.
    await api(page, 'services.record', { subject: { personId: wishless.id }, date: '2026-11-18', kind: 'guidance', clerk: '李', content: '职业指到' });
    await page.reload();
    const services = page.getByRole('table', { name: '服务记录' });
    await services.getByRole('button', { name: '修改：2026年11月18日 职业指导' }).click();
    const editService = page.getByRole('dialog', { name: '修改服务记录：上官无意，职业指导' });
    await editService.getByRole('textbox', { name: '经办人' }).fill('李红');
    await editService.getByRole('textbox', { name: '服务内容' }).fill('登记当日职业指导');
    await screens(page, 'edit-service');
    await editService.getByRole('button', { name: '保存' }).click();
    await expect(editService).toBeHidden();
    await expect(services).toContainText('登记当日职业指导');
    await expect(services).toContainText('李红');

    // The admin deletes the person entered by mistake (nothing recorded about them).
    await page.goto(`${server.url}#/person/${mistaken.id}`);
    await expect(page.getByRole('heading', { name: '误录入者', level: 3 })).toBeVisible();
    await page.getByRole('button', { name: '删除（误录入）' }).click();
    const deletePerson = page.getByRole('dialog', { name: '删除人员：误录入者（户 SC-0001）' });
    await expect(deletePerson).toContainText('确定要删除人员“误录入者（户 SC-0001）”吗？');
    await screens(page, 'delete-person');
    await deletePerson.getByRole('button', { name: '删除人员' }).click();
    await expect(page.getByRole('heading', { name: '户 SC-0001' })).toBeVisible();
    await expect(page.getByRole('table', { name: '成员' })).not.toContainText('误录入者');

    // A complaint recorded for the wrong community: 作废 with a reason; it leaves the list.
    await api(page, 'complaints.record', { communityId: community.id, date: '2026-11-19', content: '误录的投诉：应属另一街道' });
    await page.keyboard.press('Alt+7');
    const complaints = page.getByRole('table', { name: '投诉列表' });
    // First 修改: judged by mistake as 有效 → 无效, with the day and the reason.
    await complaints.getByRole('button', { name: '修改投诉 2026-11-19 删除社区' }).click();
    const editComplaint = page.getByRole('dialog', { name: '修改投诉：删除社区，2026年11月19日' });
    await editComplaint.getByRole('radiogroup', { name: '认定' }).getByText('无效', { exact: true }).click();
    await editComplaint.getByRole('textbox', { name: '认定日期' }).fill('2026-11-20');
    await editComplaint.getByRole('textbox', { name: '认定理由' }).fill('不属本街道');
    await screens(page, 'edit-complaint');
    await editComplaint.getByRole('button', { name: '保存' }).click();
    await expect(editComplaint).toBeHidden();
    await expect(complaints).toContainText('2026年11月20日认定不属本街道');
    await complaints.getByRole('button', { name: '作废投诉 2026-11-19 删除社区' }).click();
    const voidComplaint = page.getByRole('dialog', { name: '作废投诉：删除社区' });
    await voidComplaint.getByRole('textbox', { name: '作废原因' }).fill('不属本街道，转交');
    await screens(page, 'void-complaint');
    await voidComplaint.getByRole('button', { name: '作废' }).click();
    await expect(voidComplaint).toBeHidden();
    await expect(page.getByText('误录的投诉：应属另一街道')).toHaveCount(0);

    // A household that never had a member: 删除此户 names it; one with members offers no such button.
    const empty = await api<{ id: number }>(page, 'households.create', { communityId: community.id, number: 'SC-0002', address: null, urban: true, dibao: false, businessIncome: false });
    await page.goto(`${server.url}#/household/${household.id}`);
    await expect(page.getByRole('heading', { name: '户 SC-0001' })).toBeVisible();
    await expect(page.getByRole('button', { name: '删除此户' })).toHaveCount(0);
    await page.goto(`${server.url}#/household/${empty.id}`);
    await page.getByRole('button', { name: '删除此户' }).click();
    const deleteHousehold = page.getByRole('dialog', { name: '删除户：SC-0002（删除社区）' });
    await screens(page, 'delete-household');
    await deleteHousehold.getByRole('button', { name: '删除户' }).click();
    await expect(page).toHaveURL(/#\/registry/);

    // A community: the one with a household has no 删除; a new, empty one is deleted after the confirmation.
    await api(page, 'communities.create', { code: '321102001079', name: '误建社区', kind: 'community', contact: null });
    await page.keyboard.press('Alt+1');
    const communities = page.getByRole('table', { name: '社区列表' });
    await expect(communities.getByRole('button', { name: '删除删除社区' })).toHaveCount(0);
    await communities.getByRole('button', { name: '删除误建社区' }).click();
    const deleteCommunity = page.getByRole('dialog', { name: '删除社区：误建社区（321102001079）' });
    await screens(page, 'delete-community');
    await deleteCommunity.getByRole('button', { name: '删除社区' }).click();
    await expect(deleteCommunity).toBeHidden();
    await expect(communities).not.toContainText('误建社区');
  });
});
