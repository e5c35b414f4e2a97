// The whole class loop: an instructor makes a class link; three students play it through the interface and hand
// their runs in three ways (a pasted code, the game's own JSON download, a #run= link); the instructor adds them
// and a batch of 27 more made in Node (one a duplicate, one from another set-up) to the dashboard. Every run is on
// every chart, the duplicate counts once, the stray run is set apart and named; the list survives a reload; one
// run is removed; the whole list is cleared after a confirmation. The CSV is written to /tmp for a look in a
// spreadsheet.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/axe-test.ts';
import { encodeRunCode, runCodeOf } from '../../src/content/run-code.ts';
import { defaultSetup, play } from '../../src/engine/index.ts';
import { scenario } from './classroom-helpers.ts';
import { confirmStrategy, finishTerm, selectStrategy } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const CLASS_SEED = 4711;
const PATHS = [['A', 'A', 'A'], ['A', 'C+LE', 'D'], ['D', 'B', 'A'], ['C', 'C+LE', 'B'], ['B', 'B', 'B'], ['D', 'D', 'C']] as const;

/** A run of the class's set-up made in Node, as a student's code would be. */
function nodeCode(i: number, theory = scenario.defaultTheory): string {
  const setup = defaultSetup(scenario, { seed: CLASS_SEED, theory, priorities: ['lives', 'cooperation', 'support', 'sovereignty', 'law'] });
  const path = PATHS[i % PATHS.length]!;
  const played = play(scenario, { setup, decisions: path.map((strategy, term) => ({ strategy, rationale: `Pair ${i}, term ${term + 1}: ${strategy}, porque sí`, forecast: term === 0 ? 'rise' : 'fall' })), answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  return encodeRunCode(runCodeOf(scenario, played.value, { nickname: `Pair ${String(i).padStart(2, '0')}` }), scenario);
}

/** A student opens the class link in a browser of their own, plays the path, and reaches the debrief. */
async function playStudent(browser: Browser, link: string, path: readonly string[], nickname: string): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', acceptDownloads: true });
  const s = await context.newPage();
  await s.goto(link);
  await expect(s.getByTestId('class-banner')).toContainText('Grupo Ñandú');
  await s.getByRole('button', { name: 'Start in December 2012' }).click();
  await s.getByRole('button', { name: 'Choose your strategy' }).click();
  for (const [i, strategy] of path.entries()) {
    await selectStrategy(s, strategy);
    await confirmStrategy(s);
    await finishTerm(s);
    await s.getByRole('button', { name: i === path.length - 1 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  await s.getByLabel('Nickname (optional, no real names)').fill(nickname);
  await expect(s.getByTestId('run-code')).toHaveValue(/^SX/);
  return s;
}

test('a class hands in runs three ways; the dashboard counts each once, sets a stray apart and keeps the list', async ({ page, browser, makeAxeBuilder }) => {
  // Three students play whole games through the interface at once: on a busy two-core machine that alone can take
  // four minutes.
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Set up a class' }).click();
  await page.getByLabel('Class name (optional)').fill('Grupo Ñandú');
  await page.getByLabel('Seed', { exact: true }).fill(String(CLASS_SEED));
  const link = (await page.getByTestId('class-link').inputValue()).replace(/^https?:\/\/[^/]+/, '');

  // Three students, three paths, three ways of handing in; they play at the same time, as a class does.
  const [ana, beto, cata] = await Promise.all([
    playStudent(browser, link, ['A', 'C+LE', 'B'], 'Ana Ñandú'),
    playStudent(browser, link, ['D', 'D', 'D'], 'Beto'),
    playStudent(browser, link, ['B', 'C', 'A'], 'Cata'),
  ]);
  const pasted = await ana.getByTestId('run-code').inputValue();
  const [download] = await Promise.all([beto.waitForEvent('download'), beto.getByRole('button', { name: 'Download the file (JSON)' }).click()]);
  const jsonPath = '/tmp/sexenio-class-loop-beto.json';
  await download.saveAs(jsonPath);
  const runLink = `http://127.0.0.1/#run=${await cata.getByTestId('run-code').inputValue()}`;
  for (const s of [ana, beto, cata]) await s.context().close();

  // The instructor opens the dashboard for this class.
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  const box = page.getByLabel('Run codes or links, one per line');
  const count = page.getByTestId('run-count');
  await box.fill(pasted);
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '1');
  await page.locator('input[type="file"]').setInputFiles([jsonPath]);
  await expect(count).toHaveAttribute('data-runs', '2');
  await box.fill(runLink);
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '3');

  // 27 more: 25 of the class, the same run again as a link, one with another theory; and the JSON file again.
  const generated = Array.from({ length: 25 }, (_, i) => nodeCode(i + 1));
  const stray = nodeCode(26, 'reversion');
  await box.fill([...generated, `http://127.0.0.1/#run=${generated[4]!}`, stray].join('\n'));
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '29');
  await expect(count).toContainText('Added: 26. Runs on the list: 29. Not added: 1.');
  await expect(page.locator('.dashboard__bad')).toContainText('The same run as Pair 05, already on the list.');
  await page.locator('input[type="file"]').setInputFiles([jsonPath]);
  await expect(page.locator('.dashboard__bad')).toContainText('sexenio-class-loop-beto.json · Line 1:');
  await expect(page.locator('.dashboard__bad')).toContainText('The same run as Beto, already on the list.');
  await box.fill(nodeCode(27));
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '30');

  // The class is the class link's; the stray run is set apart and named; every class run is on every chart.
  const notice = page.getByTestId('class-notice');
  await expect(notice).toHaveAttribute('data-source', 'link');
  await expect(notice).toContainText('The class: Grupo Ñandú');
  await expect(page.getByTestId('class-counts')).toHaveText('Runs in the class: 29. Set apart: 1.');
  const apart = page.getByTestId('apart-runs');
  await expect(apart.getByRole('listitem')).toHaveCount(1);
  await expect(apart).toContainText('Pair 26');
  await expect(apart).toContainText('another set-up: theory');
  await expect(page.locator('.dashboard__dots')).toHaveAttribute('data-dots', '29');
  await expect(page.locator('.dashboard__dot')).toHaveCount(29);
  await expect(page.locator('.dashboard__lines')).toHaveAttribute('data-lines', '29');
  await expect(page.locator('.dashboard__lines .recharts-line')).toHaveCount(29);
  await expect(page.getByTestId('lines-table').locator('tbody tr')).toHaveCount(29);
  await expect(page.locator('.dashboard__table tbody tr')).toHaveCount(30);
  const names = await page.locator('.dashboard__table tbody th').allInnerTexts();
  expect(names.slice(0, 3)).toEqual(['Ana Ñandú', 'Beto', 'Cata']);
  await expect(page.getByTestId('reasons-wall')).toContainText('Pair 1, term 1: A, porque sí · expected a rise');
  await page.getByRole('checkbox', { name: 'Count the set-apart runs in the charts and tables' }).check();
  await expect(page.locator('.dashboard__dot')).toHaveCount(30);
  await page.getByRole('checkbox', { name: 'Count the set-apart runs in the charts and tables' }).uncheck();

  const scan = await makeAxeBuilder().analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the table (CSV)' }).click()]);
  await csv.saveAs('/tmp/sexenio-class-loop.csv');

  // Projector comparison: two runs, more than cooperation.
  await page.getByRole('button', { name: 'Compare two runs (projector)' }).click();
  const compare = page.getByRole('dialog', { name: 'Two runs side by side' });
  await compare.getByLabel('Second run').selectOption({ label: 'Beto (D → D → D)' });
  await expect(compare.getByRole('region', { name: 'Beto' })).toContainText('Deaths (total)');
  await expect(compare.getByRole('region', { name: 'Beto' })).toContainText('Public support (end)');
  await expect(compare.getByTestId('compare-chart').locator('.recharts-line')).toHaveCount(2);
  const compareScan = await makeAxeBuilder().analyze();
  expect(compareScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  // A reload keeps the list and the class.
  await page.reload();
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(count).toHaveAttribute('data-runs', '30');
  await expect(page.getByTestId('class-notice')).toContainText('The class: Grupo Ñandú');
  await expect(page.locator('.dashboard__dot')).toHaveCount(29);

  // Remove one; clear all, after a confirmation that can be declined.
  await page.getByRole('button', { name: 'Remove Cata from the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '29');
  await expect(page.locator('.dashboard__dot')).toHaveCount(28);
  await page.getByRole('button', { name: 'Clear the whole list…' }).click();
  await page.getByRole('button', { name: 'Keep the list' }).click();
  await expect(count).toHaveAttribute('data-runs', '29');
  await page.getByRole('button', { name: 'Clear the whole list…' }).click();
  await expect(page.getByText('Remove all 29 runs from this browser?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, clear all 29' }).click();
  await expect(page.locator('.dashboard__table')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  await expect(count).toHaveCount(0);
  writeFileSync('/tmp/sexenio-class-loop-done.txt', 'ok');
});
