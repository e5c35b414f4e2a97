import { describe, expect, it } from 'vitest';
import { makeFormatter } from './format.ts';

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
});
