// `npm run words` counts a game's words from the content and the interface strings; this plays the same game in the
// browser, counts the words each screen renders (tests/e2e/word-visible.ts), and holds the two together, so the
// count cannot drift from what a player actually meets.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { GameWords, ScreenKind } from '../../scripts/words/game-words.ts';
import { confirmStrategy, expectDebrief, openTitle, selectStrategy, SEED } from './helpers.ts';
import { visibleWords } from './word-visible.ts';

const PATH = ['A', 'A', 'A'] as const;

test('the word count matches the words the browser shows in a whole game', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTitle(page, SEED);
  const seen: Record<ScreenKind, number> = { briefing: 0, choice: 0, dialog: 0, year: 0, summary: 0, debrief: 0 };
  const main = page.locator('main');
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2012' })).toBeVisible();
  seen.briefing = await visibleWords(page, main);
  await page.getByRole('button', { name: /Choose your strategy/ }).click();
  for (const [i, s] of PATH.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toBeVisible();
    await selectStrategy(page, s);
    seen.choice += await visibleWords(page, main);
    await confirmStrategy(page);
    seen.year += await visibleWords(page, main);
    const next = page.locator('.year-controls__next');
    for (let y = 0; y < 6; y++) {
      const before = await next.textContent();
      await expect(next).toBeEnabled();
      await next.click();
      await expect.poll(async () => (await page.locator('dialog[open]').count()) > 0 || (await next.textContent()) !== before).toBe(true);
      for (let d = 0; d < 6 && (await page.locator('dialog[open]').count()) > 0; d++) {
        const dialog = page.locator('dialog[open]');
        const title = await dialog.locator('h2').textContent();
        seen.dialog += await visibleWords(page, dialog);
        const first = dialog.locator('.event-dialog__choice').first();
        await expect(first).toBeEnabled();
        await first.click();
        await expect.poll(async () => (await page.locator('dialog[open]').count()) === 0 || (await page.locator('dialog[open] h2').textContent()) !== title).toBe(true);
      }
      seen.year += await visibleWords(page, main);
    }
    await expect(next).toBeEnabled();
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: /in review/ })).toBeVisible();
    seen.summary += await visibleWords(page, main);
    const on = page.getByRole('button', { name: i === 2 ? /Go to the debrief/ : /Choose the strategy for/ });
    await expect(on).toBeEnabled();
    await on.click();
  }
  await expectDebrief(page);
  await expect(page.getByRole('heading', { name: 'Your priorities' })).toBeVisible();
  seen.debrief = await visibleWords(page, page.locator('.debrief .screen-head'));
  seen.debrief += await visibleWords(page, page.getByTestId('hand-in'));
  seen.debrief += await visibleWords(page, page.locator('section').filter({ has: page.getByRole('heading', { name: 'Your priorities' }) }));

  const out = execFileSync('npx', ['tsx', 'scripts/words.ts', '--one', String(SEED), PATH[0]], { encoding: 'utf8' });
  const counted = JSON.parse(out) as GameWords;
  const browserTotal = Object.values(seen).reduce((a, b) => a + b, 0);
  const report = (Object.keys(seen) as ScreenKind[]).map((k) => `${k}: browser ${seen[k]}, counted ${counted[k]}`).join('\n');
  console.log(`words by screen, seed ${SEED}, ${PATH.join(',')}:\n${report}\nbrowser total ${browserTotal}, counted ${counted.total}`);
  // Each kind of screen within a fifth, the whole game within a tenth: numbers and labels that vary with the state
  // (a change shown as "no change", a party chosen rather than drawn) may differ by a word here and there.
  for (const k of Object.keys(seen) as ScreenKind[]) expect(Math.abs(counted[k] - seen[k]), report).toBeLessThanOrEqual(Math.max(15, seen[k] * 0.2));
  expect(Math.abs(counted.total - browserTotal), report).toBeLessThanOrEqual(browserTotal * 0.1);
});
