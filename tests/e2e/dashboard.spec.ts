// The instructor dashboard with 30 run codes made in Node (engine + encoder): the class view, sorting, a
// read-only debrief and back, projector mode with the arrow keys, the CSV, axe scans and screenshots.
import { expect, test } from './fixtures/axe-test.ts';
import type { Page } from '@playwright/test';
import { classCodes } from './classroom-helpers.ts';
import { expectNoHorizontalOverflow } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const codes = classCodes(30);
const pasted = [...codes.slice(0, 10), 'not a code', ...codes.slice(10), codes[0]!.slice(0, 60)].join('\n');

async function openDashboard(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  await page.getByLabel('Run codes or links, one per line').fill(pasted);
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByText('Runs on the list: 30.')).toBeVisible();
  await expect(page.locator('.dashboard__chart .recharts-wrapper')).toHaveCount(3);
}

test('the class view of 30 runs, with projector mode', async ({ page, makeAxeBuilder }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDashboard(page);
  await expect(page.getByText('Not added: 2.')).toBeVisible();
  const bad = page.getByRole('region', { name: 'What could not be added' });
  await expect(bad.getByRole('listitem')).toHaveCount(2);
  await expect(bad).toContainText('Line 11:');
  await expect(bad).toContainText('not a Sexenio run code');
  await expect(bad).toContainText('damaged or cut off');

  const table = page.locator('.dashboard__table');
  await expect(table.locator('tbody tr')).toHaveCount(30);
  await table.getByRole('button', { name: /Overall cooperation/ }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
  const values = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
  const numbers = values.map((v) => Number(v.replace('\u2212', '-')));
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);

  const scan = await makeAxeBuilder().analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the table (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('sexenio-class.csv');

  // A run's debrief, read-only, and back.
  await page.getByRole('button', { name: 'Open the debrief of Pair 02' }).click();
  await expect(page.getByTestId('read-only-banner')).toContainText('Pair 02');
  await page.getByRole('button', { name: 'Back to the class view' }).click();
  await expect(page.getByText('Runs on the list: 30.')).toBeVisible();

  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await expectNoHorizontalOverflow(page);
    await page.evaluate(() => document.querySelector('.dashboard__count')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `screenshots/dashboard-${size.width}x${size.height}.png` });
    await page.screenshot({ path: `screenshots/full/dashboard-${size.width}x${size.height}.png`, fullPage: true });
  }

  // Projector mode: one run, year by year, from the keyboard.
  await page.getByRole('button', { name: 'Show Pair 04 in projector mode' }).click();
  const projector = page.getByRole('dialog');
  await expect(projector.getByRole('heading', { name: /Pair 04/ })).toBeFocused();
  await expect(projector).toContainText('Year 0 of 18');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(projector).toContainText('Year 3 of 18');
  await expect(projector.locator('.projector__when')).toHaveText('2015');
  await page.keyboard.press('ArrowLeft');
  await expect(projector.locator('.projector__when')).toHaveText('2014');
  await page.keyboard.press('End');
  await expect(projector.locator('.projector__when')).toHaveText('2030');
  const projectorScan = await makeAxeBuilder().analyze();
  expect(projectorScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `screenshots/projector-${size.width}x${size.height}.png` });
  }
  await page.keyboard.press('PageDown');
  await expect(projector).toContainText('Year 0 of 18');
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show Pair 04 in projector mode' })).toBeFocused();
});
