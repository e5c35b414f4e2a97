import { expect, test } from '@playwright/test';
import { confirmStrategy, expectDebrief, openTitle, selectStrategy, finishTerm, SEED } from './helpers.ts';

const SIZES = [
  { name: '390', width: 390, height: 844 },
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
];
for (const size of SIZES) {
  test(`screens at ${size.name}`, async ({ page }) => {
    test.setTimeout(400_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await openTitle(page, SEED);
    await page.getByRole('button', { name: 'Start in December 2012' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'December 2012' })).toBeVisible();
    await page.screenshot({ path: `/work/shots/main/briefing-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: /Choose your strategy/ }).click();
    await selectStrategy(page, 'C+LE');
    await page.screenshot({ path: `/work/shots/main/choice1-${size.name}.png`, fullPage: true });
    await confirmStrategy(page);
    for (let y = 0; y < 3; y++) {
      const next = page.locator('.year-controls__next');
      await expect(next).toBeEnabled();
      await next.click();
      await page.waitForTimeout(800);
      const dialog = page.locator('dialog[open]');
      if ((await dialog.count()) > 0) {
        await page.screenshot({ path: `/work/shots/main/dialog-${y}-${size.name}.png` });
        await page.waitForTimeout(700);
        await dialog.locator('.event-dialog__choice').first().click();
      }
    }
    await page.screenshot({ path: `/work/shots/main/year-${size.name}.png`, fullPage: true });
    await finishTerm(page);
    await page.screenshot({ path: `/work/shots/main/summary-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: /Choose the strategy for/ }).click();
    await selectStrategy(page, 'A');
    await page.screenshot({ path: `/work/shots/main/choice2-${size.name}.png`, fullPage: true });
    await confirmStrategy(page);
    await finishTerm(page);
    await page.getByRole('button', { name: /Choose the strategy for/ }).click();
    await selectStrategy(page, 'D');
    await confirmStrategy(page);
    await finishTerm(page);
    await page.getByRole('button', { name: /Go to the debrief/ }).click();
    await expectDebrief(page);
    await page.screenshot({ path: `/work/shots/main/debrief-top-${size.name}.png` });
  });
}
