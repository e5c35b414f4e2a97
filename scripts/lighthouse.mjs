// npm run lighthouse: builds the game, serves it with `vite preview` and runs Lighthouse on it in Chromium with its
// default (mobile) settings: a Moto G Power-sized screen, simulated slow 4G and a 4x slower CPU. Prints the four
// category scores and the key metrics, and fails when performance is below the threshold.
//
//   npm run lighthouse                         build to dist/, serve on 127.0.0.1:4192, three runs, fail when the
//                                              median performance score is below 95
//   npm run lighthouse -- --no-build           reuse the build already in the output folder
//   npm run lighthouse -- --runs 1             one run (scores move by a few points from run to run, more on a busy machine)
//   npm run lighthouse -- --no-check           report only, exit 0 whatever the score
//   npm run lighthouse -- --min 90 --port 4195 --report lighthouse-report
//
// The output folder is SEXENIO_OUT_DIR (as for Playwright) or dist/. Chromium is CHROME_PATH, else /usr/bin/chromium,
// else Playwright's own browser. --report DIR writes each run's report as HTML and JSON (default test-results/lighthouse).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildGame, servePreview } from './built-game.ts';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const known = new Set(['--no-build', '--no-check', '--runs', '--min', '--port', '--report', '--help']);
for (const [i, a] of args.entries()) {
  if (a.startsWith('--') && !known.has(a)) fail(`unknown option ${a}`);
  if (!a.startsWith('--') && !['--runs', '--min', '--port', '--report'].includes(args[i - 1] ?? '')) fail(`unexpected argument ${a}`);
}
if (flag('--help')) {
  console.log('usage: node scripts/lighthouse.mjs [--no-build] [--no-check] [--runs N] [--min SCORE] [--port PORT] [--report DIR]');
  process.exit(0);
}

const outDir = process.env.SEXENIO_OUT_DIR ?? 'dist';
const port = Number(option('--port', process.env.LH_PORT ?? '4192'));
// Not 4190: browsers refuse that port (it is on the fetch standard's list of bad ports).
const runs = Number(option('--runs', '3'));
const min = Number(option('--min', '95'));
const reportDir = option('--report', join('test-results', 'lighthouse'));
if (!Number.isInteger(port) || port < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isFinite(min)) fail('--port and --runs take positive integers, --min a number');

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox', // we may run as root, where Chromium refuses to start with its sandbox
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
  ['interactive', 'TTI'],
];

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}

async function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { chromium } = await import('@playwright/test');
  const path = chromium.executablePath();
  if (!existsSync(path)) fail(`no Chromium: set CHROME_PATH, install /usr/bin/chromium, or run npx playwright install chromium`);
  return path;
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const metricText = (audit, id) => (id === 'cumulative-layout-shift' ? audit.numericValue.toFixed(3) : fmtMs(audit.numericValue));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function printTable(results) {
  const header = ['', ...results.map((_, i) => `run ${i + 1}`)];
  const rows = [
    ...CATEGORIES.map((c) => [c, ...results.map((lhr) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]),
    ...METRICS.map(([id, label]) => [label, ...results.map((lhr) => (lhr.audits[id] ? metricText(lhr.audits[id], id) : '–'))]),
  ];
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((r) => r[col].length)));
  const line = (r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

/** What Lighthouse says costs time: opportunities with savings and failing diagnostics of the performance category. */
function printAdvice(lhr) {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  const lines = [];
  for (const ref of refs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 0.9 || ref.group === 'metrics') continue;
    const savings = a.metricSavings ? Object.entries(a.metricSavings).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${k === 'CLS' ? v.toFixed(3) : fmtMs(v)}`).join(', ') : '';
    lines.push(`  - ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${savings ? ` [saves ${savings}]` : ''}`);
  }
  if (lines.length > 0) console.log(`Performance audits to look at (last run):\n${lines.join('\n')}`);
}

if (!flag('--no-build')) buildGame(outDir);
else if (!existsSync(join(outDir, 'index.html'))) fail(`no build in ${outDir}/ (drop --no-build)`);


let exitCode = 0;
try {
  const url = await servePreview(outDir, port);
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chromePathValue = await chromePath();
  mkdirSync(reportDir, { recursive: true });
  const results = [];
  for (let i = 0; i < runs; i++) {
    // A fresh browser per run: no warm cache or service worker from the run before.
    const chrome = await chromeLauncher.launch({ chromePath: chromePathValue, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      const started = Date.now();
      const result = await lighthouse(url, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr, report } = result;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const base = resolve(reportDir, `report-${i + 1}`);
      writeFileSync(`${base}.html`, report[0]);
      writeFileSync(`${base}.json`, report[1]);
      console.log(`run ${i + 1}: ${((Date.now() - started) / 1000).toFixed(1)} s, report ${base}.html`);
      results.push(lhr);
    } finally {
      await chrome.kill();
    }
  }
  const last = results[results.length - 1];
  console.log(`\nLighthouse ${last.lighthouseVersion}, ${last.configSettings.formFactor}, ${last.configSettings.throttlingMethod} throttling, ${last.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? ''}, ${url}`);
  printTable(results);
  const perf = median(results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)));
  console.log(`performance${runs > 1 ? ' (median)' : ''}: ${perf} (threshold ${min}${flag('--no-check') ? ', not checked' : ''})`);
  printAdvice(last);
  if (perf < min && !flag('--no-check')) {
    console.error(`lighthouse: performance ${perf} is below ${min}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
}
process.exit(exitCode);
