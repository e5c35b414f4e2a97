// A whole game from the title with the keyboard alone, every step pressed twice in quick succession (Enter twice, or
// N twice on a sexenio summary), as an impatient or unsteady hand would. The page itself records when each year and
// each event dialog appeared and went, and the test then checks that the second press never skipped a year, never
// answered a question, and that every answer recorded is the one chosen on purpose once the dialog had been read.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PACE_GUARD_MS } from '../../src/ui/lib/pace-guard.ts';
import { HEAVY } from './helpers.ts';
import { expectHeadingFocused, pickWithKeyboard, tabTo, waitForPace } from './keyboard-steps.ts';

test.use({ reducedMotion: 'no-preference' });

/** Between the two presses of a double press: a quick double tap. */
const DOUBLE_PRESS_GAP_MS = 40;
/**
 * The pause starts when the new year or question is computed, a frame or two before it is painted, so what the page
 * can measure is a little less than the pause itself; a press that got through would measure about the double press's
 * gap, far below this.
 */
const SEEN_AT_LEAST_MS = PACE_GUARD_MS / 2;

type Shown = { readonly text: string | null; readonly at: number };
type DialogSeen = { readonly title: string; readonly openedAt: number; closedAt: number | null; answer: string | null };
type PaceLog = { readonly years: Shown[]; readonly dialogs: DialogSeen[] };

/** Runs in the page before the app: a log of every year heading and every event dialog, with the page's clock. */
function recordScreens(): void {
  const log: PaceLog = { years: [], dialogs: [] };
  (window as unknown as { paceLog: PaceLog }).paceLog = log;
  let year: string | null = null;
  let dialog: DialogSeen | null = null;
  let focusedAnswer: string | null = null;
  const check = () => {
    const now = performance.now();
    const shownYear = document.querySelector('.year-head__year')?.textContent ?? null;
    if (shownYear !== year) {
      year = shownYear;
      log.years.push({ text: shownYear, at: now });
    }
    const title = document.querySelector('dialog[open] h2')?.textContent ?? null;
    if (title !== (dialog?.title ?? null)) {
      if (dialog) {
        dialog.closedAt = now;
        dialog.answer = focusedAnswer;
      }
      dialog = title === null ? null : { title, openedAt: now, closedAt: null, answer: null };
      if (dialog) log.dialogs.push(dialog);
    }
  };
  // Which answer had focus when the key went down: the answer the dialog closed on is the one that was taken.
  window.addEventListener(
    'keydown',
    () => {
      const el = document.activeElement;
      focusedAnswer = el instanceof HTMLElement && el.matches('.event-dialog__choice') ? (el.querySelector('.event-dialog__choice-label')?.textContent ?? null) : null;
    },
    true,
  );
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open'] });
}

async function doublePress(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(DOUBLE_PRESS_GAP_MS);
  await page.keyboard.press(key);
}

/** Focus on the control, wait until the moment has passed (as a player reading the screen would), then press twice. */
async function doublePressOn(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await waitForPace(control);
  await doublePress(page, key);
}

/** How many years the page has shown so far. */
async function yearsShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { paceLog: PaceLog }).paceLog.years.filter((y) => /^\d{4}$/.test(y.text ?? '')).length);
}

/** Presses twice on a control that moves the game on, and checks that the game moved at most one year. */
async function doublePressOnce(page: Page, control: Locator): Promise<void> {
  const before = await yearsShown(page);
  await doublePressOn(page, control);
  expect((await yearsShown(page)) - before, 'years shown after one double press').toBeLessThanOrEqual(1);
}

/** Plays a sexenio from "Begin" to its summary; each dialog is answered with its second answer. Returns the answers. */
async function playTerm(page: Page): Promise<string[]> {
  const answers: string[] = [];
  const next = page.locator('.year-controls__next');
  const dialog = page.locator('dialog[open]');
  await expect(page.getByRole('button', { name: /Auto-play/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(next).toHaveText(/^Begin/);
  const summary = page.getByRole('heading', { level: 1, name: /in review/ });
  for (let step = 0; step < 30; step++) {
    if (await summary.isVisible()) return answers;
    if ((await dialog.count()) > 0) {
      const title = dialog.locator('h2');
      // The question opens on its title: the second Enter of the press that opened it landed there, harmlessly.
      await expect(title).toBeFocused();
      const titleText = (await title.textContent()) ?? '';
      const choice = dialog.locator('.event-dialog__choice').nth(1);
      const label = (await choice.locator('.event-dialog__choice-label').textContent()) ?? '';
      await doublePressOnce(page, choice);
      answers.push(label);
      await expect.poll(async () => (await dialog.count()) === 0 || (await title.textContent()) !== titleText).toBe(true);
      continue;
    }
    const before = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await doublePressOnce(page, next);
    await expect.poll(async () => (await dialog.count()) > 0 || (await page.getByRole('heading', { level: 1 }).textContent()) !== before).toBe(true);
  }
  throw new Error('the sexenio did not end');
}

test('a whole game pressed twice at every step: no year skipped, no question answered unseen', async ({ page }) => {
  // About 40 s on an idle machine; the margin is for a machine shared with other work.
  test.setTimeout(180_000);
  await page.addInitScript(recordScreens);
  await page.goto('/?seed=2012');
  await doublePressOn(page, page.getByRole('button', { name: 'Start in December 2012' }));
  await expectHeadingFocused(page, 'December 2012');
  await doublePressOn(page, page.getByRole('button', { name: 'Choose your strategy' }));

  const chosen: string[] = [];
  const plan = [
    { option: 'A', next: /Choose the strategy for 2019–2024/ },
    { option: 'B', next: /Choose the strategy for 2025–2030/ },
    { option: 'D', next: /Go to the debrief/ },
  ] as const;
  for (const step of plan) {
    await pickWithKeyboard(page, step.option);
    await doublePressOn(page, page.getByRole('button', { name: /^Confirm:/ }));
    await expectHeadingFocused(page, /Inauguration/);
    chosen.push(...(await playTerm(page)));
    await expectHeadingFocused(page, /in review/);
    // On a summary, N continues, as on a year; the shortcut is shown on the button.
    const onward = page.getByRole('button', { name: step.next });
    await expect(onward).toHaveAttribute('aria-keyshortcuts', 'N');
    await waitForPace(onward);
    await doublePress(page, 'n');
    if (step.option === 'D') await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeFocused(HEAVY);
    else await expectHeadingFocused(page, /Choose a strategy/);
  }

  const log = await page.evaluate(() => (window as unknown as { paceLog: PaceLog }).paceLog);
  // Every year was on screen, in order, none twice, each long enough to have been seen.
  const years = log.years.filter((y) => /^\d{4}$/.test(y.text ?? ''));
  expect(years.map((y) => Number(y.text))).toEqual(Array.from({ length: 18 }, (_, i) => 2013 + i));
  for (const [i, shown] of log.years.entries()) {
    const gone = log.years[i + 1];
    if (gone && /^\d{4}$/.test(shown.text ?? '')) expect(gone.at - shown.at, `${shown.text} was on screen`).toBeGreaterThanOrEqual(SEEN_AT_LEAST_MS);
  }
  // Every question was on screen before it was answered, and took the answer chosen on purpose.
  expect(log.dialogs.length, 'some events asked for an answer').toBeGreaterThan(0);
  expect(log.dialogs.map((d) => d.answer)).toEqual(chosen);
  for (const d of log.dialogs) {
    expect(d.closedAt, `${d.title} was answered`).not.toBeNull();
    expect((d.closedAt ?? 0) - d.openedAt, `${d.title} was on screen before its answer`).toBeGreaterThanOrEqual(SEEN_AT_LEAST_MS);
  }
  // The game kept exactly those answers: one per question, none given by a stray press.
  const save = await page.evaluate(() => JSON.parse(localStorage.getItem('sexenio-save') ?? '{}') as { answers?: Record<string, string> });
  expect(Object.keys(save.answers ?? {})).toHaveLength(chosen.length);
});
