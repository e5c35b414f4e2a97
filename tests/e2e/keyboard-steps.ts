// Keyboard-only steps for the model-page, two-team and one-term specs: Tab to a control, then Enter or Space.
import { expect, type Locator, type Page } from '@playwright/test';

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the locator has focus. */
export async function tabTo(page: Page, locator: Locator, { back = false, max = 150 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${locator.toString()} with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** A button that advances the game or answers a decision ignores presses for a moment after something new appears. */
export async function waitForPace(locator: Locator): Promise<void> {
  if (await locator.evaluate((el) => el.classList.contains('paced'))) await expect(locator).toBeEnabled();
}

export async function press(page: Page, locator: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, locator);
  await waitForPace(locator);
  await page.keyboard.press(key);
}

export async function expectHeadingFocused(page: Page, name: RegExp | string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
}

/** From the title: opens "Game settings", ticks the named mode, and starts in December 2012. */
export async function startWithMode(page: Page, seed: number, mode: 'One-term mode' | 'Two-team mode'): Promise<void> {
  await page.goto(`/?seed=${seed}`);
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  const settings = page.locator('summary', { hasText: 'Game settings' });
  await press(page, settings);
  const box = page.getByRole('checkbox', { name: mode });
  await press(page, box, 'Space');
  await expect(box).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Start in December 2012' }), { back: true });
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'December 2012');
  await press(page, page.getByRole('button', { name: 'Choose your strategy' }));
}

/** On the choice screen: selects option A–D with the arrow keys (no sub-choice) and, if given, a party. */
export async function pickWithKeyboard(page: Page, option: 'A' | 'B' | 'D', party?: string): Promise<void> {
  await expectHeadingFocused(page, /Choose a strategy/);
  const first = page.locator('#strategy-A');
  await tabTo(page, first);
  await page.keyboard.press('Space');
  const steps = { A: 0, B: 1, D: 3 }[option];
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#strategy-${option}`)).toBeChecked();
  if (party) {
    const radio = page.getByRole('radio', { name: new RegExp(`^${party}`) });
    await tabTo(page, page.getByRole('radio', { name: /Let the election decide/ }));
    for (let i = 0; i < 5 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(radio).toBeChecked();
  }
}

/**
 * Plays a sexenio from "Begin" to its summary with Enter and N, answering event dialogs with Tab and Enter (a dialog
 * opens with focus on its title). With a counter, every second dialog is answered with its second choice, and
 * answers are counted. Each press waits out the pause after the last new step, as a reading player would.
 */
export async function playTermWithKeyboard(page: Page, answered?: { count: number }): Promise<void> {
  const next = page.locator('.year-controls__next');
  const autoPlay = page.getByRole('button', { name: /Auto-play/ });
  if ((await autoPlay.getAttribute('aria-pressed')) === 'true') {
    await page.keyboard.press('p');
    await expect(autoPlay).toHaveAttribute('aria-pressed', 'false');
  }
  await tabTo(page, next);
  await expect(next).toHaveText(/^Begin/);
  await waitForPace(next);
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  for (let guard = 0; guard < 30; guard++) {
    await expect.poll(async () => (await dialog.count()) > 0 || !/^Begin/.test((await next.textContent()) ?? '')).toBe(true);
    if ((await dialog.count()) > 0) {
      const title = (await dialog.locator('h2').textContent()) ?? '';
      const choices = dialog.locator('.event-dialog__choice');
      await expect(dialog.locator('h2')).toBeFocused();
      const choice = answered && answered.count % 2 === 1 ? choices.nth(1) : choices.first();
      await tabTo(page, choice);
      await waitForPace(choice);
      await page.keyboard.press('Enter');
      if (answered) answered.count++;
      await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.locator('h2').textContent()) !== title).toBe(true);
      continue;
    }
    await waitForPace(next);
    if (((await next.textContent()) ?? '').startsWith('See the sexenio summary')) {
      await page.keyboard.press('n');
      await expectHeadingFocused(page, /in review/);
      return;
    }
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.keyboard.press('n');
    await expect.poll(async () => (await dialog.count()) > 0 || (await page.getByRole('heading', { level: 1 }).textContent()) !== heading).toBe(true);
  }
  throw new Error('the sexenio did not end');
}
