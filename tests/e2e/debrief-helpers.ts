// Plays a whole game with a line of reasoning and a forecast each sexenio, ending on the debrief.
import type { Page } from '@playwright/test';
import { confirmStrategy, expectDebrief, finishTerm, selectStrategy, toChoice } from './helpers.ts';

export const PATH = [
  { strategy: 'B', rationale: 'Give the police time to take over', forecast: 'Rise' },
  { strategy: 'C+LE', rationale: 'Social programs, with the police behind them', forecast: 'Fall' },
  { strategy: 'A', rationale: 'Back to the armed forces', forecast: 'Rise' },
] as const;

export async function playToDebrief(page: Page): Promise<void> {
  await toChoice(page);
  for (const [i, step] of PATH.entries()) {
    await selectStrategy(page, step.strategy);
    await page.getByLabel('Why this strategy, in one line').fill(step.rationale);
    await page.getByRole('radio', { name: step.forecast, exact: true }).check();
    await confirmStrategy(page);
    await finishTerm(page);
    await page.getByRole('button', { name: i === PATH.length - 1 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  await expectDebrief(page);
}
