// The instructor area has addresses: #instructors, #class-setup and #dashboard reload to the same page, Back and
// Forward move between them and the title, and a class link can be reopened in the set-up to be edited into a new one
// (from its title screen, or pasted into the set-up); the set-up also gives the same class under each other theory.
import { expect, test } from './fixtures/axe-test.ts';
import { decodeClassLink, encodeClassLink, makeClassLink, type ClassLink } from '../../src/content/class-link.ts';
import { scenario } from './classroom-helpers.ts';
import { openTitle } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const H1 = { instructors: 'Teaching with Sexenio', 'class-setup': 'Set up a class', dashboard: 'Class dashboard' } as const;

function classOf(address: string): ClassLink {
  const read = decodeClassLink(address);
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

test('each instructor page has its address: reload stays, Back and Forward move between them and the title', async ({ page }) => {
  await openTitle(page);
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name });
  await page.getByRole('button', { name: /For instructors/ }).click();
  await expect(h1(H1.instructors)).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#instructors');
  await page.reload();
  await expect(h1(H1.instructors)).toBeVisible();

  await page.getByRole('button', { name: 'Set up a class' }).click();
  await expect(h1(H1['class-setup'])).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#class-setup=SXC2\./);
  await page.getByLabel('Class name (optional)').fill('Seminar 3');
  const seed = await page.getByLabel('Seed', { exact: true }).inputValue();
  const link = await page.getByTestId('class-link').inputValue();
  // A reload keeps the page and every field (the address carries the set-up).
  await page.reload();
  await expect(h1(H1['class-setup'])).toBeVisible();
  await expect(page.getByLabel('Class name (optional)')).toHaveValue('Seminar 3');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(seed);
  await expect(page.getByTestId('class-link')).toHaveValue(link);

  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(h1(H1.dashboard)).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#dashboard');
  await page.reload();
  await expect(h1(H1.dashboard)).toBeVisible();

  await page.goBack();
  await expect(h1(H1['class-setup'])).toBeVisible();
  await expect(page.getByLabel('Class name (optional)')).toHaveValue('Seminar 3');
  await page.goBack();
  await expect(h1(H1.instructors)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.goForward();
  await expect(h1(H1.instructors)).toBeVisible();
  await page.goForward();
  await expect(h1(H1['class-setup'])).toBeVisible();
  await page.goForward();
  await expect(h1(H1.dashboard)).toBeVisible();

  // The buttons back to the title leave an entry too: Back returns to the page left.
  await page.getByRole('button', { name: 'Back to “For instructors”' }).click();
  await expect(h1(H1.instructors)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the title' }).click();
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.goBack();
  await expect(h1(H1.instructors)).toBeVisible();
});

test('an address that names no page says so on the title, and the game still starts', async ({ page }) => {
  await page.goto('/#dashbord');
  await expect(page.getByTestId('address-problem')).toContainText('“#dashbord”, which names no page of Sexenio');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('address-problem')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start in December 2012' })).toBeEnabled();
  // Typed into the address bar, #class-setup opens a blank set-up (its own address, updated as it fills, is not
  // read back as a link to edit).
  await page.goto('/#class-setup');
  await expect(page.getByRole('heading', { level: 1, name: H1['class-setup'] })).toBeVisible();
  await expect(page).toHaveURL(/#class-setup=SXC2\./);
  await page.waitForTimeout(500);
  await expect(page.getByText('Filled in from a class link')).toHaveCount(0);
  // A damaged class code in the set-up's address opens a blank set-up with the reason.
  await page.goto('/#class-setup=SXC2.AAAA.zz');
  await expect(page.getByRole('heading', { level: 1, name: H1['class-setup'] })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This class link could not be read: This class link is damaged or cut off');
});

test('a class link reopens in the set-up with every field filled in, and edits into a new link', async ({ page, makeAxeBuilder }) => {
  const original = makeClassLink(
    scenario,
    { start: '2006', theory: 'genie-out', usPosture: 'slow-aid', succession: 'model', allowedOptions: ['A', 'B'], randomEvents: true, twoTeam: true },
    4242,
    7,
    'Seminar 5',
  );
  await page.goto(`/#class=${encodeClassLink(original)}`);
  await expect(page.getByTestId('class-banner')).toContainText('Class set-up: Seminar 5');
  await expect(page.getByRole('listitem').filter({ hasText: 'Choose one of the 2 strategies this class allows (A, B)' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit this class (for instructors)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: H1['class-setup'] })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Filled in from a class link' })).toBeVisible();

  await expect(page.getByLabel('Class name (optional)')).toHaveValue('Seminar 5');
  await expect(page.getByRole('radio', { name: /2006–2012 prologue/ })).toBeChecked();
  const options = page.getByRole('group', { name: 'Strategies available' });
  for (const id of ['A', 'B']) await expect(options.getByRole('checkbox', { name: new RegExp(`^${id} ·`) })).toBeChecked();
  for (const id of ['C', 'D']) await expect(options.getByRole('checkbox', { name: new RegExp(`^${id} ·`) })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'One seed for the whole class' })).toBeChecked();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('4242');
  await expect(page.getByRole('radio', { name: /genie is out of the bottle/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Slow and bureaucratic/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'One-term mode' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Two-team mode' })).toBeChecked();
  await expect(page.getByLabel('Suggested time per decision')).toHaveValue('7');
  // Unchanged, the set-up gives back the same class.
  const same = classOf(await page.getByTestId('class-link').inputValue());
  expect(same).toEqual(original);

  // Edited: a new link; the old one is untouched.
  await page.getByRole('radio', { name: /marriage of convenience/ }).check();
  const edited = classOf(await page.getByTestId('class-link').inputValue());
  expect(edited).toEqual({ ...original, setup: { ...original.setup, theory: 'reversion' } });

  // The theory test: the same class (same seed and set-up) under each other theory.
  const theoryLinks = page.getByTestId('theory-links');
  const others = await theoryLinks.getByRole('textbox').all();
  expect(others).toHaveLength(2);
  const theories = [];
  for (const box of others) {
    const other = classOf(await box.inputValue());
    expect({ ...other, setup: { ...other.setup, theory: 'reversion' } }).toEqual(edited);
    theories.push(other.setup.theory);
  }
  expect(theories.sort()).toEqual(['balanced', 'genie-out']);
  const results = await makeAxeBuilder().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Back returns to the class link's title.
  await page.goBack();
  await expect(page.getByTestId('class-banner')).toContainText('Class set-up: Seminar 5');
});

test('a class link pasted into a blank set-up fills it in; one that cannot be read changes nothing and says why', async ({ page }) => {
  const original = makeClassLink(scenario, { start: '2012', theory: 'reversion', usPosture: 'disengaged', succession: 'player', allowedOptions: ['C', 'D'], randomEvents: true, twoTeam: false }, null, null, 'Tuesday');
  await page.goto('/#class-setup');
  await expect(page.getByRole('heading', { level: 1, name: H1['class-setup'] })).toBeVisible();
  await page.getByLabel('Class name (optional)').fill('Typed by hand');
  await page.getByText('Start from a class link').click();
  await page.getByLabel('Class link to edit').fill('SX2.not-a-class.zz');
  await page.getByRole('button', { name: 'Fill in the set-up from this link' }).click();
  await expect(page.getByRole('alert')).toContainText('This is a run code, not a class link');
  await expect(page.getByLabel('Class name (optional)')).toHaveValue('Typed by hand');

  await page.getByLabel('Class link to edit').fill(`https://example.org/sexenio/#class=${encodeClassLink(original)}`);
  await page.getByRole('button', { name: 'Fill in the set-up from this link' }).click();
  await expect(page.getByLabel('Class name (optional)')).toHaveValue('Tuesday');
  await expect(page.getByRole('radio', { name: 'A seed per student' })).toBeChecked();
  await expect(page.getByLabel('Suggested time per decision')).toHaveValue('0');
  expect(classOf(await page.getByTestId('class-link').inputValue())).toEqual(original);
  // With a seed per student there is no theory test to make, and the set-up says why.
  await expect(page.getByTestId('theory-links')).toContainText('The theory test needs one seed for the whole class');
});
