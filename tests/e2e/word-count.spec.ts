// The words a reading player meets in one whole game, counted in the browser screen by screen.
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerDialogs, confirmStrategy, expectDebrief, openTitle, selectStrategy, SEED } from './helpers.ts';
import { visibleWords } from './word-visible.ts';

test('words per screen in a whole game', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTitle(page, SEED);
  const counts: { screen: string; words: number }[] = [];
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2012' })).toBeVisible();
  counts.push({ screen: 'briefing', words: await visibleWords(page, page.locator('main')) });
  await page.getByRole('button', { name: 'Choose your strategy' }).click();
  for (const [i, s] of ['A', 'A', 'A'].entries()) {
    await expect(page.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toBeVisible();
    await selectStrategy(page, s);
    counts.push({ screen: `choice-${i + 1}`, words: await visibleWords(page, page.locator('main')) });
    await confirmStrategy(page);
    const next = page.locator('.year-controls__next');
    for (let y = 0; y < 8; y++) {
      if ((await next.textContent())?.startsWith('See the sexenio summary')) break;
      const before = await next.textContent();
      await next.click();
      await expect.poll(async () => (await page.locator('dialog[open]').count()) > 0 || (await next.textContent()) !== before).toBe(true);
      while ((await page.locator('dialog[open]').count()) > 0) {
        counts.push({ screen: `dialog-${i + 1}-${y}`, words: await visibleWords(page, page.locator('dialog[open]')) });
        await answerDialogs(page);
      }
      counts.push({ screen: `year-${i + 1}-${y}`, words: await visibleWords(page, page.locator('main')) });
    }
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: /in review/ })).toBeVisible();
    counts.push({ screen: `summary-${i + 1}`, words: await visibleWords(page, page.locator('main')) });
    await page.getByRole('button', { name: i === 2 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  await expectDebrief(page);
  counts.push({ screen: 'debrief', words: await visibleWords(page, page.locator('main'), true) });
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/words-browser.json', JSON.stringify(counts, null, 1));
  expect(counts.length).toBeGreaterThan(20);
});
