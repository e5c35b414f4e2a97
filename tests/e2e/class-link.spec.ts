// An instructor makes a class link with restricted options, a theory and one class seed; a student who opens
// it in another browser context plays exactly that set-up, and the run code carries it. The sheet prints on one page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures/axe-test.ts';
import { encodeClassLink, makeClassLink } from '../../src/content/class-link.ts';
import { packCode } from '../../src/content/code-format.ts';
import { decodeOrThrow, scenario } from './classroom-helpers.ts';
import { confirmStrategy, finishTerm, selectStrategy } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

test('a class link gives students exactly the instructor set-up', async ({ page, browser, makeAxeBuilder }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teaching with Sexenio' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up a class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a class' })).toBeVisible();

  await page.getByLabel('Class name (optional)').fill('Seminar 3');
  const options = page.getByRole('group', { name: 'Strategies available' });
  await options.getByRole('checkbox', { name: /^B ·/ }).uncheck();
  await options.getByRole('checkbox', { name: /^D ·/ }).uncheck();
  await page.getByRole('radio', { name: /marriage of convenience/ }).check();
  await page.getByRole('radio', { name: /Disengaged/ }).check();
  await page.getByLabel('Seed', { exact: true }).fill('4242');
  await page.getByLabel('Suggested time per decision').selectOption('5');
  const link = await page.getByTestId('class-link').inputValue();
  expect(link).toMatch(/#class=SXC2\./);

  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The instruction sheet prints on one page.
  await expect(page.getByRole('img', { name: 'QR code of the class link' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  mkdirSync('screenshots', { recursive: true });
  writeFileSync('screenshots/class-sheet.pdf', pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', 'screenshots/class-sheet.pdf', 'screenshots/class-sheet']);
  } catch {
    // pdftoppm is a convenience for looking at the sheet; the page count is the test.
  }
  expect(pages).toBe(1);

  // A student, in a browser that shares nothing with the instructor's.
  const student = await browser.newContext();
  const s = await student.newPage();
  await s.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const banner = s.getByTestId('class-banner');
  await expect(banner).toContainText('Class set-up: Seminar 3');
  await expect(banner).toContainText('A, C');
  await expect(banner).toContainText('A marriage of convenience (Deare)');
  await expect(banner).toContainText('One seed for the whole class (4242)');
  await expect(s.getByText('Game settings')).toHaveCount(0);
  await s.getByRole('button', { name: 'Start in December 2012' }).click();
  await s.getByRole('button', { name: 'Choose your strategy' }).click();
  await expect(s.getByTestId('decision-timer')).toContainText('Suggested: 5 min per decision');
  for (const [i, strategy] of ['A', 'C+LE', 'A'].entries()) {
    await selectStrategy(s, strategy);
    await confirmStrategy(s);
    await finishTerm(s);
    await s.getByRole('button', { name: i === 2 ? 'Go to the debrief' : /Choose the strategy for/ }).click();
  }
  const code = await s.getByTestId('run-code').inputValue();
  const run = decodeOrThrow(code);
  // The student continued from the briefing without reordering the aims: the order shown is the one recorded.
  expect(run.setup).toEqual({
    seed: 4242,
    start: '2012',
    theory: 'reversion',
    usPosture: 'disengaged',
    succession: 'player',
    allowedOptions: ['A', 'C'],
    randomEvents: true,
    twoTeam: false,
    priorities: ['cooperation', 'lives', 'support', 'sovereignty', 'law'],
  });
  await student.close();
});

test('a damaged class link says so', async ({ page }) => {
  await page.goto('/#class=SXC1.AAAA.zz');
  await expect(page.getByRole('alert')).toContainText('damaged or cut off');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Game settings')).toBeVisible();
});

test('a class link made with other model content, or before links recorded it, still opens and says so', async ({ page }) => {
  const link = makeClassLink(scenario, { start: '2012', theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', allowedOptions: [], randomEvents: true, twoTeam: false }, 11, null, 'Seminar 4');
  await page.goto(`/#class=${encodeClassLink(link)}`);
  await expect(page.getByTestId('class-banner')).toBeVisible();
  await expect(page.getByTestId('class-content')).toHaveCount(0);
  await page.goto(`/#class=${encodeClassLink({ ...link, content: 'zzzzzz' })}`);
  await page.reload();
  await expect(page.getByTestId('class-content')).toContainText('other model content');
  const { content: _content, ...rest } = link;
  await page.goto(`/#class=${packCode('class', 1, { ...rest, v: 1 })}`);
  await page.reload();
  await expect(page.getByTestId('class-content')).toContainText('cannot be checked');
});
