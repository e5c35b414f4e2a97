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

/** The four 32-bit words of sfc32 while they are being stepped (a Sim carries them as fields). */
export type Sfc32Registers = { ra: number; rb: number; rc: number; rd: number };

/** Steps sfc32 `count` times in place, writing uniforms in [0, 1) into `out`. */
export function sfc32Into(r: Sfc32Registers, out: number[], count: number): void {
  // In int32 arithmetic: the same bits as uint32 arithmetic, without leaving 32-bit integers (read back with >>> 0).
  let a = r.ra;
  let b = r.rb;
  let c = r.rc;
  let d = r.rd;
  for (let i = 0; i < count; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    // Multiplying by 2^-32 is exact, as dividing by 2^32 is: the same number, without a division.
    out[i] = (t >>> 0) * 2.3283064365386963e-10;
  }
  r.ra = a;
  r.rb = b;
  r.rc = c;
  r.rd = d;
}

/** Draws `count` uniforms in [0, 1) and returns them with the advanced state. */
export function drawUniforms(state: RngState, count: number): [number[], RngState] {
  const out: number[] = new Array<number>(count);
  const r: Sfc32Registers = { ra: state[0] | 0, rb: state[1] | 0, rc: state[2] | 0, rd: state[3] | 0 };
  sfc32Into(r, out, count);
  return [out, [r.ra >>> 0, r.rb >>> 0, r.rc >>> 0, r.rd >>> 0]];
}
