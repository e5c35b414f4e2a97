// The arithmetic behind the claims' margins, and the rule that keeps seed blocks apart.
import { describe, expect, it } from 'vitest';
import { everyGame, holds, meanAbove, paired, sigmas, strongest, unpaired, weakest } from './margins.ts';
import { BLOCK, DEFAULT_FIRST_SEED, firstSeedOf } from './seed-block.ts';

describe('margins', () => {
  it('judges a paired claim on the per-seed differences, not on the two means', () => {
    // Both arms vary a lot from seed to seed, but X is always Y + 1: the difference has no spread.
    const ys = [10, 50, 90, 30];
    const m = paired('X − Y', ys.map((y) => y + 1), ys);
    expect(m.diff).toBe(1);
    expect(m.se).toBe(0);
    expect(holds(m)).toBe(true);
  });

  it('gives the standard error of the mean difference and the margin in standard errors', () => {
    const m = meanAbove('d', [1, 2, 3, 4, 5], 1);
    expect(m.diff).toBe(3);
    expect(m.se).toBeCloseTo(Math.sqrt(2.5 / 5), 12);
    expect(sigmas(m)).toBeCloseTo(2 / Math.sqrt(0.5), 12);
    expect(holds(meanAbove('d', [-1, 1, 0.5], 0))).toBe(false);
  });

  it('adds the variances of two independent groups', () => {
    const m = unpaired('x − y', [1, 0, 1, 0], [0, 0, 0, 1]);
    expect(m.diff).toBe(0.25);
    expect(m.se).toBeCloseTo(Math.sqrt(1 / 3 / 4 + 0.25 / 4), 12);
  });

  it('holds a claim about every game to its worst game', () => {
    const m = everyGame('v', [5, 6, 0.5], 1);
    expect(m.worst).toBe(0.5);
    expect(holds(m)).toBe(false);
    expect(holds(everyGame('v', [1.5, 2], 1))).toBe(true);
  });

  it('reports the comparison of a family closest to failing', () => {
    const w = weakest('family', [meanAbove('far', [10, 11, 12]), meanAbove('near', [0, 1, 2]), meanAbove('mid', [4, 5, 6])]);
    expect(w.label).toBe('family (closest: near)');
    expect(sigmas(w)).toBeCloseTo(sigmas(meanAbove('near', [0, 1, 2])), 12);
  });

  it('sees no spread in values that differ only by rounding', () => {
    const m = meanAbove('rounding', [0.1 + 0.2, 0.3, 0.30000000000000004]);
    expect(m.se).toBe(0);
    expect(sigmas(m)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('seed blocks', () => {
  it('starts at the default block unless SEXENIO_CLAIMS_SEED names another', () => {
    expect(firstSeedOf(undefined)).toBe(DEFAULT_FIRST_SEED);
    expect(firstSeedOf('')).toBe(DEFAULT_FIRST_SEED);
    expect(firstSeedOf('200000')).toBe(200000);
  });

  it('refuses a first seed that would make two blocks share some seeds', () => {
    for (const text of [String(DEFAULT_FIRST_SEED + BLOCK / 2), '1234', '-1000', '2e5', 'abc']) expect(() => firstSeedOf(text), text).toThrow(/multiple of/);
  });
  it('strongest picks the comparison that clears its bar by most, and holds when any one does', () => {
    const s = strongest('any', [meanAbove('below', [-3, -2, -1]), meanAbove('clear', [4, 5, 6]), meanAbove('barely', [0, 0.1, 0.2])]);
    expect(s.label).toBe('any (by: clear)');
    expect(holds(s)).toBe(true);
    expect(holds(strongest('none', [meanAbove('below', [-3, -2, -1]), meanAbove('zero', [-1, 0, 1])]))).toBe(false);
  });
});
