// An axe scan (WCAG 2.0–2.2 A/AA) of every screen: no serious or critical violations, and ideally none at all.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/axe-test.ts';
import { answerDialogs, confirmStrategy, expectDebrief, expectLuckDone, finishTerm, openTitle, playYear, selectStrategy, toChoice } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

type Scan = (page: Page, name: string) => Promise<void>;

test('every screen passes an axe scan', async ({ page, makeAxeBuilder }) => {
  // A whole game and over a dozen scans: allow for a busy machine (CI runs two browsers side by side).
  test.setTimeout(300_000);
  const report: string[] = [];
  const scan: Scan = async (_page, name) => {
    const results = await makeAxeBuilder().analyze();
    for (const v of results.violations) report.push(`${name}: [${v.impact ?? 'n/a'}] ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const detail = (v: (typeof severe)[number]) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`;
    expect(severe.map(detail), `serious or critical violations on ${name}`).toEqual([]);
  };

  await openTitle(page);
  await scan(page, 'title');

  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'December 2012' })).toBeVisible();
  await scan(page, 'briefing');
  await page.getByRole('button', { name: 'Choose your strategy' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toBeVisible();
  await scan(page, 'choice (nothing selected)');
  await selectStrategy(page, 'C+LE');
  await page.locator('.strategy-card--selected .citation-list__toggle').click();
  await scan(page, 'choice (C+LE selected, sources open)');
  await confirmStrategy(page);
  await scan(page, 'year (before the first year)');

  // Advance until an event asks for an answer (or the term ends), and scan the dialog.
  let sawDialog = false;
  const next = page.locator('.year-controls__next');
  for (let i = 0; i < 6 && !sawDialog; i++) {
    if ((await next.textContent())?.startsWith('See the sexenio summary')) break;
    await next.click();
    await expect.poll(async () => (await page.locator('dialog[open]').count()) > 0 || !(await next.textContent())?.startsWith('Begin')).toBe(true);
    if ((await page.locator('dialog[open]').count()) > 0) {
      sawDialog = true;
      await scan(page, 'event dialog');
      await answerDialogs(page);
    }
  }
  await scan(page, 'year');
  await page.locator('#why-toggle').click();
  await page.locator('.why-ledger__toggle').click();
  await page.locator('.why-panel .citation-list:has(.citation__summary) > .citation-list__toggle').first().click();
  await page.locator('.why-panel .citation-list[open] .citation__summary').first().click();
  await expect(page.locator('.why-panel .citation__lines').first()).toBeVisible();
  await scan(page, 'year (why list open, passage shown)');
  await page.getByRole('button', { name: 'Settings' }).click();
  await scan(page, 'year (settings open)');
  await page.keyboard.press('Escape');

  await finishTerm(page);
  await scan(page, 'term summary');
  for (const strategy of ['A', 'D']) {
    await page.getByRole('button', { name: /Choose the strategy for/ }).click();
    await selectStrategy(page, strategy);
    await confirmStrategy(page);
    await playYear(page);
    await finishTerm(page);
  }
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await expectDebrief(page);
  // The finished debrief, luck versus choice included (and its worker no longer competing with the scan).
  await expectLuckDone(page);
  await scan(page, 'debrief');

  await page.getByRole('button', { name: 'Español' }).click();
  await scan(page, 'debrief (Spanish)');

  // "What happened next" from the debrief: the player's game beside the real course, in Spanish and in English.
  await page.getByRole('button', { name: 'Ver lo que pasó después, junto a su partida' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lo que pasó después' })).toBeVisible();
  await expect(page.locator('.history-chart__line[data-series="player"]')).toHaveCount(2);
  await scan(page, 'what happened next, from the debrief (Spanish)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
  await scan(page, 'what happened next, from the debrief');

  console.log(`axe: event dialog scanned: ${sawDialog}`);
  test.info().annotations.push({ type: 'minor and moderate findings', description: report.join('\n') || 'none' });
  expect(report, 'axe findings of any impact').toEqual([]);
});

test('"What happened next" from the title passes an axe scan in English and Spanish, a source list open', async ({ page, makeAxeBuilder }) => {
  const scan = async (name: string) => {
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${name}: [${v.impact ?? 'n/a'}] ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)).toEqual([]);
  };
  await openTitle(page);
  await page.getByRole('button', { name: 'See what happened next, 2012–2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
  await page.locator('.history-fact .citation-list__toggle').first().click();
  await expect(page.locator('.history-fact a.citation__link').first()).toBeVisible();
  await scan('what happened next');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lo que pasó después' })).toBeVisible();
  await scan('what happened next (Spanish)');
});

test('the prologue start passes an axe scan', async ({ page, makeAxeBuilder }) => {
  await openTitle(page);
  await page.getByRole('button', { name: /prologue/ }).click();
  await page.getByRole('button', { name: /Begin Calderón/ }).click();
  await expect(page.locator('.year-controls')).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the choice screen asks for a strategy before confirming', async ({ page }) => {
  await openTitle(page);
  await toChoice(page);
  await page.getByRole('button', { name: 'Confirm the strategy' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose one of the four strategies first.');
  await page.locator('#strategy-C').check();
  await page.getByRole('button', { name: /^Confirm:/ }).click();
  await expect(page.getByRole('alert')).toHaveText('Answer the question on the selected strategy first.');
});
