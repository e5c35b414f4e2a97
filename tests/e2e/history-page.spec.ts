// "What happened next": reachable by keyboard from the title screen and from the finished debrief, showing the real
// course (a known fact, the INEGI figures) and, from the debrief, the player's game beside it; Escape and Back
// return to where it was opened. The axe scans are in axe.spec.ts, the screenshots in screenshots.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { playToDebrief } from './debrief-helpers.ts';
import { expectNoHorizontalOverflow, openTitle } from './helpers.ts';
import { expectHeadingFocused, press, tabTo } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

const TITLE_BUTTON = 'See what happened next, 2012–2025';
const DEBRIEF_BUTTON = 'See what happened next, beside your game';

/** Opens the page from the title screen with Tab and Enter. */
export async function openHistoryFromTitle(page: Page): Promise<void> {
  await press(page, page.getByRole('button', { name: TITLE_BUTTON }));
  await expectHeadingFocused(page, 'What happened next');
}

async function expectRealCourse(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 4, name: 'Navy captures Zetas leader Treviño Morales' })).toBeVisible();
  await expect(page.locator('.history-fact')).toHaveCount(40);
  const inegi = page.getByTestId('inegi-table').getByRole('row');
  await expect(inegi).toHaveCount(1 + 13);
  await expect(inegi.nth(1)).toContainText('2012');
  await expect(inegi.nth(1)).toContainText('25,967');
  await expect(inegi.nth(7)).toContainText('36,685');
  await expect(page.getByText('Not the documents\' measure, and not the model\'s')).toBeVisible();
}

test('opens from the title by keyboard, shows the real course, and Escape goes back', async ({ page }) => {
  await openTitle(page, 99);
  await openHistoryFromTitle(page);
  await expect(page).toHaveTitle('What happened next · Sexenio');
  await expectRealCourse(page);
  await expect(page.getByTestId('history-beside')).toHaveText(/Finish a game/);
  await expect(page.getByTestId('model-run-table').getByRole('columnheader', { name: 'Your game' })).toHaveCount(0);

  // A fact's sources: one Tab stop, opened with Enter; its links open elsewhere and only when followed.
  const fact = page.locator('.history-fact', { hasText: 'Navy captures Zetas leader' });
  await press(page, fact.locator('.citation-list__toggle'));
  const link = fact.locator('a.citation__link').first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  await expect(page.getByRole('button', { name: TITLE_BUTTON })).toBeFocused();
  await expect(page).toHaveTitle('Sexenio');
});

test('the settings menu takes Escape first, and the page reads in Spanish', async ({ page }) => {
  await openTitle(page, 98);
  await openHistoryFromTitle(page);
  await press(page, page.getByRole('button', { name: 'Settings' }));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('history-page')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Español' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Lo que pasó después' })).toBeVisible();
  await expect(page).toHaveTitle('Lo que pasó después · Sexenio');
  await expect(page.getByRole('heading', { level: 4, name: 'La Marina captura a Treviño Morales, líder de Los Zetas' })).toBeVisible();
  await expect(page.getByText('17 de diciembre de 2012')).toBeVisible();
  await press(page, page.getByRole('button', { name: /Volver a la pantalla de inicio/ }).first());
  await expect(page.getByRole('button', { name: 'Comenzar en diciembre de 2012' })).toBeVisible();
});

test('from the finished debrief by keyboard, the player’s game beside the real course, and Back returns to it', async ({ page }) => {
  await openTitle(page);
  await playToDebrief(page);
  // The button follows the debrief's main content: from the heading, Tab passes every control of the debrief.
  const open = page.getByRole('button', { name: DEBRIEF_BUTTON });
  await tabTo(page, open, { max: 500 });
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'What happened next');
  await expectRealCourse(page);
  await expect(page.getByTestId('history-beside')).toContainText('Your game (B → C+LE → A)');
  await expect(page.getByTestId('model-run-table').getByRole('columnheader', { name: 'Your game (B → C+LE → A)' })).toBeVisible();
  // Both legends name the game with its strategy each term (the match ignores case).
  await expect(page.locator('.history-legend li', { hasText: 'Your game (B → C+LE → A)' })).toHaveCount(2);
  await expect(page.getByTestId('history-luck')).toContainText(/Your game used its own seed \(\d+\) and drew random events; the model's run of the real course uses seed 1/);
  await expect(page.locator('.history-chart__line[data-series="player"]')).toHaveCount(2);
  await expect(page.getByTestId('index-table').getByRole('columnheader')).toHaveCount(4);
  await expectNoHorizontalOverflow(page);

  // On a phone the player's columns start out of sight: the cue saying so stays on screen while the table is read.
  await page.setViewportSize({ width: 390, height: 844 });
  // The header and the charts redraw for the narrow screen a moment after it narrows.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoHorizontalOverflow(page);
  await page.getByTestId('model-run-table').locator('tbody tr').nth(8).evaluate((row) => row.scrollIntoView({ block: 'center' }));
  const cue = page.getByTestId('model-run-table-cue');
  await expect(cue).toHaveText("Your game's columns are further right: scroll the table sideways →");
  await expect(cue).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 1280, height: 720 });

  await press(page, page.getByRole('button', { name: 'Back to the debrief' }).first());
  await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible();
  await expect(open).toBeFocused();

  // The same page is one Tab from the debrief's heading too, without passing the whole report.
  await page.getByRole('heading', { level: 1, name: /A profile of consequences/ }).focus();
  const top = page.getByRole('button', { name: 'What happened next, 2012–2025' });
  await tabTo(page, top, { max: 2 });
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'What happened next');
  await page.keyboard.press('Escape');
  await expect(top).toBeFocused();
});

test('on a phone, table captions wrap to the screen and the sideways cue stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTitle(page, 97);
  await page.getByRole('button', { name: TITLE_BUTTON }).click();
  await expect(page.getByTestId('history-page')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  const table = page.getByTestId('inegi-table');
  const caption = table.locator('.history-table__caption');
  await caption.scrollIntoViewIfNeeded();
  await expect(caption).toHaveText('Homicides per year (INEGI), with the source of each figure');
  const box = await caption.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, 'the caption is within the screen').toBe(true);
  await expect(page.getByRole('region', { name: 'Homicides per year (INEGI), with the source of each figure' })).toBeVisible();
  await table.locator('tbody tr').nth(9).evaluate((row) => row.scrollIntoView({ block: 'center' }));
  await expect(page.getByTestId('inegi-table-cue')).toBeInViewport({ ratio: 1 });
});

test('on a projector the timeline uses the width: date in a gutter, sources in a column on the right', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTitle(page, 96);
  await page.getByRole('button', { name: TITLE_BUTTON }).click();
  const fact = page.locator('.history-fact', { hasText: 'Navy captures Zetas leader' });
  await fact.scrollIntoViewIfNeeded();
  const box = async (selector: string) => (await fact.locator(selector).boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const [meta, summary, aside, page_] = [await box('.history-fact__meta'), await box('.history-fact__summary'), await box('.history-fact__aside'), await page.locator('.history-page').boundingBox()];
  expect(meta.x + meta.width).toBeLessThanOrEqual(summary.x);
  expect(summary.x + summary.width).toBeLessThanOrEqual(aside.x);
  expect(aside.y).toBeLessThan(summary.y + summary.height);
  // The facts span most of the page, where they used to stop at about half of it.
  const facts = (await fact.boundingBox()) ?? { width: 0 };
  expect(facts.width / (page_?.width ?? 1)).toBeGreaterThan(0.85);
  await expectNoHorizontalOverflow(page);
});
