// npm run bench:browser: luck versus choice in the browser, as players get it: the built game served by `vite preview`,
// Chromium driven by Playwright, the debrief's Web Worker (src/workers/luck.worker.ts) timed by the worker itself.
//
//   1. The worker alone: one path (B, C+LE, D) over 10,000 seeds, posted to the built worker from the game's page
//      (several times; the worker is new each time, as in the debrief). Target: under 1 s.
//   2. The debrief: a shared run (#run=…) opens its debrief, whose luck-versus-choice section runs the player's
//      path and each fixed strategy over 1,000 seeds; its data-total-ms is the worker's own figure.
//
//   npm run bench:browser                        build to $SEXENIO_OUT_DIR or dist/, serve on 127.0.0.1:4193
//   npm run bench:browser -- --no-build          reuse that build
//   npm run bench:browser -- --runs 10000 --repeat 3 --port 4193 --check   (--check: exit 1 above the 1 s target)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { buildGame, chromiumLaunchOptions, optionValue, servePreview } from '../scripts/built-game.ts';
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { encodeRunCode, runCodeOf } from '../src/content/run-code.ts';
import { defaultSetup, mainScore, play } from '../src/engine/index.ts';
import { LUCK_PROTOCOL, type LuckMessage, type LuckRequest } from '../src/workers/luck-protocol.ts';

const TARGET_MS = 1000;
const DEBRIEF_RUNS = 1000; // LUCK_RUNS in src/ui/screens/debrief/luck-section.tsx: seeds per path in the debrief
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => optionValue(args, name, fallback);
const outDir = process.env['SEXENIO_OUT_DIR'] ?? 'dist';
const port = Number(option('--port', process.env['BENCH_PORT'] ?? '4193'));
const runs = Number(option('--runs', '10000'));
const repeat = Number(option('--repeat', '3'));
if (![port, runs, repeat].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('bench:browser: --port, --runs and --repeat take positive integers');
  process.exit(2);
}
const launchOptions = chromiumLaunchOptions();

const scenario = loadAllScenarios()[0];
if (!scenario) throw new Error('no scenario');
const mainId = mainScore(scenario).id;
const setup = defaultSetup(scenario, { seed: 1 });
const path = ['B', 'C+LE', 'D'].map((strategy) => ({ strategy }));
const played = play(scenario, { setup, decisions: path, answers: {} });
if (!played.ok) throw new Error(played.error.message);
const runCode = encodeRunCode(runCodeOf(scenario, played.value), scenario);

if (!args.includes('--no-build')) buildGame(outDir);
const workerFile = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')).find((f) => /^luck\.worker-.*\.js$/.test(f)) : undefined;
if (!workerFile) {
  console.error(`bench:browser: no built luck worker in ${outDir}/assets (drop --no-build?)`);
  process.exit(2);
}


type WorkerTiming = { workerMs: number; pathMs: number; wallMs: number; messages: number; finals: number; finite: boolean };

/** Posts one request to a new worker made from the built worker file, as the debrief does, and times it. */
async function timeWorker(page: Page, request: LuckRequest): Promise<WorkerTiming> {
  return page.evaluate(
    ({ url, request, score }) =>
      new Promise<WorkerTiming>((resolve, reject) => {
        const began = performance.now();
        const worker = new Worker(url, { type: 'module' });
        let messages = 0;
        let pathMs = 0;
        let finals: readonly number[] = [];
        worker.addEventListener('error', (e) => reject(new Error(e.message || 'worker error')));
        worker.addEventListener('message', (e: MessageEvent<LuckMessage>) => {
          messages++;
          const m = e.data;
          if (m.type === 'path') {
            pathMs += m.result.ms;
            finals = m.result.finals[score] ?? [];
          } else if (m.type === 'done') {
            worker.terminate();
            resolve({ workerMs: m.ms, pathMs, wallMs: performance.now() - began, messages, finals: finals.length, finite: finals.every(Number.isFinite) });
          } else if (m.type === 'error') {
            worker.terminate();
            reject(new Error(m.message));
          }
        });
        worker.postMessage(request);
      }),
    { url: `/assets/${workerFile}`, request, score: mainId },
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

let exitCode = 0;
const browser = await chromium.launch(launchOptions);
try {
  const base = (await servePreview(outDir, port)).replace(/\/$/, '');
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const request: LuckRequest = {
    type: 'run',
    version: LUCK_PROTOCOL,
    scenario,
    setup,
    paths: [{ id: 'B·C+LE·D', decisions: path }],
    runs,
    finals: [mainId],
    totals: [],
  };
  const timings: WorkerTiming[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = await timeWorker(page, request);
    if (t.finals !== runs || !t.finite) throw new Error(`the worker returned ${t.finals} finals (expected ${runs} finite values)`);
    timings.push(t);
  }

  // The debrief as a player opens it: a shared run's link, the luck-versus-choice section's own timing.
  const debrief = await browser.newPage();
  await debrief.goto(`${base}/#run=${runCode}`);
  const luck = debrief.getByTestId('luck');
  await luck.waitFor({ timeout: 60_000 });
  await debrief.waitForFunction(() => document.querySelector('[data-testid="luck"]')?.getAttribute('data-status') === 'done', undefined, { timeout: 300_000 });
  const debriefMs = Number(await luck.getAttribute('data-total-ms'));
  const debriefPaths = await luck.locator('.luck__path').count();

  const version = browser.version();
  console.log(`Sexenio browser benchmark (Chromium ${version}, ${launchOptions.executablePath ?? "Playwright's browser"}, build ${outDir}/, scenario ${scenario.id})`);
  const rows: [string, string][] = [
    ...timings.map((t, i): [string, string] => [`worker: ${runs.toLocaleString('en-US')} runs of B, C+LE, D (run ${i + 1})`, `${seconds(t.workerMs)}  (page to page ${seconds(t.wallMs)}, ${t.messages} messages)`]),
    [`worker: ${runs.toLocaleString('en-US')} runs, median`, seconds(median(timings.map((t) => t.workerMs)))],
    [`debrief: ${debriefPaths} paths × ${DEBRIEF_RUNS.toLocaleString('en-US')} runs (shared run B, C+LE, D)`, seconds(debriefMs)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const best = median(timings.map((t) => t.workerMs));
  const met = runs === 10_000 ? best < TARGET_MS : null;
  if (met !== null) console.log(`target: 10,000 runs in under ${seconds(TARGET_MS)}: ${met ? 'met' : 'not met'}`);
  if (met === false && args.includes('--check')) exitCode = 1;
} catch (error) {
  console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close();
}
process.exit(exitCode);
