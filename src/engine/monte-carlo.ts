// Many games with the same decisions and consecutive seeds: the spread that luck alone produces.
import { drive, newSim } from './drive.ts';
import type { Decision, GameRecord } from './record.ts';
import { toState } from './sim.ts';
import { numbers, readRecord } from './slots.ts';
import type { Scenario } from './scenario-types.ts';
import type { GameSetup, GameState, TermState } from './types.ts';

export type Spread = { readonly mean: number; readonly p10: number; readonly p50: number; readonly p90: number };

export type MonteCarloResult = {
  readonly runs: number;
  readonly final: Readonly<Record<string, Spread>>;
  /** Mean of each score per year. */
  readonly byYear: readonly { readonly year: number; readonly mean: Readonly<Record<string, number>> }[];
  /** Final value of each score for each run, in seed order. */
  readonly finals: Readonly<Record<string, readonly number[]>>;
  /** Each score summed over the game's years (all of them, a prologue's too) for each run, in seed order: for a score counted per year, the game's total. */
  readonly totals: Readonly<Record<string, readonly number[]>>;
  /** Per term, who governed: each party's share of the runs, and how often the party in office kept the presidency. */
  readonly terms: readonly TermShares[];
};

export type TermShares = {
  readonly startYear: number;
  readonly parties: Readonly<Record<string, number>>;
  /** Share of runs in which this term's party is the previous term's; null for a term with no previous one. */
  readonly incumbentKept: number | null;
};

function termShares(games: readonly (readonly TermState[])[]): TermShares[] {
  const first = games[0];
  if (!first) return [];
  return first.map((t, i) => {
    const parties: Record<string, number> = {};
    let kept = 0;
    for (const terms of games) {
      const party = terms[i]?.decision?.party ?? 'none';
      parties[party] = (parties[party] ?? 0) + 1 / games.length;
      if (i > 0 && party === terms[i - 1]?.decision?.party) kept++;
    }
    return { startYear: t.startYear, parties, incumbentKept: i === 0 ? null : kept / games.length };
  });
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
  return { mean, p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
}

export function monteCarlo(
  scenario: Scenario,
  setup: GameSetup,
  decisions: readonly Decision[],
  runs: number,
  onGame?: (state: GameState, index: number) => void,
): MonteCarloResult {
  const ids = scenario.scores.map((s) => s.id);
  const finals: Record<string, number[]> = Object.fromEntries(ids.map((id) => [id, []]));
  const finalLists = ids.map((id) => finals[id] as number[]);
  const totals: Record<string, number[]> = Object.fromEntries(ids.map((id) => [id, []]));
  const totalLists = ids.map((id) => totals[id] as number[]);
  const total = numbers(ids.length, 0);
  const sums = new Map<number, number[]>();
  const row = numbers(ids.length, 0);
  // Luck alone: the same decisions for every seed, events answered with their defaults.
  const moves: Pick<GameRecord, 'decisions' | 'answers'> = { decisions, answers: {} };
  const who: (readonly TermState[])[] = [];
  for (let i = 0; i < runs; i++) {
    const sim = newSim(scenario, { ...setup, seed: setup.seed + i });
    // Without a callback nobody sees the games, so their records skip the ledger; every score is the same.
    sim.ledger = onGame !== undefined;
    const error = drive(sim, moves);
    if (error) throw new Error(error.message);
    const state = toState(sim);
    onGame?.(state, i);
    who.push(state.terms);
    readRecord(state.scores, ids, row);
    for (let k = 0; k < ids.length; k++) (finalLists[k] as number[]).push(row[k] as number);
    total.fill(0);
    for (const record of state.history) {
      let sum = sums.get(record.year);
      if (!sum) sums.set(record.year, (sum = numbers(ids.length, 0)));
      readRecord(record.scores, ids, row);
      for (let k = 0; k < ids.length; k++) {
        sum[k] = (sum[k] as number) + (row[k] as number);
        total[k] = (total[k] as number) + (row[k] as number);
      }
    }
    for (let k = 0; k < ids.length; k++) (totalLists[k] as number[]).push(total[k] as number);
  }
  return {
    runs,
    final: Object.fromEntries(ids.map((id) => [id, spreadOf(finals[id] ?? [])])),
    byYear: [...sums.entries()].map(([year, sum]) => ({
      year,
      mean: Object.fromEntries(ids.map((id, k) => [id, (sum[k] as number) / runs])),
    })),
    finals,
    totals,
    terms: termShares(who),
  };
}
