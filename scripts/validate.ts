// npm run validate [-- --seed 200000]
// Runs the claims tests (the documents' claims and the real course) on one seed block, plays the real course over the
// same seeds, and writes docs/model-validation.md: every claim, the model's value, the expectation and the verdict.
// The test output goes to stderr. Exit 1 when a claim fails (a known miss does not fail), 2 when it cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { contentFingerprint } from '../src/content/content-fingerprint.ts';
import { courseChecksum } from './validation/course-checksum.ts';
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { seedFlag, marginsJsonPath, type ReportKind } from '../tests/claims/seed-block.ts';
import { validationDoc, type CheckRow } from './validation/validation-doc.ts';
import { realCourseRuns, yearTable } from './validation/year-table.ts';

const OUT = 'docs/model-validation.md';
/** As many runs of the real course as the claims tests play (tests/claims/claims-helpers.ts SEEDS). */
const RUNS = 300;

function fail(message: string): never {
  process.stderr.write(`validate: ${message}\n`);
  process.exit(2);
}

const seed = seedFlag('validate', process.argv.slice(2));

const kinds: readonly ReportKind[] = ['claims', 'real-course'];
for (const kind of kinds) rmSync(marginsJsonPath(seed, kind), { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'tests/claims'], { stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, SEXENIO_CLAIMS_SEED: String(seed) } });

function rows(kind: ReportKind): CheckRow[] {
  const path = marginsJsonPath(seed, kind);
  if (!existsSync(path)) fail(`the claims tests wrote no ${path} (exit ${run.status ?? run.signal ?? 'unknown'})`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { rows: CheckRow[] }).rows;
}

const scenario = loadAllScenarios().find((s) => s.id === 'sexenio-2012');
if (!scenario?.history) fail('scenario sexenio-2012 or its real course (history.json) is missing');
const doc = validationDoc({
  scenario,
  fingerprint: contentFingerprint(scenario),
  courseChecksum: courseChecksum(scenario),
  firstSeed: seed,
  seeds: RUNS,
  years: yearTable(scenario, realCourseRuns(scenario, seed, RUNS)),
  claims: rows('claims'),
  realCourse: rows('real-course'),
});
writeFileSync(OUT, doc);
process.stdout.write(`wrote ${OUT}\n`);
process.exit(run.status === 0 ? 0 : 1);
