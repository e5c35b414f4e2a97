// The SCORM 1.2 package in an LMS. The package is built (npm run build:scorm's script) and served from its zip, on
// one origin with a host page that plays the LMS: scorm-again's Scorm12API as window.API and the package's
// index.html in an iframe. A game is played part way (decisions and an event answer reach the LMS as interactions),
// the LMS closes the attempt, a new launch with the attempt's data resumes it where it was, and finishing completes
// the attempt with the run code in the learner's comments. SEXENIO_SCORM_ZIP=<zip> reuses a built package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { loadAllScenarios } from '../../src/content/load-scenarios-node.ts';
import { readRunCode } from '../../src/content/run-code.ts';
import { HEAVY, SEED } from './helpers.ts';

type Cmi = {
  core: { lesson_status: string; exit?: string; entry?: string; session_time?: string };
  suspend_data: string;
  comments: string;
  interactions: Record<string, { id: string; type: string; student_response: string; time: string }>;
};

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', txt: 'text/plain', xml: 'application/xml', json: 'application/json' };
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title><script src="/scorm12.js"></script></head>
<body><main><h1>Test LMS</h1><iframe id="sco" title="Course" width="1366" height="768"></iframe></main></body></html>`;

let server: Server;
let origin = '';
let packageFiles: Record<string, Uint8Array> = {};

function buildPackage(): string {
  const reuse = process.env['SEXENIO_SCORM_ZIP'];
  if (reuse && existsSync(reuse)) return reuse;
  const built = spawnSync('npx', ['tsx', 'scripts/build-scorm.ts', '--out', join(tmpdir(), `sexenio-scorm-e2e-${process.pid}`)], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  return built.stdout.trim().split('\n').at(-1) ?? '';
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  packageFiles = unzipSync(readFileSync(buildPackage()));
  const scormAgain = readFileSync('node_modules/scorm-again/dist/scorm12.js');
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = path === '/host.html' ? Buffer.from(HOST_PAGE) : path === '/scorm12.js' ? scormAgain : path.startsWith('/course/') ? packageFiles[path.slice('/course/'.length)] : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** Opens the host page with a fresh Scorm12API holding `cmi`, then the package in its frame. */
async function launch(page: Page, cmi: object): Promise<Frame> {
  await page.goto(`${origin}/host.html`);
  await page.evaluate((data) => {
    const w = window as unknown as { API: { loadFromJSON(json: object): void }; Scorm12API: new (settings: object) => { loadFromJSON(json: object): void } };
    w.API = new w.Scorm12API({ logLevel: 5 });
    w.API.loadFromJSON(data);
    (document.getElementById('sco') as HTMLIFrameElement).src = '/course/index.html?seed=' + String(20130101);
  }, cmi);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const found = page.frames().find((f) => f.url().includes('/course/index.html'));
  if (!found) throw new Error('the package did not open in the frame');
  return found;
}

async function readCmi(page: Page): Promise<Cmi> {
  return page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): { cmi: Cmi } } }).API.renderCMIToJSONObject().cmi);
}

const interactionsIn = (cmi: Cmi) => Object.values(cmi.interactions ?? {}).map((i) => ({ id: i.id, response: i.student_response }));

/** Answers open event questions with their first option; how many were answered. */
async function answerEvents(frame: Frame): Promise<number> {
  const dialog = frame.locator('dialog[open]');
  let answered = 0;
  while ((await dialog.count()) > 0 && answered < 10) {
    const title = (await dialog.locator('h2').textContent()) ?? '';
    await dialog.locator('.event-dialog__choice').first().click();
    await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.locator('h2').textContent()) !== title).toBe(true);
    answered++;
  }
  return answered;
}

/** Plays years with the primary button until `done` (given its label and the answers so far) says so; returns the answers. */
async function playYears(frame: Frame, done: (label: string, answered: number) => boolean): Promise<number> {
  const next = frame.locator('.year-controls__next');
  let answered = 0;
  for (let i = 0; i < 10; i++) {
    const label = (await next.textContent()) ?? '';
    if (done(label, answered)) return answered;
    await next.click();
    await expect.poll(async () => (await frame.locator('dialog[open]').count()) > 0 || (await next.textContent()) !== label).toBe(true);
    answered += await answerEvents(frame);
  }
  return answered;
}

async function chooseStrategy(frame: Frame, strategy: 'A' | 'B' | 'D'): Promise<void> {
  await expect(frame.getByRole('heading', { level: 1, name: /Choose a strategy/ })).toBeVisible();
  await frame.locator(`#strategy-${strategy}`).check();
  await frame.getByRole('button', { name: /^Confirm/ }).click();
  await expect(frame.locator('.year-controls')).toBeVisible();
}

async function finishTerm(frame: Frame, last: boolean): Promise<void> {
  await playYears(frame, (label) => label.startsWith('See the sexenio summary'));
  await frame.locator('.year-controls__next').click();
  await frame.getByRole('button', { name: last ? 'Go to the debrief' : /Choose the strategy for/ }).click();
}

test('the package reports choices to the LMS, resumes a reopened attempt where it was and completes it at the debrief', async ({ page }) => {
  test.setTimeout(150_000);
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => problems.push(e.message));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)));

  // First launch: a new attempt.
  let frame = await launch(page, { core: { entry: 'ab-initio', lesson_status: 'not attempted', student_id: 's1', student_name: 'Learner, Test' } });
  await expect.poll(async () => (await readCmi(page)).core.lesson_status).toBe('incomplete');
  await frame.getByRole('button', { name: 'Start in December 2012' }).click();
  await frame.getByRole('button', { name: 'Choose your strategy' }).click();
  await chooseStrategy(frame, 'A');
  // Year by year until an event has asked a question (the seed has one in the first years).
  const answered = await playYears(frame, (label, n) => n > 0 || label.startsWith('See the sexenio summary'));
  expect(answered, 'an event asked a question in the first years').toBeGreaterThan(0);
  const where = await frame.getByRole('heading', { level: 1 }).first().textContent();
  const nextLabel = await frame.locator('.year-controls__next').textContent();

  const during = await readCmi(page);
  expect(during.core.lesson_status).toBe('incomplete');
  const recorded = interactionsIn(during);
  expect(recorded[0]).toEqual({ id: 'term-2013-strategy', response: 'A' });
  expect(recorded.some((i) => /^event-\d{4}-[a-z0-9-]+$/.test(i.id))).toBe(true);
  for (const i of Object.values(during.interactions)) expect(i).toMatchObject({ type: 'choice', time: expect.stringMatching(/^\d{2}:\d{2}:\d{2}$/) });
  expect(during.suspend_data).toMatch(/^SXS1\./);
  expect(during.suspend_data.length).toBeLessThanOrEqual(4096);

  // The LMS closes the attempt (the frame goes away: pagehide, LMSFinish), keeping what the game committed.
  await page.evaluate(() => document.getElementById('sco')?.remove());
  const left = await readCmi(page);
  expect(left.core.exit).toBe('suspend');
  expect(left.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

  // Second launch, as an LMS resumes an attempt: a fresh API with the attempt's data, and no save in the browser.
  await page.evaluate(() => localStorage.clear());
  frame = await launch(page, { core: { entry: 'resume', lesson_status: left.core.lesson_status }, suspend_data: left.suspend_data, interactions: left.interactions });
  await expect(frame.getByRole('heading', { level: 1 }).first()).toHaveText(where ?? '');
  await expect(frame.locator('.year-controls__next')).toHaveText(nextLabel ?? '');

  // Finish the game: the rest of the first sexenio, then B and D.
  await finishTerm(frame, false);
  await chooseStrategy(frame, 'B');
  await finishTerm(frame, false);
  await chooseStrategy(frame, 'D');
  await finishTerm(frame, true);
  await expect(frame.getByRole('heading', { level: 1, name: /A profile of consequences/ })).toBeVisible(HEAVY);

  const done = await readCmi(page);
  expect(done.core.lesson_status).toBe('completed');
  const all = interactionsIn(done);
  expect(all.slice(0, recorded.length)).toEqual(recorded);
  expect(all.filter((i) => i.id.endsWith('-strategy'))).toEqual([
    { id: 'term-2013-strategy', response: 'A' },
    { id: 'term-2019-strategy', response: 'B' },
    { id: 'term-2025-strategy', response: 'D' },
  ]);
  expect(new Set(all.map((i) => i.id)).size, 'each choice is recorded once').toBe(all.length);
  expect(done.comments).toMatch(/^SX\d+\./);
  const code = readRunCode(done.comments, loadAllScenarios());
  expect(code.ok && { seed: code.value.setup.seed, strategies: code.value.decisions.map((d) => d.strategy) }).toEqual({ seed: SEED, strategies: ['A', 'B', 'D'] });

  // Inside the LMS: no service worker, nothing outside the origin, no errors (the CSP holds).
  expect(requested.filter((p) => /sw\.js|registerSW|webmanifest/.test(p))).toEqual([]);
  expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(problems).toEqual([]);
});
