// A whole game — three sexenios (A, C+LE, D) — played with the keyboard alone: Tab, Shift+Tab, arrows, Space,
// Enter and the game's single-key shortcuts. No mouse clicks.
import { expect, test, type Page } from '@playwright/test';
import { expectDebrief } from './helpers.ts';
import { expectHeadingFocused, playTermWithKeyboard, press, tabTo, waitForPace } from './keyboard-steps.ts';

test.use({ reducedMotion: 'no-preference' });

async function chooseWithKeyboard(page: Page, strategy: 'A' | 'C+LE' | 'D', rationale: string): Promise<void> {
  await expectHeadingFocused(page, /Choose a strategy/);
  const first = page.locator('#strategy-A');
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  const steps = { A: 0, 'C+LE': 2, D: 3 }[strategy];
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#strategy-${strategy.charAt(0)}`)).toBeChecked();
  await expect(page.locator(`#strategy-${strategy.charAt(0)}`)).toBeFocused();
  if (strategy === 'C+LE') {
    // The sub-choice follows the selected card's radio in the tab order.
    await page.keyboard.press('Tab');
    await expect(page.locator('#variant-C')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#variant-C-LE')).toBeChecked();
  }
  const note = page.getByLabel('Why this strategy, in one line');
  await tabTo(page, note);
  await page.keyboard.type(rationale);
  const rise = page.getByRole('radio', { name: 'Rise' });
  await tabTo(page, page.getByRole('radio', { name: 'No forecast' }));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(rise).toBeChecked();
  const confirm = page.getByRole('button', { name: /^Confirm:/ });
  await tabTo(page, confirm);
  await waitForPace(confirm);
  await page.keyboard.press('Enter');
}

/** Answers each open event dialog with its first answer (Tab from the title, which has focus, then Enter), waiting for each to go. */
async function answerDialogsWithKeyboard(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  for (let i = 0; i < 10 && (await dialog.count()) > 0; i++) {
    const title = (await dialog.locator('h2').textContent()) ?? '';
    await expect(dialog.locator('h2')).toBeFocused();
    const first = dialog.locator('.event-dialog__choice').first();
    await tabTo(page, first);
    await waitForPace(first);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.locator('h2').textContent()) !== title).toBe(true);
  }
}

test('a whole game with the keyboard only', async ({ page }) => {
  await page.goto('/?seed=424242');
  const start = page.getByRole('button', { name: 'Start in December 2012' });
  await expect(start).toBeVisible();

  // The language switch is reachable and works from the keyboard; switch to Spanish and back.
  const spanish = page.getByRole('button', { name: 'Español' });
  await tabTo(page, spanish);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(page.getByRole('button', { name: 'Comenzar en diciembre de 2012' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'English' }), { back: true });
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'December 2012');
  await press(page, page.getByRole('button', { name: 'Choose your strategy' }));

  const answered = { count: 0 };
  const plan = [
    { strategy: 'A', next: /Choose the strategy for 2019–2024/ },
    { strategy: 'C+LE', next: /Choose the strategy for 2025–2030/ },
    { strategy: 'D', next: /Go to the debrief/ },
  ] as const;
  for (const [i, step] of plan.entries()) {
    await chooseWithKeyboard(page, step.strategy, `Reason ${i + 1}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await playTermWithKeyboard(page, answered);
    if (i === 0) {
      // The live region said what happened in the last year, in words.
      await expect(page.getByTestId('live-region')).toContainText('2018:');
    }
    await expectHeadingFocused(page, /in review/);
    const onward = page.getByRole('button', { name: step.next });
    await tabTo(page, onward);
    await waitForPace(onward);
    await page.keyboard.press('Enter');
  }

  await expectHeadingFocused(page, 'A profile of consequences, 2013–2030');
  await expectDebrief(page);
  const rows = page.getByTestId('years-table').locator('tbody tr');
  await expect(rows).toHaveCount(18);
  await expect(rows.first().locator('th')).toHaveText('2013');
  await expect(rows.last().locator('th')).toHaveText('2030');
  const decisions = page.getByRole('table', { name: 'Decisions' });
  await expect(decisions.locator('tbody tr')).toHaveCount(3);
  await expect(decisions).toContainText('Reason 2');
  await expect(decisions).toContainText('C+LE');
  // Over eighteen years some events ask for an answer; each was answered from the keyboard.
  expect(answered.count).toBeGreaterThan(0);
  console.log(`keyboard game: ${answered.count} event dialogs answered by keyboard`);
});

test('the why list opens with W, shows cited lines, and closes back to its button', async ({ page }) => {
  await page.goto('/?seed=7');
  await tabTo(page, page.getByRole('button', { name: 'Start in December 2012' }));
  await page.keyboard.press('Enter');
  await press(page, page.getByRole('button', { name: 'Choose your strategy' }));
  await chooseWithKeyboard(page, 'A', 'Stay the course');
  const autoPlay = page.getByRole('button', { name: /Auto-play/ });
  if ((await autoPlay.getAttribute('aria-pressed')) === 'true') await page.keyboard.press('p');
  const next = page.locator('.year-controls__next');
  await tabTo(page, next);
  await waitForPace(next);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.locator('dialog[open]').count()) > 0 || (await next.textContent())?.startsWith('Next year: 2014')).toBe(true);
  await answerDialogsWithKeyboard(page);
  await expect(page.getByTestId('live-region')).toContainText('2013:');

  await page.keyboard.press('w');
  const panelHeading = page.getByRole('heading', { level: 2, name: 'Why the numbers moved in 2013' });
  await expect(panelHeading).toBeFocused();
  const groups = page.locator('.why-panel .why-group');
  await expect(groups.nth(0)).toHaveAttribute('data-score', 'cooperation');
  await expect(groups.nth(1)).toHaveAttribute('data-score', 'sedena');
  await expect(groups.nth(2)).toHaveAttribute('data-score', 'semar');
  await press(page, page.locator('.why-ledger__toggle'));
  await press(page, page.locator('.why-panel .citation-list:has(.citation__summary) > .citation-list__toggle').first());
  await press(page, page.locator('.why-panel .citation-list[open] .citation__summary').first());
  await expect(page.locator('.why-panel .citation__lines').first().locator('li').first()).toBeVisible();
  await page.keyboard.press('w');
  await expect(panelHeading).toHaveCount(0);
  await expect(page.locator('#why-toggle')).toBeFocused();
});
