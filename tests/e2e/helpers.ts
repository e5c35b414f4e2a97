// Shared steps for the e2e specs that are not about the keyboard: they drive the game with ordinary clicks.
import { expect, type Page } from '@playwright/test';

export const SEED = 20130101;

/**
 * How long to wait for the app's signal after its heaviest work: the debrief's first render (every sexenio replayed
 * with each other strategy) and luck versus choice (6,000 games in a worker). Seconds on an idle machine, several
 * times that on a busy one; the default expect timeout is for the interface answering a click.
 */
export const HEAVY = { timeout: 90_000 } as const;

export async function openTitle(page: Page, seed = SEED): Promise<void> {
  await page.goto(`/?seed=${seed}`);
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
}

export async function toChoice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2012' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose your strategy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toBeVisible();
}

/** Selects a strategy ("A", "C+LE", …) on the choice screen; does not confirm. */
export async function selectStrategy(page: Page, strategy: string): Promise<void> {
  const option = strategy.charAt(0);
  await page.locator(`#strategy-${option}`).check();
  if (strategy.length > 1 || option === 'C') {
    await page.locator(`#variant-${strategy.replace(/\W/g, '-')}`).check();
  }
}

export async function confirmStrategy(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Confirm/ }).click();
  await expect(page.locator('.year-controls')).toBeVisible();
  const autoPlay = page.getByRole('button', { name: /Auto-play/ });
  if ((await autoPlay.getAttribute('aria-pressed')) === 'true') await autoPlay.click();
  await expect(autoPlay).toHaveAttribute('aria-pressed', 'false');
}

/** Answers every open event dialog with its first option. Returns how many were answered. */
export async function answerDialogs(page: Page): Promise<number> {
  let answered = 0;
  const dialog = page.locator('dialog[open]');
  while ((await dialog.count()) > 0 && answered < 10) {
    const title = (await dialog.locator('h2').textContent()) ?? '';
    await dialog.locator('.event-dialog__choice').first().click();
    await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.locator('h2').textContent()) !== title).toBe(true);
    answered++;
  }
  return answered;
}

/** Plays one year with the primary button. */
export async function playYear(page: Page): Promise<void> {
  const next = page.locator('.year-controls__next');
  const before = await next.textContent();
  await next.click();
  await expect(next.or(page.locator('dialog[open]')).first()).toBeVisible();
  await expect.poll(async () => (await page.locator('dialog[open]').count()) > 0 || (await next.textContent()) !== before).toBe(true);
  await answerDialogs(page);
}

/** Plays the rest of the term and opens its summary. */
export async function finishTerm(page: Page): Promise<void> {
  const next = page.locator('.year-controls__next');
  for (let i = 0; i < 10; i++) {
    if ((await next.textContent())?.startsWith('See the sexenio summary')) break;
    await playYear(page);
  }
  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: /in review/ })).toBeVisible();
}

/** From the title screen to the debrief, choosing the given strategies. */
export async function playWholeGame(page: Page, strategies: readonly string[]): Promise<void> {
  await toChoice(page);
  for (const [i, s] of strategies.entries()) {
    await selectStrategy(page, s);
    await confirmStrategy(page);
    await finishTerm(page);
    await page.getByRole('button', { name: i === strategies.length - 1 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  await expectDebrief(page);
}

/** The debrief has opened and drawn its chart. */
export async function expectDebrief(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible(HEAVY);
  await expect(page.getByTestId('chart-region').locator('.chart-frame svg.recharts-surface')).toBeVisible(HEAVY);
}

/** Luck versus choice has played all its games (its worker keeps a core busy until then). */
export async function expectLuckDone(page: Page): Promise<void> {
  await expect(page.getByTestId('luck')).toHaveAttribute('data-status', 'done', HEAVY);
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(innerWidth);
}

/** Forgets the game this browser saved, so the next visit opens on the title instead of resuming it. */
export async function forgetSavedGame(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.removeItem('sexenio-save'));
}
