// A comparison's margin over paired games, measured as the claims tests measure it (tests/claims/margins.ts): the
// mean per-seed difference must clear its bar by more than Z standard errors to hold, and fall short of it by more
// than Z to fail; in between the games cannot tell.
export const Z = 2;

export type Verdict = 'holds' | 'fails' | 'unclear';

export type Margin = {
  readonly label: string;
  readonly n: number;
  /** Mean difference (per seed). */
  readonly diff: number;
  /** The bar the conclusion sets: it says `diff` exceeds this. */
  readonly by: number;
  readonly se: number;
};

function spread(xs: readonly number[]): { mean: number; variance: number } {
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / xs.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let squares = 0;
  for (const x of xs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    squares += (x - mean) ** 2;
  }
  // Games that differ only by rounding (a path with no random draws) have no spread.
  const same = hi - lo <= 1e-9 * Math.max(1, Math.abs(mean));
  return { mean, variance: xs.length > 1 && !same ? squares / (xs.length - 1) : 0 };
}

/** The claim "the mean of `values` exceeds `by`". */
export function meanAbove(label: string, values: readonly number[], by = 0): Margin {
  const { mean, variance } = spread(values);
  return { label, n: values.length, diff: mean, by, se: Math.sqrt(variance / values.length) };
}

/** The claim "X exceeds Y by more than `by`", `xs[i]` and `ys[i]` from the same seed. */
export function paired(label: string, xs: readonly number[], ys: readonly number[], by = 0): Margin {
  if (xs.length !== ys.length) throw new Error(`paired arms differ in size: ${xs.length} and ${ys.length}`);
  return meanAbove(
    label,
    xs.map((x, i) => x - (ys[i] ?? Number.NaN)),
    by,
  );
}

/** Distance from the bar in standard errors: infinite when there is no spread. */
export function sigmas(m: Margin): number {
  if (m.se > 0) return (m.diff - m.by) / m.se;
  if (m.diff === m.by || Number.isNaN(m.diff)) return 0;
  return m.diff > m.by ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

export function verdictOf(m: Margin): Verdict {
  const s = sigmas(m);
  return s > Z ? 'holds' : s < -Z ? 'fails' : 'unclear';
}

/** The comparison of a family that comes closest to failing: the family holds only when it holds. */
export function weakest(family: readonly Margin[]): Margin {
  const first = family[0];
  if (!first) throw new Error('no comparisons');
  return family.reduce((w, m) => (sigmas(m) < sigmas(w) ? m : w), first);
}
