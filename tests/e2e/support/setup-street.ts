import { expect } from './test';
import type { Page } from './test';

/** Completes the first-start screen with 解放路街道 / 321102001. */
export async function setupStreet(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('街道（乡镇）名称').fill('解放路街道');
  await page.getByLabel('街道代码（9 位）').fill('321102001');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByRole('heading', { name: '社区', exact: true })).toBeVisible();
}
