// The model lab: opened from "How the model works" by keyboard, a slider moved with the arrow keys changes the paths'
// table against the standard model, a sweep runs to completion and its tornado's data table lists each parameter
// (with its flips, or says there are none), a second sweep is cancelled; axe-clean, no sideways scroll on a phone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/axe-test.ts';
import { expectNoHorizontalOverflow, HEAVY } from './helpers.ts';
import { expectHeadingFocused, press } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

async function openLab(page: Page): Promise<void> {
  await page.goto('/?seed=99');
  await press(page, page.getByRole('button', { name: 'How the model works' }));
  await expectHeadingFocused(page, 'How the model works');
  await press(page, page.getByRole('button', { name: 'Open the model lab' }));
  await expectHeadingFocused(page, 'Model lab: change the assumptions');
  await expect(page).toHaveTitle('Model lab · Sexenio');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-state', 'done', HEAVY);
}

test('a slider moved by keyboard changes the paths; a sweep completes, another is cancelled', async ({ page, makeAxeBuilder }) => {
  await openLab(page);
  const table = page.getByTestId('lab-paths-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.locator('.lab-table__was')).toHaveCount(0);
  const before = await table.locator('tr[data-path="D"] td[data-metric="semar2018"]').textContent();

  // The SEMAR halt floor, by keyboard: open its group, Tab to its slider, step it up.
  const group = page.locator('.lab-group').filter({ has: page.locator('[data-param="haltFloorSemar"]') });
  await group.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('open', '');
  const slider = group.locator('[data-param="haltFloorSemar"] input[type="range"]');
  await slider.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /\d/);
  await expect(page.getByText(/^\d+ assumptions? changed\.$/).first()).toBeVisible();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-state', 'done', HEAVY);
  await expect(table.locator('.lab-table__was').first()).toBeVisible();
  await expect(table.locator('tr[data-path="D"] td[data-metric="semar2018"] .lab-table__now')).not.toHaveText(before ?? '', HEAVY);
  await expect(page.getByTestId('lab-conclusions').locator('tr[data-conclusion]')).toHaveCount(9);

  // A bad exact value is refused with a message naming the range, and the value in use stays.
  const field = group.locator('[data-param="haltFloorSemar"] input[type="number"]');
  await field.fill('1000');
  await field.press('Enter');
  await expect(group.getByRole('alert')).toContainText('outside the documented range');

  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A sweep for one conclusion (it needs only D), to completion.
  await page.getByLabel('Conclusion', { exact: true }).selectOption('semar-outlasts-sedena');
  await press(page, page.getByRole('button', { name: 'Run the sweep' }));
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Done', HEAVY);
  const tornado = page.getByTestId('lab-tornado-table');
  expect(await tornado.locator('tbody tr').count()).toBeGreaterThan(5);
  await expect(page.getByTestId('lab-flips')).toHaveText(/^(No parameter flips this conclusion within its documented range\.|Flips within the range \(interpolated\): .+\.)$/);
  expect(Number(await page.getByTestId('lab-sweep-status').getAttribute('data-games'))).toBeGreaterThan(1000);

  // Every conclusion's sweep, cancelled: the remaining runs are dropped and the page says so.
  await page.getByLabel('Conclusion', { exact: true }).selectOption('all');
  await press(page, page.getByRole('button', { name: 'Run the sweep' }));
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Running');
  await press(page, page.getByRole('button', { name: 'Cancel' }));
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Cancelled');
  await expect(page.getByRole('button', { name: 'Run the sweep' })).toBeEnabled();

  // Back returns to the model page.
  await press(page, page.getByRole('button', { name: 'Back' }).first());
  await expect(page.getByRole('heading', { level: 1, name: 'How the model works' })).toBeVisible();

  // The changed assumptions go to a class: the set-up opens with them as its variant, and makes a link.
  await press(page, page.getByRole('button', { name: 'Open the model lab' }));
  await press(page, page.getByRole('button', { name: 'Set up a class with these assumptions' }));
  await expect(page.getByTestId('variant-input')).toHaveValue(/^haltFloorSemar=\d+(\.\d+)?$/);
  await expect(page.getByTestId('class-link')).toHaveValue(/#class=/);
});

test('the lab fits a phone and reads in Spanish', async ({ page, makeAxeBuilder }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLab(page);
  await expectNoHorizontalOverflow(page);
  await press(page, page.getByRole('button', { name: 'Español' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Laboratorio del modelo: cambie los supuestos' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Qué conclusiones se sostienen' })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
