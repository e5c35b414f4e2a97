// Nicknames, reasoning notes and class titles are text that strangers type. Run codes carrying markup and script
// payloads are opened in the class dashboard (table, bad lines, a read-only debrief, projector mode), through the
// address (the read-only debrief and its printed report) and as a class link: nothing in them runs or becomes an
// element, no dialog opens, no CSP rule is broken, and the text is shown literally wherever it is shown.
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { encodeClassLink, makeClassLink } from '../../src/content/class-link.ts';
import { checksum } from '../../src/content/code-format.ts';
import { encodeRunCode, runCodeOf } from '../../src/content/run-code.ts';
import { defaultSetup, play } from '../../src/engine/index.ts';
import { scenario } from './classroom-helpers.ts';

test.use({ reducedMotion: 'reduce' });

/** Each fits a nickname (at most 40 characters). */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '\u202Eevil\u202C {{name}} $t(core.title) &amp;',
] as const;
const REASONS = [
  `${PAYLOADS[0]} <iframe src="javascript:window.__pwned=1"></iframe>`,
  `${PAYLOADS[1]} ${PAYLOADS[2]}`,
  `${PAYLOADS[3]} ${PAYLOADS[4]} <a href="javascript:window.__pwned=1">x</a>`,
];

function payloadCode(nickname: string, seed: number): string {
  const setup = defaultSetup(scenario, { seed });
  const played = play(scenario, { setup, decisions: ['A', 'C+LE', 'D'].map((strategy, i) => ({ strategy, rationale: REASONS[i]!, forecast: 'rise' as const })), answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  const run = runCodeOf(scenario, played.value, { nickname });
  expect(run.nickname).toBe(nickname);
  expect(run.decisions.map((d) => d.rationale)).toEqual(REASONS);
  return encodeRunCode(run, scenario);
}

/** A code whose contents do not validate, with a payload in the path zod reports back. */
function forgedInvalid(): string {
  const setup = defaultSetup(scenario, { seed: 9 });
  const played = play(scenario, { setup, decisions: [{ strategy: 'A' }, { strategy: 'A' }, { strategy: 'A' }], answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  const run = { ...runCodeOf(scenario, played.value), answers: { [PAYLOADS[0]]: 'x' } };
  const body = LZString.compressToEncodedURIComponent(JSON.stringify(run));
  return `SX2.${body}.${checksum(body)}`;
}

const codes = PAYLOADS.map((p, i) => payloadCode(p, 100 + i));

/** Watches the page from its first script: dialogs, CSP violations, and any element a payload could have made. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __planted: string[] };
    w.__csp = [];
    w.__planted = [];
    // What a payload could trip: an inline handler or script, a javascript: URL, a frame, an image from elsewhere;
    // and eval, which the decoders must never reach for (zod runs jitless).
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    const inspect = (el: Element) => {
      for (const node of [el, ...el.querySelectorAll('*')]) {
        const tag = node.tagName.toLowerCase();
        const attrs = [...node.attributes];
        const handler = attrs.find((a) => a.name.startsWith('on'));
        const jsUrl = attrs.find((a) => ['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value));
        const fromPayload = ['img', 'script', 'svg', 'iframe'].includes(tag) && node.outerHTML.includes('__pwned');
        if (handler || jsUrl || fromPayload) w.__planted.push(node.outerHTML.slice(0, 120));
      }
    };
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) inspect(n);
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    dialogs,
    async expectClean() {
      const state = await page.evaluate(() => {
        const w = window as unknown as { __pwned?: unknown; __csp: string[]; __planted: string[] };
        return {
          pwned: w.__pwned,
          csp: w.__csp,
          planted: w.__planted,
          elements: document.querySelectorAll('img[src="x"], svg[onload], iframe, [onerror], [onload], a[href^="javascript:"]').length,
          scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
        };
      });
      expect(state.pwned).toBeUndefined();
      expect(state.planted).toEqual([]);
      expect(state.elements).toBe(0);
      expect(state.scripts).toBe(0);
      expect(state.csp).toEqual([]);
      expect(dialogs).toEqual([]);
    },
  };
}

/** The text content (not HTML) of every element matching the selector. */
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent));

async function expectReasonsShown(page: Page) {
  const decisions = page.locator('.debrief__decisions table');
  await expect(decisions).toBeVisible();
  const cells = await decisions.locator('tbody td').evaluateAll((els) => els.map((e) => e.textContent));
  for (const reason of REASONS) expect(cells).toContain(reason);
}

test('payloads in nicknames and reasons stay text in the class dashboard, its debrief and projector mode', async ({ page }) => {
  const watch = await guard(page);
  await page.goto('/');
  await page.getByRole('button', { name: /For instructors/ }).click();
  await page.getByRole('button', { name: 'Open the class dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Class dashboard' })).toBeVisible();
  const badLines = ['<b>bold</b>', PAYLOADS[2], forgedInvalid()];
  await page.getByLabel('Run codes or links, one per line').fill([...codes, ...badLines].join('\n'));
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByText(`Runs on the list: ${codes.length}.`)).toBeVisible();
  await expect(page.getByText(`Not added: ${badLines.length}.`)).toBeVisible();

  // The table: each nickname literally, isolated from the text around it.
  const table = page.locator('.dashboard__table');
  await expect(table.locator('tbody tr')).toHaveCount(codes.length);
  expect(await texts(page, '.dashboard__table tbody th bdi')).toEqual([...PAYLOADS]);

  // Bad lines: the excerpt and the message (which here repeats a payload from the code's contents) as text.
  const bad = page.getByRole('region', { name: 'What could not be added' });
  await expect(bad.getByRole('listitem')).toHaveCount(badLines.length);
  expect(await texts(page, '.dashboard__bad code')).toContain('<b>bold</b>');
  await expect(bad.getByRole('listitem').nth(2)).toContainText(PAYLOADS[0]);
  await expect(page.locator('.dashboard__bad b')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the table (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('sexenio-class.csv');
  await watch.expectClean();

  // Projector mode: the nickname in the heading, as text.
  await table.locator('tbody tr').nth(0).getByRole('button', { name: /in projector mode/ }).click();
  const projector = page.getByRole('dialog');
  await expect(projector.locator('.projector__name bdi')).toHaveText(PAYLOADS[0]);
  await page.keyboard.press('End');
  for (const [i, payload] of PAYLOADS.entries()) {
    if (i > 0) await page.keyboard.press('PageDown');
    await expect(projector.locator('.projector__name bdi')).toHaveText(payload);
  }
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await watch.expectClean();

  // A run's read-only debrief: the nickname in the banner, the reasons in the decisions table.
  for (const row of [0, 2, 4]) {
    await table.locator('tbody tr').nth(row).getByRole('button', { name: /^Open the debrief of/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible();
    await expect(page.getByTestId('read-only-banner').locator('strong')).toHaveText(`A shared run by \u2068${PAYLOADS[row]!}\u2069, read-only.`);
    await expectReasonsShown(page);
    await watch.expectClean();
    await page.getByRole('button', { name: 'Back to the class view' }).click();
    await expect(page.getByText(`Runs on the list: ${codes.length}.`)).toBeVisible();
  }
  await watch.expectClean();
});

test('a run code opened from the address shows its payloads as text, on screen and in the printed report', async ({ page }) => {
  const watch = await guard(page);
  for (const [i, code] of codes.entries()) {
    // A fresh load each time (a change of the hash alone would not reload the page).
    await page.goto('about:blank');
    await page.goto(`/#run=${code}`);
    await expect(page.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible();
    await expect(page.getByTestId('read-only-banner').locator('strong')).toHaveText(`A shared run by \u2068${PAYLOADS[i]!}\u2069, read-only.`);
    await expectReasonsShown(page);
    await watch.expectClean();
  }

  // The printed report: the banner (without its button) and the decisions with their reasons.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 816, height: 1056 });
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await expect(page.getByTestId('read-only-banner').locator('strong')).toHaveText(`A shared run by \u2068${PAYLOADS[PAYLOADS.length - 1]}\u2069, read-only.`);
  await expectReasonsShown(page);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
  await watch.expectClean();

  // A code whose contents do not validate: its message names the payload, as text.
  await page.goto('about:blank');
  await page.goto(`/#run=${forgedInvalid()}`);
  await expect(page.getByRole('alert')).toContainText(PAYLOADS[0]);
  await watch.expectClean();
});

test('a class link’s title is shown as text', async ({ page }) => {
  const watch = await guard(page);
  const title = `${PAYLOADS[0]} ${PAYLOADS[2]}`;
  const link = encodeClassLink(makeClassLink(scenario, defaultSetup(scenario), 7, null, title));
  await page.goto(`/#class=${link}`);
  await expect(page.getByTestId('class-banner').locator('h2')).toHaveText(`Class set-up: ${title}`);
  await watch.expectClean();
});
