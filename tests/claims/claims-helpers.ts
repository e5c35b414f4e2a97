// Shared tools for the claims tests: paired Monte Carlo runs over the same seeds for each arm.
import { defaultSetup, play, type Decision, type GameSetup, type GameState, type Scenario, type YearRecord } from '../../src/engine/index.ts';
import { realScenario } from '../unit/load-test-scenario.ts';

export const scenario: Scenario = realScenario();
export const SEEDS = 300;
export const FIRST_SEED = 1000;

export type Arm = { readonly decisions: readonly (string | Decision)[]; readonly setup?: Partial<GameSetup> };

const cache = new Map<string, GameState[]>();

/** Plays an arm over SEEDS consecutive seeds (the same seeds for every arm, so comparisons are paired). */
export function games(arm: Arm, seeds = SEEDS): GameState[] {
  const key = JSON.stringify([arm, seeds]);
  const hit = cache.get(key);
  if (hit) return hit;
  const decisions = arm.decisions.map((d) => (typeof d === 'string' ? { strategy: d } : d));
  const out: GameState[] = [];
  for (let i = 0; i < seeds; i++) {
    const setup = defaultSetup(scenario, { ...arm.setup, seed: FIRST_SEED + i });
    const played = play(scenario, { setup, decisions, answers: {} });
    if (!played.ok) throw new Error(played.error.message);
    out.push(played.value);
  }
  cache.set(key, out);
  return out;
}

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function at(state: GameState, year: number): YearRecord {
  const r = state.history.find((h) => h.year === year);
  if (!r) throw new Error(`no year ${year}`);
  return r;
}

/** A score at the end of `year`, or at the start of the game when `year` is the year before the first. */
export function scoreAt(state: GameState, year: number, score: string): number {
  const firstYear = state.history[0]?.year ?? 0;
  if (year === firstYear - 1) return state.initialScores[score] ?? Number.NaN;
  return at(state, year).scores[score] ?? Number.NaN;
}

export const meanAt = (states: readonly GameState[], year: number, score: string) => mean(states.map((s) => scoreAt(s, year, score)));

export function meanOver(states: readonly GameState[], from: number, to: number, score: string): number {
  return mean(states.map((s) => mean(s.history.filter((h) => h.year >= from && h.year <= to).map((h) => h.scores[score] ?? 0))));
}

/** Sum of the deltas one factor (or rule prefix) gave a score in a year range. */
export function contribution(state: GameState, score: string, match: (c: YearRecord['changes'][number]) => boolean, from = 0, to = 9999): number {
  let sum = 0;
  for (const r of state.history) if (r.year >= from && r.year <= to) for (const c of r.changes) if (c.target === score && match(c)) sum += c.delta;
  return sum;
}

export const eventsOfFactor = (factor: string) => scenario.events.filter((e) => e.factor === factor).map((e) => e.id);

export function happened(state: GameState, ids: readonly string[], from = 0, to = 9999): number[] {
  return state.history.filter((r) => r.year >= from && r.year <= to && r.events.some((e) => ids.includes(e.id))).map((r) => r.year);
}
