// A finished game's run code opens in a fresh browser (no shared storage) as the identical debrief, read-only;
// the paste box opens it too; a tampered code shows a message instead.
import { expect, test, type Page } from '@playwright/test';
import { packCode } from '../../src/content/code-format.ts';
import { encodeRunCode } from '../../src/content/run-code.ts';
import { classCodes, decodeOrThrow, scenario } from './classroom-helpers.ts';
import { expectLuckDone, HEAVY, openTitle, playWholeGame, SEED } from './helpers.ts';

// The player's browser lets the page use the clipboard, so "Copy the run code" must really copy it.
test.use({ reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });

/** The debrief's numbers: every table's text, in order. */
async function debriefNumbers(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible(HEAVY);
  await expect(page.locator('.debrief table').filter({ visible: true }).first()).toBeVisible(HEAVY);
  // Luck versus choice fills its tables when its worker finishes, which takes longer under load: wait for it.
  await expectLuckDone(page);
  const read = () =>
    page.locator('.debrief table').evaluateAll((tables) => tables.map((t) => (t as HTMLElement).innerText).filter((text) => text.trim() !== ''));
  // The debrief fills in lazily (charts, ghost runs): read until two readings agree.
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(400);
    const next = await read();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

test('a run code replays the identical debrief in a fresh context', async ({ page, browser }) => {
  await openTitle(page, SEED);
  await playWholeGame(page, ['A', 'C+LE', 'D']);
  const original = await debriefNumbers(page);
  expect(original.length).toBeGreaterThan(0);

  const share = page.getByRole('region', { name: 'Hand in your run' });
  await expect(share).toBeVisible();
  await share.getByLabel('Nickname (optional, no real names)').fill('Los Halcones');
  const codeBox = page.getByTestId('run-code');
  await expect(codeBox).toHaveValue(/^SX3\./);
  const code = await codeBox.inputValue();
  expect(decodeOrThrow(code)).toMatchObject({ nickname: 'Los Halcones', setup: { seed: SEED, start: '2012' } });
  await expect(share.getByRole('img', { name: 'QR code of the link to this run' })).toBeVisible();
  await share.getByRole('button', { name: 'Copy the code' }).click();
  await expect(share.getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  // No reasons or forecasts were typed here: there is nothing to leave out, so no choice is offered.
  await expect(share.getByLabel('Include my reasons and forecasts')).toHaveCount(0);

  // A fresh context: nothing shared with the first one but the code.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`/#run=${code}`);
  expect(await debriefNumbers(other)).toEqual(original);
  await expect(other.getByTestId('read-only-banner')).toContainText('A shared run by \u2068Los Halcones\u2069, read-only.');
  await expect(other.getByRole('region', { name: 'Hand in your run' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Close the shared run' }).click();
  await expect(other.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();

  // The paste box on the title screen.
  await other.getByText('Open a shared run').click();
  await other.getByLabel('Run code or link').fill(code);
  await other.getByRole('button', { name: 'Open the run' }).click();
  expect(await debriefNumbers(other)).toEqual(original);
  await fresh.close();
});

test('a tampered or truncated code shows a message', async ({ page }) => {
  await openTitle(page);
  await page.getByText('Open a shared run').click();
  const box = page.getByLabel('Run code or link');
  const open = page.getByRole('button', { name: 'Open the run' });
  await box.fill('SX1.N4IgLgpgTgzg9gOwgLgC4FcAuA.1abc');
  await open.click();
  await expect(page.getByRole('alert')).toContainText('damaged or cut off');
  await box.fill('hello');
  await open.click();
  await expect(page.getByRole('alert')).toContainText('not a Sexenio run code');
  await expect(page.getByRole('heading', { level: 1, name: 'Sexenio' })).toBeVisible();

  // The same through the address.
  await page.goto('/#run=SX1.AAAA.zz');
  await expect(page.getByRole('alert')).toContainText('damaged or cut off');
});

test('a code made with other model content is refused in words; an older code opens, marked unverified', async ({ page }) => {
  const run = decodeOrThrow(classCodes(1)[0]!);
  await openTitle(page);
  await page.getByText('Open a shared run').click();
  await page.getByLabel('Run code or link').fill(encodeRunCode({ ...run, content: 'zzzzzz' }, scenario));
  await page.getByRole('button', { name: 'Open the run' }).click();
  await expect(page.getByRole('alert')).toContainText('made with other model content');
  await expect(page.getByRole('heading', { level: 1, name: 'Sexenio' })).toBeVisible();

  const { content: _content, ...rest } = run;
  await page.goto(`/#run=${packCode('run', 1, { ...rest, v: 1 })}`);
  await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible();
  await expect(page.getByTestId('read-only-banner').getByTestId('unverified-run')).toContainText('cannot be checked');
});
