// An instructor gives a class a model variant: the set-up names a mistake in words and makes no link until it is
// fixed; students who open the link see what the variant changes on the title and in the debrief, in either language.
import { expect, test } from './fixtures/axe-test.ts';
import { encodeClassLink, makeClassLink } from '../../src/content/class-link.ts';
import { scenario } from './classroom-helpers.ts';
import { confirmStrategy, finishTerm, selectStrategy } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const base = { start: '2012', theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', allowedOptions: [], randomEvents: true, twoTeam: false } as const;

test('a class plays a variant and is told what it changes', async ({ page, browser, makeAxeBuilder }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Set up a class' }).click();
  const field = page.getByLabel('Model variant (optional)');
  await field.fill('missionGain=3');
  await expect(page.getByTestId('variant-problem')).toHaveText('There is no parameter “missionGain” (did you mean missionGainSedena, missionGainSemar?).');
  await expect(page.getByTestId('class-link')).toHaveCount(0);
  await field.fill('missionGainSedena=3.5\naidDelay=1.5');
  await expect(page.getByTestId('variant-problem')).toHaveText('Parameter aidDelay = 1.5 is outside its range, 0 to 1.');
  await field.fill('missionGainSedena=3.5\naidDelay=0.9');
  await expect(page.getByTestId('variant-problem')).toHaveCount(0);
  await expect(page.getByTestId('variant-changes')).toContainText('Shared mission, SEDENA gain: 7 → 3.5 points a year');
  await page.getByText(/Parameters that can be changed/).click();
  await expect(page.getByText('missionGainSemar', { exact: true })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const link = await page.getByTestId('class-link').inputValue();

  const student = await browser.newContext();
  const s = await student.newPage();
  await s.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const banner = s.getByTestId('class-banner');
  await expect(banner).toContainText('Model variant');
  await expect(banner).toContainText('Shared mission, SEDENA gain: 7 → 3.5 points a year (less as it nears 100); Delay of US aid: 0.5 → 0.9 share of aid that arrives late');
  await s.getByRole('button', { name: 'Español' }).click();
  await expect(banner).toContainText('Variante del modelo');
  await expect(banner).toContainText('Misión compartida, ganancia de SEDENA: 7 → 3.5 puntos al año');
  await s.getByRole('button', { name: 'English' }).click();
  await s.getByRole('button', { name: 'Start in December 2012' }).click();
  await s.getByRole('button', { name: 'Choose your strategy' }).click();
  for (const [i, strategy] of ['A', 'B', 'D'].entries()) {
    await selectStrategy(s, strategy);
    await confirmStrategy(s);
    await finishTerm(s);
    await s.getByRole('button', { name: i === 2 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  // The debrief's body loads as its own chunk and computes the roads not taken: slow on a busy machine.
  const note = s.getByTestId('variant-note');
  await expect(note).toContainText('A variant of the model', { timeout: 60_000 });
  await expect(note).toContainText('Delay of US aid: 0.5 → 0.9');
  await student.close();
});

test('a class link whose variant this copy cannot play says which parameter, and nothing breaks', async ({ page }) => {
  const link = makeClassLink(scenario, { ...base, variant: { missionGain: 3 } }, 11, null);
  await page.goto(`/#class=${encodeClassLink(link)}`);
  await expect(page.getByRole('alert')).toContainText('sets a model variant that this copy of Sexenio cannot play. There is no parameter “missionGain”');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Game settings')).toBeVisible();
});
