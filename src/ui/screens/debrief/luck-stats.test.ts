import { describe, expect, it } from 'vitest';
import { histogram, percentileOf, varianceShares } from './luck-stats.ts';

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
