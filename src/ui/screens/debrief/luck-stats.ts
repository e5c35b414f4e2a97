// Numbers for luck versus choice: histogram bins, spreads, and how much of the variation the choice of path explains.
import { spreadOf, type Spread } from '../../../engine/index.ts';
import type { LuckPathResult } from '../../../workers/luck-protocol.ts';
import type { Outcome } from './outcomes.ts';

export type Bin = { readonly from: number; readonly to: number; readonly count: number };

/** Equal-width bins over [min, max]; values at max fall in the last bin. */
export function histogram(values: readonly number[], bins = 20, min = 0, max = 100): Bin[] {
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor((v - min) / width)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: min + i * width, to: min + (i + 1) * width, count }));
}

export type PathSummary = { readonly id: string; readonly spread: Spread; readonly n: number };

export function summarize(id: string, finals: readonly number[]): PathSummary {
  return { id, spread: spreadOf(finals), n: finals.length };
}

/**
 * Of the total variance of final scores pooled over all paths, the share between the paths' means (the choice)
 * and the share within each path (the draw). Shares add up to 1.
 */
export function varianceShares(groups: readonly (readonly number[])[]): { choice: number; luck: number } {
  const all = groups.flat();
  if (all.length === 0) return { choice: 0, luck: 0 };
  const mean = all.reduce((s, v) => s + v, 0) / all.length;
  let between = 0;
  let within = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    const m = g.reduce((s, v) => s + v, 0) / g.length;
    between += g.length * (m - mean) ** 2;
    for (const v of g) within += (v - m) ** 2;
  }
  const total = between + within;
  return total === 0 ? { choice: 0, luck: 0 } : { choice: between / total, luck: within / total };
}

/** Where a value falls among sorted values, as a share of runs at or below it (0–1). */
export function percentileOf(values: readonly number[], value: number): number {
  if (values.length === 0) return 0;
  return values.filter((v) => v <= value + 1e-9).length / values.length;
}

/** One outcome over a path's runs, in seed order: final values, or each run's sum over its years. */
export function outcomeRuns(result: Pick<LuckPathResult, 'finals' | 'totals'>, outcome: Outcome): readonly number[] {
  return (outcome.take === 'total' ? result.totals : result.finals)[outcome.def.id] ?? [];
}

/** What a luck request must ask each run for, so every outcome can be read (see outcomeRuns). */
export function outcomeRequest(outcomes: readonly Outcome[]): { finals: string[]; totals: string[] } {
  const ids = (take: Outcome['take']) => [...new Set(outcomes.filter((o) => o.take === take).map((o) => o.def.id))];
  return { finals: ids('final'), totals: ids('total') };
}
