import { describe, expect, it } from 'vitest';
import { idKey, keyedUniform, yearKey } from './keyed-draws.ts';

const draws = (seeds: number, years: readonly number[], ids: readonly string[]) => {
  const out: number[] = [];
  for (let s = 1; s <= seeds; s++) for (const y of years) for (const id of ids) out.push(keyedUniform(yearKey(s, y), idKey(id)));
  return out;
};

describe('draws keyed by (seed, year, id)', () => {
  it('depend on nothing but their key', () => {
    expect(keyedUniform(yearKey(3, 2015), idKey('event:storm'))).toBe(keyedUniform(yearKey(3, 2015), idKey('event:storm')));
    expect(keyedUniform(yearKey(3, 2015), idKey('event:storm'))).not.toBe(keyedUniform(yearKey(4, 2015), idKey('event:storm')));
    expect(keyedUniform(yearKey(3, 2015), idKey('event:storm'))).not.toBe(keyedUniform(yearKey(3, 2016), idKey('event:storm')));
    expect(keyedUniform(yearKey(3, 2015), idKey('event:storm'))).not.toBe(keyedUniform(yearKey(3, 2015), idKey('event:flood')));
    // Seeds past 2^32 keep their high bits.
    expect(yearKey(1, 2015)).not.toBe(yearKey(1 + 2 ** 32, 2015));
  });

  it('are uniform in [0, 1), also over consecutive seeds and similar ids', () => {
    const values = draws(2000, [2013, 2014, 2015], ['event:a1', 'event:a2', 'event:b1', 'channel:a1']);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const bins = new Array<number>(10).fill(0);
    for (const v of values) bins[Math.floor(v * 10)]! += 1;
    const expected = values.length / 10;
    const chi2 = bins.reduce((s, b) => s + (b - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: 27.9 is the 0.1% critical value.
    expect(chi2).toBeLessThan(27.9);
  });

  it('are uncorrelated between neighbouring seeds, years and ids', () => {
    const n = 5000;
    const corr = (f: (i: number) => [number, number]) => {
      let sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
      for (let i = 0; i < n; i++) {
        const [x, y] = f(i);
        sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
      }
      return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    };
    const id = idKey('event:storm');
    // |r| above 0.05 has a chance well under 0.1% for 5,000 independent pairs.
    expect(Math.abs(corr((i) => [keyedUniform(yearKey(i, 2015), id), keyedUniform(yearKey(i + 1, 2015), id)]))).toBeLessThan(0.05);
    expect(Math.abs(corr((i) => [keyedUniform(yearKey(i, 2015), id), keyedUniform(yearKey(i, 2016), id)]))).toBeLessThan(0.05);
    expect(Math.abs(corr((i) => [keyedUniform(yearKey(i, 2015), idKey('event:a1')), keyedUniform(yearKey(i, 2015), idKey('event:a2'))]))).toBeLessThan(0.05);
  });
});
