// How far each claim clears its bar, measured the same way in the tests and in the margins table.
// A claim "X exceeds Y by more than b" is judged on the per-seed differences X − Y (the arms share seeds):
// it holds when their mean clears b by more than Z standard errors. A claim about every game holds when
// the smallest single difference clears b.

/** Standard errors a mean difference must clear. */
export const Z = 2;

export type Margin = {
  readonly label: string;
  /** Games behind the comparison. */
  readonly n: number;
  /** Mean difference (per seed when paired). */
  readonly diff: number;
  /** The bar the claim sets: it says `diff` exceeds this. */
  readonly by: number;
  /** Standard error of `diff`; 0 when every game gives the same difference. */
  readonly se: number;
  /** For a claim about every game, the smallest single difference; null for a claim about the mean. */
  readonly worst: number | null;
};

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function spread(xs: readonly number[]): { mean: number; variance: number } {
  const mean = sum(xs) / xs.length;
  // Games that differ only by rounding (a path with no random draws) have no spread.
  const same = Math.max(...xs) - Math.min(...xs) <= 1e-9 * Math.max(1, Math.abs(mean));
  const variance = xs.length > 1 && !same ? sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1) : 0;
  return { mean, variance };
}

/** Per-seed differences `xs[i] − ys[i]` of two arms played over the same seeds. */
export function differences(xs: readonly number[], ys: readonly number[]): number[] {
  if (xs.length !== ys.length) throw new Error(`paired arms differ in size: ${xs.length} and ${ys.length}`);
  return xs.map((x, i) => x - (ys[i] ?? Number.NaN));
}

/** The claim "the mean of `values` exceeds `by`". */
export function meanAbove(label: string, values: readonly number[], by = 0): Margin {
  const { mean, variance } = spread(values);
  return { label, n: values.length, diff: mean, by, se: Math.sqrt(variance / values.length), worst: null };
}

/** The claim "X exceeds Y by more than `by`" on arms played over the same seeds: `xs[i]` and `ys[i]` share a seed. */
export const paired = (label: string, xs: readonly number[], ys: readonly number[], by = 0): Margin => meanAbove(label, differences(xs, ys), by);

/** The claim "X exceeds Y by more than `by`" on two independent groups of games. */
export function unpaired(label: string, xs: readonly number[], ys: readonly number[], by = 0): Margin {
  const x = spread(xs);
  const y = spread(ys);
  return { label, n: xs.length + ys.length, diff: x.mean - y.mean, by, se: Math.sqrt(x.variance / xs.length + y.variance / ys.length), worst: null };
}

/** The claim "in every game, the value exceeds `by`". */
export function everyGame(label: string, values: readonly number[], by = 0): Margin {
  return { ...meanAbove(label, values, by), worst: Math.min(...values) };
}

/** A claim's distance from its bar in standard errors: infinite when there is no spread. */
export function sigmas(m: Margin): number {
  if (m.se > 0) return (m.diff - m.by) / m.se;
  if (m.diff === m.by || Number.isNaN(m.diff)) return Number.NaN;
  return m.diff > m.by ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

/** Whether a comparison meets its claim. */
export const holds = (m: Margin) => (m.worst === null ? sigmas(m) > Z : m.worst > m.by);

/** The comparison of a family that comes closest to failing, named after the family; all hold if it holds. */
export function weakest(label: string, family: readonly Margin[]): Margin {
  const slack = (m: Margin) => (m.worst === null ? sigmas(m) : m.worst - m.by);
  const worst = family.reduce<Margin | null>((w, m) => (w === null || !(slack(m) >= slack(w)) ? m : w), null);
  if (!worst) throw new Error(`no comparisons in "${label}"`);
  return { ...worst, label: `${label} (closest: ${worst.label})` };
}

/** The comparison of a family that clears its bar by most: a claim that holds when any one of them holds. */
export function strongest(label: string, family: readonly Margin[]): Margin {
  const slack = (m: Margin) => (m.worst === null ? sigmas(m) : m.worst - m.by);
  const best = family.reduce<Margin | null>((b, m) => (b === null || slack(m) > slack(b) ? m : b), null);
  if (!best) throw new Error(`no comparisons in "${label}"`);
  return { ...best, label: `${label} (by: ${best.label})` };
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.01) return x.toExponential(1);
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(Math.abs(x) >= 10 ? 1 : 3);
}

function sigmasText(m: Margin): string {
  const s = sigmas(m);
  if (m.se === 0) return Number.isNaN(s) ? '0 (no spread)' : `${s > 0 ? '+' : '−'}∞ (no spread)`;
  return s.toFixed(2);
}

export type MarginRow = {
  readonly claim: string;
  /** The claim as its test names it, when known. */
  readonly title?: string | undefined;
  readonly margin: Margin;
  /** Why the model does not meet this comparison yet: reported in the table, not asserted. */
  readonly knownMiss?: string | undefined;
};

/** Numbered claims in order, then the real-course checks (R1, R2, …) after them. */
function claimOrder(claim: string): number {
  const n = Number(claim.replace(/^R/, ''));
  return (claim.startsWith('R') ? 1000 : 0) + (Number.isFinite(n) ? n : 999);
}

/** A Markdown table of margins, one row per comparison, by claim number and then in the order checked. */
export function marginsTable(rows: readonly MarginRow[]): string {
  const head = ['claim', 'comparison', 'n', 'mean diff', 'bar', 'SE', 'margin (SE)', 'worst game', 'holds'];
  const byClaim = [...rows].sort((a, b) => claimOrder(a.claim) - claimOrder(b.claim));
  const verdict = (m: Margin, knownMiss: string | undefined) => (holds(m) ? 'yes' : knownMiss === undefined ? '**no**' : `**no: known miss** (${knownMiss})`);
  const lines = byClaim.map(({ claim, margin: m, knownMiss }) => [claim, m.label.replaceAll('|', '\\|'), String(m.n), num(m.diff), `> ${num(m.by)}`, num(m.se), sigmasText(m), m.worst === null ? '' : num(m.worst), verdict(m, knownMiss)]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n';
}
