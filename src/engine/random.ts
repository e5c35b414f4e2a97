// sfc32 with its state as a plain JSON array, so a game state (and its future) can be saved and replayed.

export type RngState = readonly [number, number, number, number];

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seedRng(seed: number): RngState {
  const next = splitmix32(seed);
  // Warm up so that nearby seeds diverge at once.
  return drawUniforms([next(), next(), next(), next()], 12)[1];
}

/** Draws `count` uniforms in [0, 1) and returns them with the advanced state (one allocation, on the hot path). */
export function drawUniforms(state: RngState, count: number): [number[], RngState] {
  const out: number[] = new Array<number>(count);
  let [a, b, c, d] = state;
  for (let i = 0; i < count; i++) {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    out[i] = t / 4294967296;
  }
  return [out, [a >>> 0, b, c, d]];
}
