import { writeFileSync } from 'node:fs';
import { loadAllScenarios } from '../src/content/load-scenarios-node.ts';
import { computeGolden, GOLDEN_CASES } from '../tests/golden/golden-runs.ts';

const scenario = loadAllScenarios().find((s) => s.id === 'sexenio-2012');
if (!scenario) throw new Error('no scenario');
for (const c of GOLDEN_CASES) {
  writeFileSync(new URL(`../tests/golden/${c.name}.json`, import.meta.url), JSON.stringify(computeGolden(scenario, c), null, 1) + '\n');
  console.log(`pinned tests/golden/${c.name}.json`);
}
