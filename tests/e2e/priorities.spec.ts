// The player's aims: ranked on the briefing with the keyboard, kept through a reload and in the run code, and read
// back in the debrief's "Your priorities" against the pure paths; both languages pass axe.
import { expect, test } from './fixtures/axe-test.ts';
import { decodeOrThrow } from './classroom-helpers.ts';
import { confirmStrategy, expectDebrief, finishTerm, HEAVY, openTitle, selectStrategy } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

test('a ranking set on the briefing survives a reload, travels in the run code and frames the debrief', async ({ page, browser, makeAxeBuilder }) => {
  test.setTimeout(300_000);
  await openTitle(page);
  await page.getByRole('button', { name: 'Start in December 2012' }).click();
  const step = page.getByTestId('priorities-step');
  await expect(step.getByRole('heading', { name: 'What are you trying to achieve?' })).toBeVisible();
  expect((await makeAxeBuilder().include('[data-testid="priorities-step"]').analyze()).violations.map((v) => v.id)).toEqual([]);

  // Keyboard only: Fewer deaths up one place, then Rule of law up to second; focus stays with the moved aim.
  await page.getByRole('button', { name: 'Move Fewer deaths up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Fewer deaths down' })).toBeFocused();
  await page.getByRole('button', { name: 'Move Rule of law up' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Rule of law up' })).toBeFocused();
  await expect(step.getByRole('listitem')).toHaveText([/^1Fewer deaths/, /^2Rule of law/, /^3Cooperation/, /^4Public support/, /^5Sovereignty/]);
  await expect(page.getByTestId('live-region')).toHaveText('Rule of law: now 2 of 5.');
  await page.getByRole('button', { name: 'Choose your strategy' }).click();

  // The first term, then a reload: the ranking comes back with the game.
  await selectStrategy(page, 'B');
  await confirmStrategy(page);
  await page.reload();
  await expect(page.locator('.year-controls')).toBeVisible();
  await expect(page.getByRole('button', { name: /Auto-play/ })).toHaveAttribute('aria-pressed', 'false');
  await finishTerm(page);
  for (const [i, strategy] of ['C+LE', 'A'].entries()) {
    await page.getByRole('button', { name: /Choose the strategy for/ }).click();
    await selectStrategy(page, strategy);
    await confirmStrategy(page);
    await finishTerm(page);
    if (i === 1) await page.getByRole('button', { name: 'Go to the debrief' }).click();
  }
  await expectDebrief(page);

  const section = page.getByTestId('priorities');
  await expect(section.getByRole('heading', { level: 2, name: 'Your priorities' })).toBeVisible(HEAVY);
  const aims = section.locator('.priorities__aim');
  await expect(aims).toHaveCount(5);
  await expect(aims.nth(0)).toContainText('Fewer deaths (your 1st aim)');
  await expect(aims.nth(0)).toContainText(/[\d,]+ deaths, 2013–2030 · [1-6](st|nd|rd|th) of 6 paths/);
  await expect(aims.nth(1)).toContainText('Rule of law (your 2nd aim)');
  await expect(aims.nth(1)).toContainText(/of 100 in 2030/);
  await expect(aims.nth(4)).toContainText('Sovereignty (your 5th aim)');
  await expect(section).toContainText(/your path's average place is \d\.\d of 6\./);
  await section.getByText('Every path on your aims').click();
  await expect(section.locator('tbody tr')).toHaveCount(6);
  expect((await makeAxeBuilder().include('[data-testid="priorities"]').analyze()).violations.map((v) => v.id)).toEqual([]);

  // The run code carries the ranking; opened elsewhere, the same reading.
  const code = await page.getByTestId('run-code').inputValue();
  expect(decodeOrThrow(code).setup.priorities).toEqual(['lives', 'law', 'cooperation', 'support', 'sovereignty']);
  const reading = await aims.allTextContents();
  const fresh = await browser.newContext({ reducedMotion: 'reduce' });
  const other = await fresh.newPage();
  await other.goto(`/#run=${code}`);
  await expect(other.getByTestId('priorities').locator('.priorities__aim')).toHaveText(reading, HEAVY);
  await fresh.close();

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(section.getByRole('heading', { level: 2, name: 'Sus prioridades' })).toBeVisible();
  await expect(aims.nth(0)).toContainText('Menos muertes (su 1.er objetivo)');
  await expect(aims.nth(0)).toContainText(/muertes, 2013–2030 · [1-6]\.(er|º) lugar de 6 trayectorias/);
  expect((await makeAxeBuilder().include('[data-testid="priorities"]').analyze()).violations.map((v) => v.id)).toEqual([]);
});
