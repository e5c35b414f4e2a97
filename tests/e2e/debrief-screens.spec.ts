// Screenshots of the full debrief at phone, laptop and projector sizes (screenshots/, git-ignored), without overflow.
import { test } from '@playwright/test';
import { expectLuckDone, expectNoHorizontalOverflow, openTitle } from './helpers.ts';
import { playToDebrief } from './debrief-helpers.ts';

test.use({ reducedMotion: 'reduce' });

for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const) {
  test(`debrief at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openTitle(page);
    await playToDebrief(page);
    await expectLuckDone(page);
    await page.getByRole('toolbar', { name: 'Choose a year to see what changed' }).getByRole('button', { name: '2016' }).focus();
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    await expectNoHorizontalOverflow(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `screenshots/debrief-full-${size.width}x${size.height}.png`, fullPage: true });
    for (const [name, id] of [['waterfalls', 'waterfalls'], ['ghosts', 'ghosts'], ['tradeoff', 'tradeoff'], ['luck', 'luck']] as const) {
      await page.getByTestId(id).screenshot({ path: `screenshots/debrief-${name}-${size.width}x${size.height}.png` });
    }
  });
}
