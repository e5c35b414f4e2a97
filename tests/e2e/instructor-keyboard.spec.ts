// The instructor screens with the keyboard alone: set up a class and get its link, then read run codes into the
// dashboard and sort the class table. Tab, Shift+Tab, Space, Enter and typing only.
import { expect, test } from '@playwright/test';
import { classCodes } from './classroom-helpers.ts';
import { expectHeadingFocused, press, tabTo } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

test('class set-up and dashboard work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await press(page, page.getByRole('button', { name: /For instructors/ }));
  await expectHeadingFocused(page, 'Teaching with Sexenio');
  await press(page, page.getByRole('button', { name: 'Set up a class' }));
  await expectHeadingFocused(page, 'Set up a class');

  await tabTo(page, page.getByLabel('Class name (optional)'));
  await page.keyboard.type('Seminar 4');
  const options = page.getByRole('group', { name: 'Strategies available' });
  const d = options.getByRole('checkbox', { name: /^D ·/ });
  await tabTo(page, d);
  await page.keyboard.press('Space');
  await expect(d).not.toBeChecked();
  const link = page.getByTestId('class-link');
  await expect(link).toHaveValue(/#class=SXC2\./);

  // From the start again (as if typing the address), then on to the dashboard.
  await page.goto('/');
  await press(page, page.getByRole('button', { name: /For instructors/ }));
  await press(page, page.getByRole('button', { name: 'Open the class dashboard' }));
  await expectHeadingFocused(page, 'Class dashboard');
  await tabTo(page, page.getByLabel('Run codes or links, one per line'));
  await page.keyboard.insertText(classCodes(3).join('\n'));
  await press(page, page.getByRole('button', { name: 'Add to the list' }));
  await expect(page.getByText('Runs on the list: 3.')).toBeVisible();
  const table = page.locator('.dashboard__table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await press(page, table.getByRole('button', { name: /Overall cooperation/ }));
  await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
});
