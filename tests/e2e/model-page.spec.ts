// "How the model works": reachable by keyboard from the banner on any screen, axe-clean in English and Spanish,
// usable at phone, laptop and projector sizes, and it returns the player to where they were.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/axe-test.ts';
import { answerDialogs, expectNoHorizontalOverflow } from './helpers.ts';
import { expectHeadingFocused, press, tabTo } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

const FACTORS = 43;

async function openModelByKeyboard(page: Page, name = 'How the model works'): Promise<void> {
  await press(page, page.getByRole('button', { name }));
  await expectHeadingFocused(page, name);
}

test('opens from the title by keyboard, is axe-clean in English and Spanish, and goes back', async ({ page, makeAxeBuilder }) => {
  const scan = async (label: string) => {
    const results = await makeAxeBuilder().analyze();
    const found = results.violations.map((v) => `${label}: [${v.impact ?? 'n/a'}] ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
    expect(found, `axe violations on ${label}`).toEqual([]);
  };
  await page.goto('/?seed=99');
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  await openModelByKeyboard(page);
  await expect(page).toHaveTitle('How the model works · Sexenio');
  await expect(page.getByRole('button', { name: 'How the model works' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.model-factor')).toHaveCount(FACTORS);
  await expect(page.getByRole('heading', { level: 2, name: /^Assumptions \(\d+\)$/ })).toBeVisible();

  // A factor opens from the keyboard and shows its rules, their numbers and a cited passage on demand.
  const factor = page.locator('.model-factor').filter({ has: page.locator('.model-rule') }).first();
  const first = page.locator('.model-factor__summary').first();
  await press(page, first);
  await expect(page.locator('.model-factor').first()).toHaveAttribute('open', '');
  await expect(factor.locator('.model-rule').first()).toBeVisible();
  const citation = page.locator('.model-factor[open] .citation-list__toggle').first();
  await press(page, citation);
  await press(page, page.locator('.model-factor[open] .citation__summary').first());
  await expect(page.locator('.model-factor[open] .citation__lines').first()).toBeVisible();
  await scan('model page (en, a factor and a passage open)');

  // The search box narrows the list and says so.
  const search = page.getByRole('searchbox', { name: 'Find a factor' });
  await tabTo(page, search, { back: true });
  await page.keyboard.type('hurricane');
  await expect(page.locator('.model-filter__count')).toHaveText(/^Showing \d+ of 43 factors\.$/);
  expect(await page.locator('.model-factor').count()).toBeLessThan(FACTORS);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.model-factor')).toHaveCount(FACTORS);

  // In Spanish: the language switch in the banner, then a second scan.
  await press(page, page.getByRole('button', { name: 'Español' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(page.getByRole('heading', { level: 1, name: 'Cómo funciona el modelo' })).toBeVisible();
  await page.locator('.model-factor__summary').nth(5).click();
  await scan('model page (es)');
  await press(page, page.getByRole('button', { name: 'English' }), 'Enter');

  // Back: the title screen as it was, focus on the banner button that opened the page.
  await press(page, page.getByRole('button', { name: /Back to the title screen/ }).first());
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'How the model works' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'How the model works' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveTitle('Sexenio');
});

test('mid-game, the page pauses the year underneath and returns to it unchanged', async ({ page }) => {
  await page.goto('/?seed=5');
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await page.getByRole('button', { name: 'Choose your strategy' }).click();
  await page.locator('#strategy-A').check();
  await page.getByRole('button', { name: /^Confirm/ }).click();
  const autoPlay = page.getByRole('button', { name: /Auto-play/ });
  if ((await autoPlay.getAttribute('aria-pressed')) === 'true') await autoPlay.click();
  await page.locator('.year-controls__next').click();
  await answerDialogs(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('2013');
  const before = await heading.textContent();
  // Auto-play on, then straight to the model page: the year underneath must not turn while the player reads.
  await autoPlay.click();
  await expect(autoPlay).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'How the model works' }).click();
  await expectHeadingFocused(page, 'How the model works');
  await page.keyboard.press('n');
  await page.waitForTimeout(6000);
  await press(page, page.getByRole('button', { name: /Back to the game/ }).first());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before ?? '');
  await expect(page.getByRole('button', { name: 'How the model works' })).toBeFocused();
  await expect(page).toHaveTitle('The sexenio, year by year · Sexenio');
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test(`fits at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/?seed=3');
    await page.getByRole('button', { name: 'How the model works' }).click();
    await expect(page.locator('.model-factor')).toHaveCount(FACTORS);
    await expectNoHorizontalOverflow(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `screenshots/model-top-${size.width}x${size.height}.png` });
    const factor = page.locator('.model-factor').filter({ hasText: 'Context only' }).first();
    const rich = page.locator('.model-factor').nth(9);
    await rich.locator('summary').click();
    await factor.locator('summary').click();
    await rich.locator('.citation-list__toggle').first().click();
    await expectNoHorizontalOverflow(page);
    await rich.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `screenshots/model-factor-${size.width}x${size.height}.png` });
    await page.getByRole('heading', { level: 2, name: /^Assumptions/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/model-assumptions-${size.width}x${size.height}.png` });
  });
}
