import { describe, expect, it } from 'vitest';
import { drawUniforms, seedRng } from './random.ts';

describe('seeded generator', () => {
  it('is deterministic and its state is plain JSON', () => {
    const a = drawUniforms(seedRng(42), 100);
    const b = drawUniforms(JSON.parse(JSON.stringify(seedRng(42))) as ReturnType<typeof seedRng>, 100);
    expect(a).toEqual(b);
  });
  it('gives different streams for neighbouring seeds', () => {
    expect(drawUniforms(seedRng(1), 5)[0]).not.toEqual(drawUniforms(seedRng(2), 5)[0]);
  });
  it('draws uniforms in [0, 1) with a mean near one half', () => {
    const [values] = drawUniforms(seedRng(7), 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});
