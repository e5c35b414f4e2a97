// npm run --silent claims:margins -- --seed 200000
// Runs the claims tests on one seed block and prints the margin of every comparison they check (the tests
// write the table, so it holds exactly what they assert). The test output goes to stderr; exit 1 if a claim fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { seedFlag, marginsReportPath } from '../tests/claims/seed-block.ts';

function fail(message: string): never {
  process.stderr.write(`claims:margins: ${message}\n`);
  process.exit(2);
}

const seed = seedFlag('claims:margins', process.argv.slice(2));

const report = marginsReportPath(seed);
rmSync(report, { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'tests/claims'], { stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, SEXENIO_CLAIMS_SEED: String(seed) } });
if (!existsSync(report)) fail(`the claims tests wrote no ${report} (exit ${run.status ?? run.signal ?? 'unknown'})`);
process.stdout.write(readFileSync(report, 'utf8'));
process.exit(run.status === 0 ? 0 : 1);
