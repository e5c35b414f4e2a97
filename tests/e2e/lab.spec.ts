// The model lab: opened from "How the model works" by keyboard, a slider moved with the arrow keys changes the paths'
// table against the standard model, a sweep runs to completion and its tornado's data table lists each parameter
// (with its flips, or says there are none), a second sweep is cancelled; the changes download as a scenario folder that
// passes the checks and go to a class set-up; axe-clean, no sideways scroll on a phone.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { loadScenarioFolder } from '../../src/content/load-scenarios-node.ts';
import { expect, test } from './fixtures/axe-test.ts';
import { expectNoHorizontalOverflow, HEAVY } from './helpers.ts';
import { expectHeadingFocused, press } from './keyboard-steps.ts';

test.use({ reducedMotion: 'reduce' });

async function openLab(page: Page): Promise<void> {
  await page.goto('/?seed=99');
  await press(page, page.getByRole('button', { name: 'How the model works' }));
  await expectHeadingFocused(page, 'How the model works');
  await press(page, page.getByRole('button', { name: 'Open the model lab' }));
  await expectHeadingFocused(page, 'Model lab: change the assumptions');
  await expect(page).toHaveTitle('Model lab · Sexenio');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-state', 'done', HEAVY);
}

test('a slider moved by keyboard changes the paths; a sweep completes, another is cancelled', async ({ page, makeAxeBuilder }) => {
  await openLab(page);
  const table = page.getByTestId('lab-paths-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.locator('.lab-table__was')).toHaveCount(0);
  const before = await table.locator('tr[data-path="D"] td[data-metric="semar2018"]').textContent();

  // The SEMAR halt floor, by keyboard: open its group, Tab to its slider, step it up.
  const group = page.locator('.lab-group').filter({ has: page.locator('[data-param="haltFloorSemar"]') });
  await group.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('open', '');
  const slider = group.locator('[data-param="haltFloorSemar"] input[type="range"]');
  await slider.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /\d/);
  await expect(page.getByText(/^\d+ assumptions? changed\.$/).first()).toBeVisible();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-state', 'done', HEAVY);
  await expect(table.locator('.lab-table__was').first()).toBeVisible();
  await expect(table.locator('tr[data-path="D"] td[data-metric="semar2018"] .lab-table__now')).not.toHaveText(before ?? '', HEAVY);
  await expect(page.getByTestId('lab-conclusions').locator('tr[data-conclusion]')).toHaveCount(9);

  // A bad exact value is refused with a message naming the range, and the value in use stays.
  const field = group.locator('[data-param="haltFloorSemar"] input[type="number"]');
  await field.fill('1000');
  await field.press('Enter');
  await expect(group.getByRole('alert')).toContainText('outside the documented range');

  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A sweep for one conclusion (it needs only D), to completion.
  await page.getByLabel('Conclusion', { exact: true }).selectOption('semar-outlasts-sedena');
  await press(page, page.getByRole('button', { name: 'Run the sweep' }));
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Done', HEAVY);
  const tornado = page.getByTestId('lab-tornado-table');
  expect(await tornado.locator('tbody tr').count()).toBeGreaterThan(5);
  await expect(page.getByTestId('lab-flips')).toHaveText(/^(No parameter flips this conclusion within its documented range\.|Flips within the range \(interpolated\): .+\.)$/);
  expect(Number(await page.getByTestId('lab-sweep-status').getAttribute('data-games'))).toBeGreaterThan(1000);
  // The tornado (chart, legend and table) is axe-clean too.
  const swept = await makeAxeBuilder().analyze();
  expect(swept.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Every conclusion's sweep, cancelled: the remaining runs are dropped and the page says so.
  await page.getByLabel('Conclusion', { exact: true }).selectOption('all');
  await press(page, page.getByRole('button', { name: 'Run the sweep' }));
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Running');
  await press(page, page.getByRole('button', { name: 'Cancel' }));
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Cancelled');
  await expect(page.getByRole('button', { name: 'Run the sweep' })).toBeEnabled();

  // Back returns to the model page.
  await press(page, page.getByRole('button', { name: 'Back' }).first());
  await expect(page.getByRole('heading', { level: 1, name: 'How the model works' })).toBeVisible();

  // The changed assumptions as a scenario folder: a zip that loads and passes the scenario checks like any folder.
  await press(page, page.getByRole('button', { name: 'Open the model lab' }));
  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download as a scenario folder (.zip)' }));
  const zip = await downloading;
  expect(zip.suggestedFilename()).toMatch(/^sexenio-2012-variant-[0-9a-z]+\.zip$/);
  await expect(page.getByTestId('lab-export-status')).toContainText(`Downloaded ${zip.suggestedFilename()}`);
  const folder = mkdtempSync(join(tmpdir(), 'sexenio-variant-'));
  const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
  const id = zip.suggestedFilename().replace(/\.zip$/, '');
  for (const [name, bytes] of Object.entries(files)) {
    expect(name.startsWith(`${id}/`), name).toBe(true);
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const loaded = loadScenarioFolder(join(folder, id));
  expect(loaded.ok ? 'loads' : loaded.error.join('\n')).toBe('loads');
  const exported = loaded.ok ? loaded.value : null;
  expect(exported?.id).toBe(id);
  expect(exported?.title.en).toMatch(/\(variant\)$/);

  // The changed assumptions go to a class: the set-up opens with them as its variant (the folder's value), and makes a link.
  await press(page, page.getByRole('button', { name: 'Set up a class with these assumptions' }));
  await expect(page.getByTestId('variant-input')).toHaveValue(`haltFloorSemar=${exported?.params['haltFloorSemar']}`);
  await expect(page.getByTestId('class-link')).toHaveValue(/#class=/);
});

test('the lab fits a phone and reads in Spanish', async ({ page, makeAxeBuilder }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLab(page);
  await expectNoHorizontalOverflow(page);
  // On a phone the tornado puts its labels above the bars (the wide chart would shrink them to a few pixels).
  await page.getByLabel('Conclusion', { exact: true }).selectOption('semar-outlasts-sedena');
  await press(page, page.getByRole('button', { name: 'Run the sweep' }));
  await expect(page.getByTestId('lab-sweep-status')).toContainText('Done', HEAVY);
  await expect(page.locator('.lab-tornado--narrow')).toBeVisible();
  await expect(page.locator('.lab-tornado--wide')).toBeHidden();
  await expectNoHorizontalOverflow(page);
  await press(page, page.getByRole('button', { name: 'Español' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Laboratorio del modelo: cambie los supuestos' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Qué conclusiones se sostienen' })).toBeVisible();
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
