// Plays the pure paths a set of conclusions (or the lab's table) needs over the same seeds, in one thread: what a
// lab worker does for one chunk, and what the Node tests and benches call directly.
import { defaultSetup, sampleGames, type GameSetup, type Scenario } from '../engine/index.ts';
import type { Samples } from './samples.ts';

export type PathSpec = { readonly id: string; readonly strategies: readonly string[] };

export type SampleJob = {
  readonly paths: readonly PathSpec[];
  readonly variant: Readonly<Record<string, number>>;
  readonly firstSeed: number;
  readonly runs: number;
  readonly scores: readonly string[];
  readonly lastYear?: number | undefined;
  readonly successor?: boolean | undefined;
};

export const pureSpec = (id: string): PathSpec => ({ id, strategies: [id, id, id] });

export function setupFor(scenario: Scenario, variant: Readonly<Record<string, number>>, seed: number): GameSetup {
  return defaultSetup(scenario, Object.keys(variant).length > 0 ? { seed, variant } : { seed });
}

export function playSamples(scenario: Scenario, job: SampleJob): Samples {
  const setup = setupFor(scenario, job.variant, job.firstSeed);
  const options = { scores: job.scores, successor: job.successor === true, ...(job.lastYear !== undefined ? { lastYear: job.lastYear } : {}) };
  return Object.fromEntries(job.paths.map((p) => [p.id, sampleGames(scenario, setup, p.strategies.map((strategy) => ({ strategy })), job.runs, options)]));
}
