import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { defaultSetup } from './default-setup.ts';
import { sampleGames } from './sample-games.ts';

const scenario = realScenario();
const paths = ['A', 'B', 'C+LE', 'D'].map((s) => [s, s, s].map((strategy) => ({ strategy })));
const options = { scores: ['cooperation', 'sedena', 'semar', 'violence', 'publicSupport'], lastYear: 2018, successor: true };

describe('programs shared between parameter sets', () => {
  it('play the games a scenario that has seen no other set plays', () => {
    const names = Object.keys(scenario.parameters);
    expect(names.length).toBeGreaterThan(50);
    // A sweep's order: one parameter at an end after another, on the same scenario object; every ninth, both ends.
    for (const name of names.filter((_, i) => i % 9 === 0)) {
      const doc = scenario.parameters[name];
      if (!doc) throw new Error(name);
      for (const value of [doc.min, doc.max]) {
        const variant = { [name]: value };
        const fresh = structuredClone(scenario);
        for (const path of paths) {
          const shared = sampleGames(scenario, defaultSetup(scenario, { seed: 500, variant }), path, 12, options);
          const alone = sampleGames(fresh, defaultSetup(fresh, { seed: 500, variant }), path, 12, options);
          expect([...shared.values], `${name}=${value}, ${path[0]?.strategy}`).toEqual([...alone.values]);
          expect([...shared.incumbentKept]).toEqual([...alone.incumbentKept]);
        }
      }
    }
  });
});
