// Screenshots of the main screens at phone, tablet, laptop and projector sizes, saved to screenshots/ (git-ignored),
// each checked for horizontal overflow.
import { expect, test, type Page } from '@playwright/test';
import { answerDialogs, confirmStrategy, expectDebrief, expectNoHorizontalOverflow, finishTerm, openTitle, playYear, selectStrategy, toChoice } from './helpers.ts';

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

test.use({ reducedMotion: 'reduce' });

async function shoot(page: Page, screen: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `screenshots/${screen}-${width}x${height}.png` });
  await page.screenshot({ path: `screenshots/full/${screen}-${width}x${height}.png`, fullPage: true });
}

/** From a sexenio summary: plays A and D in the remaining sexenios and opens the debrief with its chart drawn. */
async function playOnToDebrief(page: Page): Promise<void> {
  for (const strategy of ['A', 'D']) {
    await page.getByRole('button', { name: /Choose the strategy for/ }).click();
    await selectStrategy(page, strategy);
    await confirmStrategy(page);
    await finishTerm(page);
  }
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await expectDebrief(page);
}

for (const size of SIZES) {
  test(`screens at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openTitle(page, 2012);
    await shoot(page, 'title');

    await toChoice(page);
    await expectNoHorizontalOverflow(page);
    await selectStrategy(page, 'C+LE');
    await page.locator('#strategy-C').scrollIntoViewIfNeeded();
    await shoot(page, 'choice');
    await confirmStrategy(page);

    await playYear(page);
    await playYear(page);
    await answerDialogs(page);
    await page.locator('#why-toggle').click();
    await page.locator('.why-ledger__toggle').click();
    await page.locator('.why-panel .citation-list:has(.citation__summary) > .citation-list__toggle').first().click();
    await page.locator('.why-panel .citation-list[open] .citation__summary').first().click();
    await expect(page.locator('.why-panel .citation__lines').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'year');
    // On a phone the why list is a modal sheet over the page: Escape closes it, as it closes the column elsewhere.
    await page.keyboard.press('Escape');
    await expect(page.locator('#why-toggle')).toHaveAttribute('aria-expanded', 'false');

    await finishTerm(page);
    await shoot(page, 'summary');
    await playOnToDebrief(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'debrief');

    // "What happened next" from the debrief: the player's game beside the real course.
    const whatNext = page.getByTestId('what-next');
    await whatNext.scrollIntoViewIfNeeded();
    await whatNext.screenshot({ path: `screenshots/debrief-what-next-${size.width}x${size.height}.png` });
    await page.getByRole('button', { name: 'See what happened next, beside your game' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
    await page.getByTestId('history-model-run').scrollIntoViewIfNeeded();
    await shoot(page, 'history-debrief');
  });
}

/** The page's sections one after another, each scrolled to the top of the screen. */
const HISTORY_PARTS = ['history-top', 'history-timeline', 'history-homicides', 'history-model-run', 'history-index'] as const;

for (const size of [SIZES[0], SIZES[2], SIZES[3]]) {
  for (const lang of ['en', 'es'] as const) {
    test(`what happened next at ${size.width}×${size.height} (${lang})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openTitle(page, 2012);
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      await page.locator('#history-open-title').click();
      await expect(page.getByTestId('history-page')).toBeVisible();
      for (const part of HISTORY_PARTS) {
        if (part !== 'history-top') await page.locator(part === 'history-timeline' ? '.history-timeline' : `[data-testid="${part}"]`).first().evaluate((el) => el.scrollIntoView());
        await shoot(page, `${part}-${lang}`);
      }
    });
  }
}

test('text enlarged to 200% reflows without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTitle(page, 2012);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoHorizontalOverflow(page);
  await toChoice(page);
  await selectStrategy(page, 'C+LE');
  await expectNoHorizontalOverflow(page);
  await confirmStrategy(page);
  await playYear(page);
  await page.locator('#why-toggle').click();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'screenshots/year-text-200.png' });
  await page.locator('#why-toggle').click();
  await finishTerm(page);
  await expectNoHorizontalOverflow(page);
  await playOnToDebrief(page);
  await expectNoHorizontalOverflow(page);
});
