import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realScenario } from '../unit/load-test-scenario.ts';
import { computeGolden, GOLDEN_CASES, type GoldenFile } from './golden-runs.ts';

describe('golden runs (re-pin with `npm run golden:update` after an intended model change)', () => {
  for (const c of GOLDEN_CASES) {
    it(c.name, () => {
      const pinned = JSON.parse(readFileSync(new URL(`./${c.name}.json`, import.meta.url), 'utf8')) as GoldenFile;
      expect(computeGolden(realScenario(), c)).toEqual(pinned);
    });
  }
});
