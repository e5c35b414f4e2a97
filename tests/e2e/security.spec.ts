// The built game keeps to itself: a strict Content-Security-Policy that nothing violates, and no request to any
// host but its own, through a whole game, its debrief and "What happened next", a cited passage loaded on demand,
// the class dashboard, a shared run code and a reload that reopens the saved game.
import { expect, test, type Page } from '@playwright/test';
import { classCodes } from './classroom-helpers.ts';
import { confirmStrategy, openTitle, playWholeGame, playYear, selectStrategy, toChoice } from './helpers.ts';

/** Records requests to other origins and CSP violations from the moment the page loads. */
async function watch(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await openTitle(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
});

test('a whole game and its debrief send no request off the page’s origin and violate no CSP rule', async ({ page, baseURL }) => {
  const watched = await watch(page, baseURL);
  await openTitle(page);
  await playWholeGame(page, ['A', 'C+LE', 'D']);
  // "What happened next" shows web sources as links: nothing is fetched from them until one is followed.
  await page.getByRole('button', { name: 'See what happened next, beside your game' }).click();
  await expect(page.getByTestId('history-model-run')).toBeVisible();
  await page.locator('.history-fact .citation-list__toggle').first().click();
  await expect(page.locator('.history-fact a.citation__link').first()).toBeVisible();
  expect(await watched.violations()).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('a cited passage loads from the page’s own origin without CSP violations', async ({ page, baseURL }) => {
  const watched = await watch(page, baseURL);
  await openTitle(page);
  await toChoice(page);
  await selectStrategy(page, 'B');
  await confirmStrategy(page);
  await playYear(page);
  await page.keyboard.press('w');
  await page.locator('.why-ledger__toggle').click();
  await page.locator('.why-panel .citation-list:has(.citation__summary) > .citation-list__toggle').first().click();
  await page.locator('summary.citation__summary:visible').first().click({ timeout: 10_000 });
  await expect(page.locator('.citation__lines:visible').first()).toBeVisible();
  expect(await watched.violations()).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('the dashboard, a shared run and a reopened save stay on the origin without CSP violations', async ({ page, baseURL }) => {
  const watched = await watch(page, baseURL);
  const codes = classCodes(6);
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await page.getByLabel('Run codes or links, one per line').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByText('Runs on the list: 6.')).toBeVisible();
  await expect(page.locator('.dashboard__chart .recharts-wrapper')).toHaveCount(3);

  await page.goto(`/#run=${codes[1]!}`);
  await page.reload();
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Close the shared run' }).click();
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await page.getByRole('button', { name: 'Choose your strategy' }).click();
  await selectStrategy(page, 'A');
  await confirmStrategy(page);
  await playYear(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /2013/ })).toBeVisible();
  expect(await watched.violations()).toEqual([]);
  expect(watched.foreign).toEqual([]);
});
