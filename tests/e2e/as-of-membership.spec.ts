import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './support/test';
import type { Page } from './support/test';
import { addDays, formatChineseDate } from '../../shared/domain/dates';
import { startDeskServer } from './support/desk-server';
import { showDate } from './support/show-date';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';

interface Subjects {
  son: { id: number; name: string };
  home: { id: number; number: string; communityName: string };
  target: { number: string };
}

/**
 * From the small demo: an employed son whose parents, both out of work, are a 双失业家庭 but not a 零就业家庭 because
 * he works (a hand-made look-alike), and another household of the same community to move him into.
 */
function subjects(dataDir: string, today: string): Subjects {
  const db = new Database(join(dataDir, 'demo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const son = db
      .prepare(
        `SELECT p.id, p.name, h.id AS householdId, h.number, c.name AS communityName, h.community_id AS communityId
           FROM persons p JOIN households h ON h.id = p.household_id JOIN communities c ON c.id = h.community_id
          WHERE p.relation = 'child' AND p.archived_on IS NULL
            AND EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = p.id AND s.end_date IS NULL)
            AND EXISTS (SELECT 1 FROM family_episodes e WHERE e.household_id = h.id AND e.kind = 'double_unemployed'
                           AND e.appeared <= $today AND (e.ended IS NULL OR e.ended > $today))
            AND NOT EXISTS (SELECT 1 FROM family_episodes e WHERE e.household_id = h.id AND e.kind = 'zero_employment'
                               AND e.appeared <= $today AND (e.ended IS NULL OR e.ended > $today))
          ORDER BY p.id LIMIT 1`,
      )
      .get({ today }) as { id: number; name: string; householdId: number; number: string; communityName: string; communityId: number } | undefined;
    if (!son) throw new Error('the small demo has no employed son of a double-unemployed family');
    const target = db
      .prepare('SELECT number FROM households WHERE community_id = ? AND id <> ? ORDER BY id LIMIT 1')
      .get(son.communityId, son.householdId) as { number: string } | undefined;
    if (!target) throw new Error('no other household in the community');
    return { son: { id: son.id, name: son.name }, home: { id: son.householdId, number: son.number, communityName: son.communityName }, target };
  } finally {
    db.close();
  }
}

/** The community cards of 考核 as of `asOf`: each card's text (values and verdicts). */
async function assessmentOn(page: Page, serverUrl: string, asOf: string): Promise<string[]> {
  await page.goto(`${serverUrl}#/assessment/run?asOf=${asOf}`);
  await expect(page.getByRole('textbox', { name: '考核截止日' })).toHaveValue(formatChineseDate(asOf));
  const cards = page.getByRole('region', { name: '各社区考核结果' }).getByRole('region');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: '街道汇总' })).toContainText(`至${formatChineseDate(asOf)}`);
  return cards.allTextContents();
}

test.describe('移户之后，过去仍是过去', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('move a person in the UI: the day before shows the old household and its badge; 考核 of an earlier date is unchanged', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 90_000 });
    const { son, home, target } = subjects(server.dataDir, E2E_TODAY);
    const moveDate = addDays(E2E_TODAY, -19);
    const dayBefore = addDays(moveDate, -1);

    // 考核 as of the day before the move, before the move is recorded.
    const before = await assessmentOn(page, server.url, dayBefore);

    // The son's page: 迁移 into the other household from the move date.
    await page.goto(`${server.url}#/person/${son.id}`);
    await expect(page.getByRole('heading', { name: son.name, level: 3 })).toBeVisible();
    await page.getByRole('button', { name: '迁移' }).click();
    const dialog = page.getByRole('dialog', { name: `迁移到另一户：${son.name}` });
    await dialog.getByRole('textbox', { name: '迁入户的户编号' }).fill(target.number);
    const date = dialog.getByRole('textbox', { name: '迁移日期' });
    await date.fill(moveDate);
    await date.press('Tab');
    await dialog.getByRole('button', { name: '确认迁移' }).click();
    await expect(dialog).toBeHidden();
    const panel = page.getByLabel('某日状态');
    await expect(panel.getByTestId('place-of-day')).toContainText(`户 ${target.number}`);
    await expect(page.getByText('移户（同一社区）').first()).toBeVisible();

    // 查看某日状态 on the day before: the old household, with its badge of that day.
    await showDate(page, dayBefore);
    await expect(panel.getByRole('heading', { name: `${formatChineseDate(dayBefore)}的状态` })).toBeVisible();
    const place = panel.getByTestId('place-of-day');
    await expect(place).toContainText(`当日所在：${home.communityName} 户 ${home.number}（子女）`);
    await expect(place.getByText('双失业家庭')).toBeVisible();
    await expect(place.getByText('零就业家庭')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/as-of-person-day-before.png', fullPage: true });

    // The old household: today a 零就业家庭 since the move date; the son is listed as a member of another time.
    await place.getByRole('link', { name: `户 ${home.number}` }).click();
    await expect(page.getByRole('heading', { name: `户 ${home.number}` })).toBeVisible();
    await expect(page.getByRole('table', { name: '成员' }).getByRole('link', { name: son.name })).toBeVisible();
    await page.goto(`${server.url}#/household/${home.id}`);
    const familyBadges = page.getByLabel('本户某日状态').getByRole('list', { name: '本户状态标记' });
    await expect(familyBadges).toContainText(`零就业家庭（自 ${formatChineseDate(moveDate)}）`);
    const others = page.getByRole('table', { name: '其他时间在本户的人员' });
    await expect(others.getByRole('row').filter({ hasText: son.name })).toContainText(`至${formatChineseDate(dayBefore)}`);
    await page.screenshot({ path: 'test-results/screens/as-of-household-today.png', fullPage: true });

    // 考核 of the day before the move: exactly what it was before the move was recorded.
    expect(await assessmentOn(page, server.url, dayBefore)).toEqual(before);
  });
});
