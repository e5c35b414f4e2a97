// Two-team (hot-seat) and one-term games, set up from the title's "Game settings" and played with the keyboard alone.
import type AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/axe-test.ts';
import { expectHeadingFocused, pickWithKeyboard, playTermWithKeyboard, press, startWithMode, tabTo } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

type Scan = (label: string) => Promise<void>;

function scanner(makeAxeBuilder: () => AxeBuilder): Scan {
  return async (label) => {
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${label}: [${v.impact ?? 'n/a'}] ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)).toEqual([]);
  };
}

/** Mexico's team confirms, the device passes to the US team, which ticks the given levers (by position) and confirms. */
async function twoTeamTurn(page: Page, option: 'A' | 'B' | 'D', levers: readonly number[], party?: string, scan?: Scan): Promise<string[]> {
  await pickWithKeyboard(page, option, party);
  await press(page, page.getByRole('button', { name: 'Confirm Mexico\'s choice' }));
  await expectHeadingFocused(page, 'Hand the device to the US team');
  // The hand-off screen does not show what Mexico chose.
  await expect(page.getByTestId('hand-off')).not.toContainText(/Keep the military|Hand the lead|Tacit accommodation/);
  await scan?.('hand-off');
  await press(page, page.getByRole('button', { name: 'The US team is ready' }));
  await expectHeadingFocused(page, /^The US team’s levers for/);
  await expect(page.getByTestId('us-team')).not.toContainText(/Keep the military|Hand the lead|Tacit accommodation/);
  const boxes = page.getByTestId('us-team').getByRole('checkbox');
  const names: string[] = [];
  for (const i of levers) {
    const box = boxes.nth(i);
    await press(page, box, 'Space');
    await expect(box).toBeChecked();
    names.push(((await page.locator(`label[for="${(await box.getAttribute('id')) ?? ''}"]`).textContent()) ?? '').trim());
  }
  if (levers.length === 2) {
    await expect(page.locator('#lever-budget')).toContainText('2 of 2 chosen');
    await expect(boxes.and(page.locator(':disabled'))).toHaveCount(3);
    await scan?.('US team (budget used)');
  }
  await press(page, page.getByRole('button', { name: levers.length > 0 ? 'Confirm the US team’s levers' : 'Confirm: no levers this sexenio' }));
  await expect(page.locator('.year-controls')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  return names;
}

test('a two-team game from the title to the debrief, both teams\' decisions shown', async ({ page, makeAxeBuilder }) => {
  const scan = scanner(makeAxeBuilder);
  await startWithMode(page, 31337, 'Two-team mode');
  await expect(page.getByText(/Mexico's team decides first/)).toBeVisible();
  const plan = [
    { option: 'A', levers: [0, 2], party: 'PRI', mexico: 'A — Keep the military in the lead', next: /Choose the strategy for 2019–2024/ },
    { option: 'B', levers: [1], party: undefined, mexico: 'B — Hand the lead to law enforcement', next: /Choose the strategy for 2025–2030/ },
    { option: 'D', levers: [], party: 'PAN', mexico: 'D — Tacit accommodation with the cartels', next: /Go to the debrief/ },
  ] as const;
  for (const step of plan) {
    const levers = await twoTeamTurn(page, step.option, step.levers, step.party, step.option === 'A' ? scan : undefined);
    if (step.option === 'A') await scan('year (two teams)');
    const head = page.locator('.year-head__strategy');
    await expect(head).toContainText(`Mexico's team: ${step.mexico}`);
    await expect(head.getByTestId('us-levers')).toHaveText(`US team: ${levers.length > 0 ? levers.join('; ') : 'no levers this sexenio'}`);
    if (step.party) await expect(head).toContainText(`Party: ${step.party}`);
    if (step.party) await expect(head).toContainText(', chosen');
    else await expect(head).toContainText(', drawn by the election');
    await playTermWithKeyboard(page);
    const lede = page.locator('.summary .screen-head');
    await expect(lede).toContainText(`Mexico's team: ${step.mexico}`);
    await expect(lede.getByTestId('us-levers')).toHaveText(`US team: ${levers.length > 0 ? levers.join('; ') : 'no levers this sexenio'}`);
    if (step.option === 'A') await scan('summary (two teams)');
    await press(page, page.getByRole('button', { name: step.next }));
  }
  await expectHeadingFocused(page, /A profile of consequences/);
});

test('a one-term game: the succession model decides sexenios 2 and 3, and says so', async ({ page, makeAxeBuilder }) => {
  const scan = scanner(makeAxeBuilder);
  await startWithMode(page, 2024, 'One-term mode');
  await pickWithKeyboard(page, 'A', 'PAN');
  await press(page, page.getByRole('button', { name: /^Confirm:/ }));
  await expect(page.locator('.year-controls')).toBeVisible();
  await playTermWithKeyboard(page);

  const terms = [
    { start: 2019, end: 2024 },
    { start: 2025, end: 2030 },
  ];
  for (const term of terms) {
    // On the summary: who follows, what they chose, why, and the odds.
    const notice = page.getByRole('region', { name: 'The next president' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(new RegExp(`For ${term.start}–${term.end}, the next president, of the (PRI|PAN|PRD) \\(.+\\), chose strategy [A-D] — `));
    await expect(notice).toContainText('A successor weighs whether the outgoing strategy is seen to work');
    await expect(notice.getByRole('table', { name: 'The odds the model gave each strategy' })).toBeVisible();
    const sentence = (await notice.locator('.succession-notice__decision').textContent()) ?? '';
    if (term.start === 2019) await scan('summary (succession notice)');
    await press(page, page.getByRole('button', { name: `Continue to ${term.start}–${term.end}` }));

    // No choice screen: the term opens on its first year, with the same decision announced.
    await expect(page.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toHaveCount(0);
    await expectHeadingFocused(page, new RegExp(`${term.start}–${term.end}`));
    const now = page.getByRole('region', { name: 'This sexenio was decided by the succession model' });
    await expect(now).toBeVisible();
    await expect(now.locator('.succession-notice__decision')).toHaveText(sentence);
    await expect(page.locator('.year-head__strategy')).toContainText('Decided by the succession model');
    if (term.start === 2019) await scan('year (decided by the succession model)');
    await tabTo(page, page.locator('.year-controls__next'));
    await playTermWithKeyboard(page);
    await expect(page.locator('.summary .screen-head')).toContainText('Decided by the succession model');
  }
  await expect(page.getByTestId('succession-notice')).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Go to the debrief' }));
  await expectHeadingFocused(page, /A profile of consequences/);
});
