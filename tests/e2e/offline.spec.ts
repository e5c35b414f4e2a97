// After the first visit the game works with the network off: the service worker serves every screen, the scenario
// and the lazily loaded parts from its cache.
import { expect, test } from '@playwright/test';
import { confirmStrategy, openTitle, playYear, selectStrategy, toChoice } from './helpers.ts';

test('loads, goes offline, reloads and plays a year', async ({ page, context }) => {
  await openTitle(page);
  // The service worker installs only once everything is precached; then a reload puts the page under its control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  await toChoice(page);
  await selectStrategy(page, 'B');
  await confirmStrategy(page);
  await playYear(page);
  await expect(page.getByRole('heading', { level: 1, name: /2013/ })).toBeVisible();
  // A reload while offline resumes the saved game (its reader is a lazily loaded part, also cached).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /2013/ })).toBeVisible();

  // A part that loads on demand (the model page) comes from the cache too.
  await page.getByRole('button', { name: /How the model works/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /How the model works/ })).toBeVisible();
  await context.setOffline(false);
});
