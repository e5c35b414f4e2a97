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
  // In int32 arithmetic (the same bits as uint32 arithmetic, without leaving 32-bit integers); the outputs and the
  // returned state are read as uint32.
  let a = state[0] | 0;
  let b = state[1] | 0;
  let c = state[2] | 0;
  let d = state[3] | 0;
  for (let i = 0; i < count; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out[i] = (t >>> 0) / 4294967296;
  }
  return [out, [a >>> 0, b >>> 0, c >>> 0, d >>> 0]];
}
