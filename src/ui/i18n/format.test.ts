import { describe, expect, it } from 'vitest';
import { makeFormatter, shownChange } from './format.ts';

const index = { format: 'index' } as const;
const count = { format: 'count' } as const;

describe('number formatting', () => {
  it('formats counts with the locale and changes with a true minus sign', () => {
    const en = makeFormatter('en');
    expect(en.value(count, 12993.4)).toBe('12,993');
    expect(en.delta(count, -542.2)).toBe('\u2212542');
    expect(en.delta(index, 2.04)).toBe('+2.0');
    expect(en.delta(index, -0.03)).toBe('\u22120.03');
    expect(en.size(index, -4.06)).toBe('4.1');
  });

  it('uses Mexican Spanish conventions', () => {
    const es = makeFormatter('es');
    expect(es.tag).toBe('es-MX');
    expect(es.value(count, 12993)).toBe('12,993');
    expect(es.value(index, 56.25)).toBe('56.3');
  });

  it('gives the change between values as they are shown, so the numbers on screen add up', () => {
    const en = makeFormatter('en');
    // 80.6 → 78.0 is shown "81 → 78": the change beside it is −3, not −2.6.
    expect(shownChange(index, 80.6, 78.0, 'whole')).toBe(-3);
    expect(en.wholeDelta(shownChange(index, 80.6, 78.0, 'whole'))).toBe('\u22123');
    expect(shownChange(index, 50.4, 50.45, 'whole')).toBe(0);
    // Detail values have one decimal: 80.64 → 78.06 reads "80.6 → 78.1", a change of −2.5.
    expect(en.delta(index, shownChange(index, 80.64, 78.06, 'value'))).toBe('\u22122.5');
    expect(shownChange(index, 10.04, 10.06, 'value')).toBeCloseTo(0.02, 10);
    expect(shownChange(count, 1000.4, 1200.6, 'value')).toBe(201);
    for (let i = 0; i < 500; i++) {
      const from = (i * 7.31) % 100;
      const to = (i * 3.77 + 11) % 100;
      const d = shownChange(index, from, to, 'value');
      if (Math.abs(to - from) >= 0.05) expect(en.delta(index, d)).toBe(en.delta(index, Number(en.value(index, to)) - Number(en.value(index, from))));
      expect(shownChange(index, from, to, 'whole')).toBe(Number(en.whole(index, to)) - Number(en.whole(index, from)));
    }
  });
});
