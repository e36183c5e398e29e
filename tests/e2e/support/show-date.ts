import type { Page } from './test';

/** Types a date into “查看某日状态” (person and household pages) and leaves the field, as a clerk would. */
export async function showDate(page: Page, iso: string): Promise<void> {
  const field = page.getByRole('textbox', { name: '查看某日状态' });
  await field.fill(iso);
  await field.press('Enter');
  await field.press('Tab');
}
