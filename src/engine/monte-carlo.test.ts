import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { defaultSetup } from './default-setup.ts';
import { monteCarlo } from './monte-carlo.ts';

describe('Monte Carlo', () => {
  it('gives the same scores with and without the ledger', () => {
    const scenario = realScenario();
    for (const path of [['A', 'A', 'A'], ['B', 'C+LE', 'D'], ['D', 'C', 'B']]) {
      const decisions = path.map((strategy) => ({ strategy }));
      const setup = defaultSetup(scenario, { seed: 500 });
      const seen: number[] = [];
      // A callback sees every game, so those games keep their ledger; without one they skip it.
      const withLedger = monteCarlo(scenario, setup, decisions, 200, (state) => seen.push(state.history.reduce((n, r) => n + r.changes.length, 0)));
      const without = monteCarlo(scenario, setup, decisions, 200);
      expect(Math.min(...seen)).toBeGreaterThan(0);
      expect(without.finals).toEqual(withLedger.finals);
      expect(without.byYear).toEqual(withLedger.byYear);
    }
  });
});

describe('Monte Carlo totals', () => {
  it('sums each score over every year of each game, in seed order', () => {
    const scenario = realScenario();
    const setup = defaultSetup(scenario, { seed: 77, start: '2006' });
    const decisions = ['B', 'D', 'A'].map((strategy) => ({ strategy }));
    const expected: number[] = [];
    const result = monteCarlo(scenario, setup, decisions, 5, (state) => expected.push(state.history.reduce((s, r) => s + (r.scores['violence'] ?? 0), 0)));
    expect(result.totals['violence']).toHaveLength(5);
    result.totals['violence']?.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 6));
    expect(monteCarlo(scenario, setup, decisions, 5).totals).toEqual(result.totals);
    expect(Math.min(...(result.totals['violence'] ?? []))).toBeGreaterThan(10 * 1000);
  });
});
