// Saves: the game writes itself after every decision and year; a reload resumes with the same future; a damaged
// or hand-edited save is explained, never a blank page; a save downloads and opens as a file.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { confirmStrategy, openTitle, playYear, selectStrategy, toChoice } from './helpers.ts';

const SAVE_KEY = 'sexenio-save';

type StoredSave = { year: number; phase: string; fingerprint: string; content: string; decisions: unknown[]; answers: Record<string, string>; steps: number; screen: string };

async function storedSave(page: Page): Promise<StoredSave> {
  const text = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  expect(text).not.toBeNull();
  return JSON.parse(text!) as StoredSave;
}

async function startTerm(page: Page, seed: number): Promise<void> {
  await openTitle(page, seed);
  await toChoice(page);
  await selectStrategy(page, 'B');
  await confirmStrategy(page);
}

async function playYears(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await playYear(page);
}

async function headline(page: Page): Promise<string> {
  return (await page.locator('h1').textContent()) ?? '';
}

test('a reload mid-game resumes at the same year, and the future is the same as without the reload', async ({ page, browser }) => {
  await startTerm(page, 4242);
  await playYears(page, 3);
  const before = await storedSave(page);
  expect(before.year).toBe(2015);
  const heading = await headline(page);
  const meters = await page.locator('.score-meter').allTextContents();

  await page.reload();
  await expect(page.locator('h1')).toHaveText(heading);
  expect(await page.locator('.score-meter').allTextContents()).toEqual(meters);
  expect(await storedSave(page)).toMatchObject({ year: 2015, fingerprint: before.fingerprint });

  await playYears(page, 2);
  const resumed = await storedSave(page);

  // The same seed and decisions in a fresh browser, without a reload.
  const other = await (await browser.newContext()).newPage();
  await startTerm(other, 4242);
  await playYears(other, 5);
  const straight = await storedSave(other);
  expect(resumed.year).toBe(2017);
  expect(resumed.fingerprint).toBe(straight.fingerprint);
  expect(resumed.steps).toBe(straight.steps);
  expect(resumed.decisions).toEqual(straight.decisions);
  expect(resumed.content).toMatch(/^[0-9a-z]+$/);
  await other.context().close();
});

test('a damaged save gets a clear message, downloads intact, and "start anew" sets it aside', async ({ page }) => {
  const damaged = '{"format":"sexenio-save","version":1,"year":2016,"actions":[{"type":"strat';
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, text!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVE_KEY, damaged],
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your saved game could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('not JSON text');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the unreadable save' }).click()]);
  expect(download.suggestedFilename()).toBe('sexenio-unreadable-save.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(damaged);

  await page.getByRole('button', { name: 'Start anew' }).click();
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sexenio-save-unreadable'))).toBe(damaged);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
});

test('a hand-edited save is caught, in Spanish too', async ({ page }) => {
  await startTerm(page, 77);
  await playYears(page, 1);
  const save = await storedSave(page);
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [SAVE_KEY, JSON.stringify({ ...save, year: 2030 })]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('changed outside the game');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'No se pudo abrir su partida guardada' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('se modificó fuera del juego');
});

test('a save downloads from the settings and opens as a file in another browser', async ({ page, browser }) => {
  await startTerm(page, 555);
  await playYears(page, 2);
  const heading = await headline(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the save' }).click()]);
  expect(download.suggestedFilename()).toBe('sexenio-save-2014.json');
  const file = await download.path();

  const other = await (await browser.newContext()).newPage();
  await openTitle(other, 1);
  await other.getByText('Open a save file').click();
  await other.getByLabel('Save file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
  await expect(other.getByRole('alert')).toContainText('not a Sexenio save file');
  await other.getByLabel('Save file (.json)').setInputFiles(file);
  await expect(other.locator('h1')).toHaveText(heading);
  expect((await storedSave(other)).year).toBe(2014);
  await other.context().close();
});

test('opening a class link keeps the saved game, which the title offers to continue', async ({ page, context }) => {
  await startTerm(page, 31);
  await playYears(page, 1);
  const heading = await headline(page);
  const second = await context.newPage();
  await second.goto('/#class=SXC1.not-a-real-link.0');
  const resume = second.getByRole('button', { name: 'Continue your game (2013)' });
  await expect(resume).toBeVisible();
  const axe = await new AxeBuilder({ page: second }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await resume.click();
  await expect(second.locator('h1')).toHaveText(heading);
});
