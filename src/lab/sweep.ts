// The sensitivity sweep: each parameter set to its documented minimum and then its maximum (the others at their
// current values), every path the chosen conclusions need played over the same seeds, and for each conclusion a
// tornado of its margin at both ends. Where a margin changes sign between the current value and an end, the value
// where it crosses zero is found by linear interpolation between those two runs (no extra games).
import { CONCLUSIONS_LAST_YEAR, CONCLUSION_SCORES, judge, pathsFor, type Conclusion, type ConclusionId, type ConclusionResult } from './conclusions.ts';
import type { LabParameter } from './parameter-docs.ts';
import { pureSpec, type SampleJob } from './play-samples.ts';
import type { Samples } from './samples.ts';
import { FIRST_SEED } from './lab-table.ts';

/** Paired seeds for each end of each parameter. */
export const SWEEP_SEEDS = 100;

export type Side = 'min' | 'max';
export type SweepPoint = { readonly name: string; readonly side: Side; readonly value: number };

/** The runs a sweep needs: each parameter at each end, unless it already stands there. */
export function sweepPoints(parameters: readonly LabParameter[], current: Readonly<Record<string, number>>): SweepPoint[] {
  return parameters.flatMap((p) => {
    const now = current[p.name] ?? p.standard;
    return (['min', 'max'] as const).filter((side) => p[side] !== now).map((side) => ({ name: p.name, side, value: p[side] }));
  });
}

/** The job for the current values (index 0), then one per point, in order. */
export function sweepJobs(points: readonly SweepPoint[], conclusions: readonly Conclusion[], current: Readonly<Record<string, number>>, seeds = SWEEP_SEEDS): SampleJob[] {
  const paths = pathsFor(conclusions).map(pureSpec);
  const successor = conclusions.some((c) => c.successor);
  const job = (variant: Readonly<Record<string, number>>): SampleJob => ({ paths, variant, firstSeed: FIRST_SEED, runs: seeds, scores: CONCLUSION_SCORES, lastYear: CONCLUSIONS_LAST_YEAR, successor });
  return [job(current), ...points.map((p) => job({ ...current, [p.name]: p.value }))];
}

export type TornadoEnd = { readonly value: number; readonly result: ConclusionResult };

export type TornadoRow = {
  readonly name: string;
  readonly current: number;
  readonly min: TornadoEnd | null;
  readonly max: TornadoEnd | null;
  /** Largest distance of either end's margin from the current margin. */
  readonly swing: number;
  /** The value where the margin crosses zero, by linear interpolation, when an end lies on the other side of it. */
  readonly flipsAt: number | null;
};

export type Tornado = { readonly conclusion: ConclusionId; readonly base: ConclusionResult; readonly rows: readonly TornadoRow[] };

/** Where the margin, m0 at v0 and m1 at v1, crosses zero on the straight line between them; null if it does not. */
function crossing(v0: number, m0: number, v1: number, m1: number): number | null {
  if (m0 > 0 === m1 > 0) return null;
  return v0 + ((v1 - v0) * m0) / (m0 - m1);
}

/** One conclusion's tornado from the sweep's samples (`runs[0]` at the current values, then one per point). */
export function tornado(conclusion: Conclusion, points: readonly SweepPoint[], runs: readonly Samples[], current: Readonly<Record<string, number>>, parameters: readonly LabParameter[]): Tornado {
  const baseRun = runs[0];
  if (!baseRun) throw new Error('the sweep has no run at the current values');
  const base = judge(conclusion, baseRun);
  const rows = parameters.flatMap((p): TornadoRow[] => {
    const now = current[p.name] ?? p.standard;
    const end = (side: Side): TornadoEnd | null => {
      const i = points.findIndex((x) => x.name === p.name && x.side === side);
      const samples = runs[i + 1];
      return i < 0 || !samples ? null : { value: p[side], result: judge(conclusion, samples) };
    };
    const min = end('min');
    const max = end('max');
    if (!min && !max) return [];
    const swing = Math.max(...[min, max].map((e) => (e ? Math.abs(e.result.margin - base.margin) : 0)));
    const flips = [min, max].map((e) => (e ? crossing(now, base.margin, e.value, e.result.margin) : null)).filter((v): v is number => v !== null);
    // Of two crossings (the margin crosses zero on both sides), the nearer to the current value.
    const flipsAt = flips.sort((a, b) => Math.abs(a - now) - Math.abs(b - now))[0] ?? null;
    return [{ name: p.name, current: now, min, max, swing, flipsAt }];
  });
  rows.sort((a, b) => b.swing - a.swing);
  return { conclusion: conclusion.id, base, rows };
}

/** For a summary across conclusions: how many conclusions each parameter can flip, most first. */
export function flipCounts(tornadoes: readonly Tornado[]): { readonly name: string; readonly conclusions: readonly ConclusionId[] }[] {
  const by = new Map<string, ConclusionId[]>();
  for (const t of tornadoes) for (const r of t.rows) if (r.flipsAt !== null) by.set(r.name, [...(by.get(r.name) ?? []), t.conclusion]);
  return [...by.entries()].map(([name, conclusions]) => ({ name, conclusions })).sort((a, b) => b.conclusions.length - a.conclusions.length || a.name.localeCompare(b.name));
}
