// `npm test`: every check in order (lint, typecheck, unit, end-to-end), then one closing line
// "N passed, N failed" that adds up the unit and end-to-end test counts (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-reports'; // not test-results/: Playwright empties that folder when it starts
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${r.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  return r.status === 0;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const gates = [];
gates.push(['lint', run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])]);
gates.push(['typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck'])]);
gates.push(['unit', run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`])]);
gates.push(['e2e', run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })]);
// The end-to-end run built the game; hold its initial JavaScript to the budget.
gates.push(['bundle budget', run('bundle budget', 'node', ['scripts/size.mjs', process.env.SEXENIO_OUT_DIR ?? 'dist', '--check'])]);

let passed = 0;
let failed = 0;
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTests ?? 0);
} else failed += 1;
const pw = readJson(playwrightJson);
if (pw?.stats) {
  passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected ?? 0;
} else failed += 1;

const failedGates = gates.filter(([, ok]) => !ok).map(([name]) => name);
console.log(`\nGates: ${gates.map(([name, ok]) => `${name} ${ok ? 'ok' : 'FAILED'}`).join(', ')}`);
if (failedGates.length > 0 && failed === 0) failed = failedGates.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedGates.length > 0 || failed > 0 ? 1 : 0);
