// Handing in a finished game: the hand-in box sits at the top of the debrief, in view at 1366×768 without scrolling;
// it names the class the game was started from; its code copies, its JSON file is named after the class, the
// nickname and the time, and the code inside the file opens the same game.
import { readFileSync } from 'node:fs';
import { defaultSetup, play } from '../../src/engine/index.ts';
import { encodeClassLink, makeClassLink } from '../../src/content/class-link.ts';
import { describeProblem } from '../../src/content/code-format.ts';
import { openRunCode } from '../../src/content/run-code.ts';
import { makeSave, serializeSave } from '../../src/content/save-write.ts';
import { scenario } from './classroom-helpers.ts';
import { expect, test } from './fixtures/axe-test.ts';
import { SEED } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });

const setup = defaultSetup(scenario, { seed: SEED });
const record = {
  setup,
  decisions: [
    { strategy: 'B', rationale: 'Give the police time to take over. The army keeps supporting them.', forecast: 'rise' as const },
    { strategy: 'C+LE', forecast: 'fall' as const },
    { strategy: 'A' },
  ],
  answers: {},
};
const played = play(scenario, record);
if (!played.ok) throw new Error(played.error.message);
const game = played.value;
const save = serializeSave(makeSave(scenario, game, 'debrief', '2026-12-02T10:00:00.000Z'));
const classCode = encodeClassLink(makeClassLink(scenario, setup, SEED, null, 'Seminar 3'));

test('the hand-in box is in view at the top of the debrief; its code copies, and its file opens the same game', async ({ page, makeAxeBuilder }) => {
  // This browser finished the game above, started from the class link; the student comes back to its debrief.
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sexenio-save', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, save);
  await page.goto(`/#class=${classCode}`);
  await expect(page.getByTestId('class-banner')).toContainText('Seminar 3');
  await page.getByRole('button', { name: /^Reopen your last debrief/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible();

  const box = page.getByRole('region', { name: /^Hand in your run/ });
  await expect(box).toBeVisible();
  await expect(box.getByRole('heading', { level: 2 })).toHaveText('Hand in your run for the class \u2068“Seminar 3”\u2069');
  // Whole, on the first screen, with the page not scrolled.
  const rect = await box.boundingBox();
  expect(rect).not.toBeNull();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect((rect?.y ?? 0) + (rect?.height ?? 0)).toBeLessThanOrEqual(768);
  await expect(box.getByRole('img', { name: 'QR code of the link to this run' })).toBeVisible();

  // The code, with the reasons and forecasts the player wrote (on by default), copies whole.
  const codeBox = box.getByTestId('run-code');
  const reasons = box.getByRole('checkbox', { name: 'Include my reasons and forecasts' });
  await expect(reasons).toBeChecked();
  const withReasons = await codeBox.inputValue();
  expect(withReasons).toMatch(/^SX3\./);
  await expect(box.getByText(`${withReasons.length} characters: paste it whole.`)).toBeVisible();
  await box.getByRole('button', { name: 'Copy the code' }).click();
  await expect(box.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withReasons);

  // Without the reasons the code is shorter; with a nickname it names the team.
  await reasons.uncheck();
  await box.getByLabel('Nickname (optional, no real names)').fill('Los Halcones');
  const handedIn = await codeBox.inputValue();
  expect(handedIn).not.toBe(withReasons);

  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download the file (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sexenio-seminar-3-los-halcones-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { kind: string; version: number; code: string; class: string; nickname: string; decisions: { rationale?: string }[] };
  expect(file).toMatchObject({ kind: 'sexenio-run', version: 2, code: handedIn, class: 'Seminar 3', nickname: 'Los Halcones' });
  expect(file.decisions.every((d) => d.rationale === undefined)).toBe(true);

  const opened = openRunCode(file.code, [scenario]);
  if (!opened.ok) throw new Error(describeProblem(opened.error));
  expect(opened.value.run.nickname).toBe('Los Halcones');
  expect(opened.value.run.decisions.map((d) => d.strategy)).toEqual(['B', 'C+LE', 'A']);
  expect(opened.value.state.history).toEqual(game.history);

  // The report at the bottom leads back to the box instead of repeating it.
  await page.getByRole('button', { name: /^Hand in this run/ }).click();
  await expect(box).toBeFocused();
  expect((await makeAxeBuilder().include('[data-testid="hand-in"]').analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Español' }).click();
  const spanish = page.getByRole('region', { name: /^Entregue su partida para la clase/ });
  await expect(spanish.getByRole('button', { name: 'Descargar el archivo (JSON)' })).toBeVisible();
  await expect(spanish.getByText(`${handedIn.length} caracteres: péguelo completo.`)).toBeVisible();
});
