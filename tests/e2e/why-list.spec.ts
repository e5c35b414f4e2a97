// The "why" list: a short summary first, the full list one disclosure away with one row per factor, each source list
// one Tab stop; on a phone, a sheet with its own scroll that Escape closes, returning focus to its button.
// Screenshots of the summary and the full list go to screenshots/ (git-ignored).
import { expect, test, type Page } from '@playwright/test';
import { confirmStrategy, expectNoHorizontalOverflow, openTitle, playYear, selectStrategy, toChoice } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

async function firstYear(page: Page): Promise<void> {
  await openTitle(page, 7);
  await toChoice(page);
  await selectStrategy(page, 'A');
  await confirmStrategy(page);
  await playYear(page);
}

async function shoot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `screenshots/why-${name}-${width}x${height}.png` });
}

/** The factor names of each group of the full list, which must each appear once. */
async function factorsByGroup(page: Page): Promise<string[][]> {
  return page.locator('.why-ledger .why-group').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll(':scope .why-change__factor')].map((f) => (f.firstChild?.textContent ?? '').trim())),
  );
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const) {
  test(`at ${size.width}×${size.height} the why list opens on a summary, with every change one disclosure away`, async ({ page }) => {
    await page.setViewportSize(size);
    await firstYear(page);
    await page.keyboard.press('w');
    const panel = page.locator('section.why-panel');
    await expect(panel.getByRole('heading', { level: 2, name: /^Why the numbers moved in 2013/ })).toBeFocused();
    const lines = panel.locator('.why-summary__line');
    expect(await lines.count()).toBeGreaterThanOrEqual(3);
    expect(await lines.count()).toBeLessThanOrEqual(5);
    const sections = await panel.locator('.why-summary__section').evaluateAll((s) => s.map((x) => x.getAttribute('data-score')));
    expect(sections.every((id) => ['cooperation', 'sedena', 'semar'].includes(id ?? ''))).toBe(true);
    await expect(panel.locator('.why-ledger')).not.toHaveAttribute('open');
    await shoot(page, 'summary');

    await panel.getByText('All changes and their sources', { exact: true }).click();
    await expect(panel.locator('.why-ledger .why-group').first()).toBeVisible();
    for (const factors of await factorsByGroup(page)) expect(new Set(factors).size).toBe(factors.length);
    await panel.locator('.why-ledger__toggle').evaluate((el) => el.scrollIntoView());
    await shoot(page, 'full');

    // On paper a closed source list prints open.
    const firstList = panel.locator('.why-ledger .citation-list').first();
    await expect(firstList.locator('.citation-list__items')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(firstList.locator('.citation-list__items')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // Each source list is one Tab stop: from the first, Tab goes to the next list, never into a closed one.
    const toggles = panel.locator('.why-ledger .citation-list__toggle');
    await toggles.first().focus();
    await page.keyboard.press('Tab');
    await expect(toggles.nth(1)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(panel.locator('.why-ledger .citation-list').first().locator('.citation__summary, a.citation__link').first()).toBeFocused();
  });
}

test('on a phone the why list is a sheet with its own scroll; Escape and Close return focus to its button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await firstYear(page);
  await page.locator('#why-toggle').click();
  const sheet = page.locator('dialog.why-panel--sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2, name: /^Why the numbers moved in 2013/ })).toBeFocused();
  const box = await sheet.boundingBox();
  expect(box && box.y + box.height).toBeCloseTo(844, 0);
  await shoot(page, 'summary');

  await sheet.getByText('All changes and their sources', { exact: true }).click();
  const scroll = await sheet.evaluate((el) => ({ inner: el.scrollHeight, outer: el.clientHeight, page: document.documentElement.scrollTop }));
  expect(scroll.inner).toBeGreaterThan(scroll.outer);
  await sheet.evaluate((el) => el.scrollBy(0, 600));
  expect(await page.evaluate(() => document.documentElement.scrollTop)).toBe(scroll.page);
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeInViewport();
  await shoot(page, 'full');

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(page.locator('#why-toggle')).toBeFocused();
  await expect(page.locator('#why-toggle')).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
  await expect(page.locator('#why-toggle')).toBeFocused();
});

test('in Spanish the why list names a quote from an English document as such', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstYear(page);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.keyboard.press('w');
  const panel = page.locator('section.why-panel');
  await expect(panel.getByRole('heading', { level: 2, name: /^Por qué cambiaron las cifras en 2013/ })).toBeFocused();
  await panel.getByText('Todos los cambios y sus fuentes', { exact: true }).click();
  const list = panel.locator('.why-ledger .citation-list:has(.citation__quote)').first();
  await list.locator('> .citation-list__toggle').click();
  const quote = list.locator('.citation__quote').first();
  await expect(quote.locator('q')).toHaveAttribute('lang', 'en');
  await expect(quote.locator('.citation__quote-lang')).toHaveText('(cita en inglés)');
  await quote.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shoot(page, 'full-es');
});
