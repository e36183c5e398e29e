import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { join } from 'node:path';
import { addDays, formatChineseDate } from '../../shared/domain/dates';
import { startDeskServer } from './support/desk-server';
import { showDate } from './support/show-date';
import { E2E_TODAY } from './support/e2e-today';
import type { DeskServer } from './support/desk-server';

interface RegisteredPerson {
  id: number;
  name: string;
  idNumber: string;
  registeredOn: string;
}

interface ZeroEmploymentFamily {
  householdId: number;
  number: string;
  appeared: string;
}

/**
 * Picks the subjects of the test from the demo street the server loaded (read-only, beside the running server):
 * a person registered unemployed today with one registration only, and a household that is a 零就业家庭 today.
 */
function subjects(dataDir: string, today: string): { person: RegisteredPerson; family: ZeroEmploymentFamily } {
  const db = new Database(join(dataDir, 'demo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const person = db
      .prepare(
        `SELECT p.id, p.name, p.id_number AS idNumber, MIN(r.registered_on) AS registeredOn
           FROM unemployment_registrations r JOIN persons p ON p.id = r.person_id
          WHERE p.archived_on IS NULL GROUP BY p.id
         HAVING COUNT(*) = 1 AND MAX(r.cancelled_on IS NULL) = 1 AND MIN(r.registered_on) <= ?
          ORDER BY registeredOn DESC, p.id LIMIT 1`,
      )
      .get(addDays(today, -30)) as RegisteredPerson | undefined;
    const family = db
      .prepare(
        `SELECT e.household_id AS householdId, h.number, e.appeared FROM family_episodes e JOIN households h ON h.id = e.household_id
          WHERE e.kind = 'zero_employment' AND e.appeared <= ? AND (e.ended IS NULL OR e.ended > ?)
          ORDER BY (SELECT COUNT(*) FROM persons p WHERE p.household_id = e.household_id) DESC, e.appeared DESC, e.household_id LIMIT 1`,
      )
      .get(today, today) as ZeroEmploymentFamily | undefined;
    if (!person || !family) throw new Error('the demo street has no registered unemployed person or no zero-employment family today');
    return { person, family };
  } finally {
    db.close();
  }
}

test.describe('某日状态', () => {
  let server: DeskServer;
  test.beforeAll(async () => {
    server = await startDeskServer();
  });
  test.afterAll(async () => server.stop());

  test('a registered unemployed person and a zero-employment family, today and on a past date', async ({ page }) => {
    await page.goto(await server.launchUrl());
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible({ timeout: 60_000 });
    const today = E2E_TODAY;
    const { person, family } = subjects(server.dataDir, today);

    // The person, found by ID number from the header search: today's badges include 登记失业.
    await page.keyboard.press('Control+K');
    await expect(page.getByLabel('查找人员')).toBeFocused();
    await page.keyboard.type(person.idNumber);
    await expect(page.getByRole('option', { name: new RegExp(person.name) }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: person.name, level: 3 })).toBeVisible();
    const panel = page.getByLabel('某日状态');
    const badges = panel.getByRole('list', { name: '状态标记' });
    await expect(panel.getByRole('heading', { name: '今天的状态' })).toBeVisible();
    await expect(badges.getByText('登记失业', { exact: true })).toBeVisible();
    await expect(badges.getByText('劳动年龄', { exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: '回到今天的状态' })).toBeDisabled();
    // The working-age badge explains itself on focus: the 16th birthday and the retirement date.
    await badges.getByRole('listitem').filter({ hasText: '劳动年龄' }).focus();
    await expect(page.getByRole('tooltip')).toContainText('退休日期');
    await page.screenshot({ path: 'test-results/screens/state-person-today.png', fullPage: true });

    // The day before the registration, typed: 登记失业 is gone and the heading names the date.
    const before = addDays(person.registeredOn, -1);
    await showDate(page, before);
    await expect(panel.getByRole('heading', { name: `${formatChineseDate(before)}的状态` })).toBeVisible();
    await expect(panel.getByText('过去的日期')).toBeVisible();
    await expect(badges).toBeVisible();
    await expect(badges.getByText('登记失业', { exact: true })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`asOf=${before}`));
    await page.screenshot({ path: 'test-results/screens/state-person-past.png', fullPage: true });
    // On the registration day it is back; 今天 returns to today.
    await showDate(page, person.registeredOn);
    await expect(badges.getByText('登记失业', { exact: true })).toBeVisible();
    await panel.getByRole('button', { name: '回到今天的状态' }).click();
    await expect(panel.getByRole('heading', { name: '今天的状态' })).toBeVisible();
    await expect(page).not.toHaveURL(/asOf=/);

    // The zero-employment family: the badge with its date, the episode, and each member's state.
    await page.goto(`${server.url}#/household/${family.householdId}`);
    await expect(page.getByRole('heading', { name: `户 ${family.number}` })).toBeVisible();
    const householdPanel = page.getByLabel('本户某日状态');
    const familyBadges = householdPanel.getByRole('list', { name: '本户状态标记' });
    await expect(familyBadges).toContainText(`零就业家庭（自 ${formatChineseDate(family.appeared)}）`);
    const episodes = page.getByRole('table', { name: '家庭情形记录' });
    await expect(episodes.getByRole('row', { name: new RegExp(`零就业家庭 ${formatChineseDate(family.appeared)}`) })).toContainText('存在');
    const members = page.getByRole('table', { name: '成员' });
    await expect(members).toContainText('今天的状态');
    await expect(members.getByText('失业', { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/state-household-today.png', fullPage: true });

    // The day before it appeared: no badge, and the episode has not appeared yet (earlier ones, if any, are over).
    const beforeFamily = addDays(family.appeared, -1);
    await showDate(page, beforeFamily);
    await expect(householdPanel.getByRole('heading', { name: `${formatChineseDate(beforeFamily)}的状态` })).toBeVisible();
    await expect(familyBadges).toBeVisible();
    await expect(familyBadges).not.toContainText('零就业家庭');
    await expect(householdPanel.getByRole('row', { name: new RegExp(formatChineseDate(family.appeared)) })).toHaveCount(0);
    await expect(householdPanel.getByText('存在', { exact: true })).toHaveCount(0);
    await expect(members).toContainText(`${formatChineseDate(beforeFamily)}的状态`);
    await page.screenshot({ path: 'test-results/screens/state-household-past.png', fullPage: true });
  });
});
