/**
 * Playwright's `test` and `expect` for the desk's specs: the `page` fixture has its clock installed at E2E_PAGE_TIME
 * before the test uses it, so the page's "today" is the servers' pinned E2E_TODAY whatever the real date.
 */
import { test as base, expect } from '@playwright/test';
import { E2E_PAGE_TIME } from './e2e-today';

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: E2E_PAGE_TIME });
    await use(page);
  },
});

export { expect };
export type { Locator, Page } from '@playwright/test';
