import { describe, expect, it } from 'vitest';
import { realScenario } from '../../../../tests/unit/load-test-scenario.ts';
import { axisBounds, spreadLabels } from './label-spread.ts';
import { histogram, outcomeRequest, outcomeRuns, percentileOf, varianceShares } from './luck-stats.ts';
import { outcomesOf } from './outcomes.ts';

describe('luck statistics', () => {
  it('bins every value once, including the maximum', () => {
    const bins = histogram([0, 1, 49.9, 50, 99, 100], 10);
    expect(bins).toHaveLength(10);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(6);
    expect(bins[0]?.count).toBe(2);
    expect(bins[9]?.count).toBe(2);
  });

  it('splits variance between paths and within them', () => {
    expect(varianceShares([[10, 10], [20, 20]])).toEqual({ choice: 1, luck: 0 });
    expect(varianceShares([[10, 20], [10, 20]])).toEqual({ choice: 0, luck: 1 });
    const mixed = varianceShares([[9, 11], [19, 21]]);
    expect(mixed.choice + mixed.luck).toBeCloseTo(1, 12);
    expect(mixed.choice).toBeGreaterThan(0.9);
    expect(varianceShares([])).toEqual({ choice: 0, luck: 0 });
  });

  it('places a value among the runs', () => {
    expect(percentileOf([1, 2, 3, 4], 2)).toBe(0.5);
    expect(percentileOf([], 2)).toBe(0);
  });
});

describe('luck outcomes', () => {
  const scenario = realScenario();
  const outcomes = outcomesOf(scenario);

  it('asks each run for final cooperation and support and for deaths summed over the game', () => {
    expect(outcomeRequest(outcomes)).toEqual({ finals: ['cooperation', 'publicSupport'], totals: ['violence'] });
  });

  it('reads each outcome from its series', () => {
    const result = { finals: { cooperation: [50, 60], publicSupport: [40, 45] }, totals: { violence: [200000, 180000] } };
    expect(outcomes.map((o) => outcomeRuns(result, o))).toEqual([[50, 60], [200000, 180000], [40, 45]]);
    expect(outcomeRuns({ finals: {}, totals: {} }, outcomes[0]!)).toEqual([]);
  });

  it('bins counts over a range of their own', () => {
    const bins = histogram([150000, 175000, 200000], 5, 150000, 200000);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 1, 0, 1]);
    expect(bins[0]?.from).toBe(150000);
  });
});

describe('axis bounds', () => {
  it('pads an index by whole points and a count by a round step', () => {
    expect(axisBounds([41.3, 72.8], 'index')).toEqual({ lo: 39, hi: 75, mid: 57 });
    const c = axisBounds([180400, 221700], 'count');
    expect(c.lo).toBeLessThan(180400);
    expect(c.hi).toBeGreaterThan(221700);
    expect(c.lo % 1000).toBe(0);
    expect(c.hi % 1000).toBe(0);
    expect(axisBounds([10, 20], 'count').lo).toBeGreaterThanOrEqual(0);
  });

  it('keeps labels apart, in order', () => {
    expect(spreadLabels([100, 102, 50], 12)).toEqual([100, 112, 50]);
  });
});
