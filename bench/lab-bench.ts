// npm run bench:lab: the model lab in the browser, as an instructor gets it: the built game served by `vite preview`,
// Chromium driven by Playwright, the lab opened from "How the model works" and its workers (one per core) timed by
// the page itself.
//
//   1. A change: a slider stepped with the keyboard, from the key press to the paths' table and the conclusions
//      updated (6 paths × 500 seeds, whole games). Target: about 300 ms.
//   2. A sweep of one conclusion and of every conclusion: each parameter at its minimum and its maximum, the paths
//      the conclusions need over 100 paired seeds to 2018. Target: the whole sweep under 3 s.
//   Games per second per worker are the sweep's games over its time and the page's worker count.
//
//   npm run bench:lab                      build to $SEXENIO_OUT_DIR or dist/, serve on 127.0.0.1:4194
//   npm run bench:lab -- --no-build        reuse that build
//   npm run bench:lab -- --changes 5 --port 4194 --check   (--check: exit 1 when a target is missed)
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { buildGame, chromiumLaunchOptions, optionValue, servePreview } from '../scripts/built-game.ts';

const CHANGE_TARGET_MS = 300;
const SWEEP_TARGET_MS = 3000;
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => optionValue(args, name, fallback);
const outDir = process.env['SEXENIO_OUT_DIR'] ?? 'dist';
const port = Number(option('--port', process.env['BENCH_PORT'] ?? '4194'));
const changes = Number(option('--changes', '5'));
if (![port, changes].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('bench:lab: --port and --changes take positive integers');
  process.exit(2);
}
const launchOptions = chromiumLaunchOptions();

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const LONG = { timeout: 600_000 } as const;

async function tableDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="lab-status"]')?.getAttribute('data-state') === 'done', undefined, LONG);
}

/** Steps a slider once by keyboard; milliseconds from the key press to the table showing the changed model. */
async function timeChange(page: Page, key: 'ArrowRight' | 'ArrowLeft'): Promise<{ pageMs: number; runMs: number }> {
  const slider = page.locator('.lab-group[open] input[type="range"]').first();
  await slider.focus();
  const before = await page.getByTestId('lab-paths-table').innerText();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  // Done with a new table: the run that the key press started, not the one before it.
  await page.waitForFunction(
    (old) => {
      const status = document.querySelector('[data-testid="lab-status"]');
      return status?.getAttribute('data-state') === 'done' && status.getAttribute('data-ms') !== null && document.querySelector<HTMLElement>('[data-testid="lab-paths-table"]')?.innerText !== old;
    },
    before,
    LONG,
  );
  const t1 = await page.evaluate(() => performance.now());
  return { pageMs: t1 - t0, runMs: Number(await page.getByTestId('lab-status').getAttribute('data-ms')) };
}

async function timeSweep(page: Page, conclusion: string): Promise<{ ms: number; games: number }> {
  await page.locator('.lab-sweep select').selectOption(conclusion);
  await page.getByRole('button', { name: 'Run the sweep' }).click();
  const status = page.getByTestId('lab-sweep-status');
  await status.filter({ hasText: /^Done/ }).waitFor(LONG);
  return { ms: Number(await status.getAttribute('data-ms')), games: Number(await status.getAttribute('data-games')) };
}

if (!args.includes('--no-build')) buildGame(outDir);
let exitCode = 0;
const browser = await chromium.launch(launchOptions);
try {
  const base = (await servePreview(outDir, port)).replace(/\/$/, '');
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${base}/?seed=1`);
  await page.getByRole('button', { name: 'How the model works' }).first().click();
  await page.getByRole('button', { name: 'Open the model lab' }).click();
  await tableDone(page);
  const workers = await page.evaluate(() => Math.max(1, navigator.hardwareConcurrency || 1));
  await page.locator('.lab-group > summary').first().click();
  const load = loadavg()[0] ?? 0;
  // The first change warms the workers (their JIT and the compiled model); it is timed but not counted.
  const warm = await timeChange(page, 'ArrowRight');
  const timed: { pageMs: number; runMs: number }[] = [];
  for (let i = 0; i < changes; i++) timed.push(await timeChange(page, i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight'));
  const one = await timeSweep(page, 'cle-above-c');
  const all = await timeSweep(page, 'all');

  const perWorker = (s: { ms: number; games: number }) => Math.round(s.games / (s.ms / 1000) / workers).toLocaleString('en-US');
  console.log(`Sexenio model lab benchmark (Chromium ${browser.version()}, ${workers} workers, build ${outDir}/, load average ${load.toFixed(1)} at the start)`);
  const rows: [string, string][] = [
    ['change: first (warming up)', `${Math.round(warm.pageMs)} ms`],
    [`change: key press to table, median of ${changes}`, `${Math.round(median(timed.map((t) => t.pageMs)))} ms  (runs alone ${Math.round(median(timed.map((t) => t.runMs)))} ms; target ${CHANGE_TARGET_MS} ms)`],
    ['sweep: one conclusion (C+LE above C)', `${(one.ms / 1000).toFixed(2)} s, ${one.games.toLocaleString('en-US')} games, ${perWorker(one)} games/s per worker`],
    ['sweep: every conclusion', `${(all.ms / 1000).toFixed(2)} s, ${all.games.toLocaleString('en-US')} games, ${perWorker(all)} games/s per worker (target ${SWEEP_TARGET_MS / 1000} s)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const missed = median(timed.map((t) => t.pageMs)) > CHANGE_TARGET_MS || all.ms > SWEEP_TARGET_MS;
  console.log(`targets: ${missed ? 'not met' : 'met'}`);
  if (missed && args.includes('--check')) exitCode = 1;
} catch (error) {
  console.error(`bench:lab: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close();
}
process.exit(exitCode);
