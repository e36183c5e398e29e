import { expect } from './test';
import type { Locator, Page } from './test';

/**
 * Opens a combobox's list and waits until it shows at least `count` options, clicking again if the first click
 * landed while the page was still rendering (a slow CI machine); returns the page's options.
 */
export async function openOptions(page: Page, combobox: Locator, count = 2): Promise<Locator> {
  const options = page.getByRole('option');
  await expect(async () => {
    await combobox.click();
    await expect(options.nth(count - 1)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return options;
}
