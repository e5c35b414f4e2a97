// "Your priorities": the player's result on each aim they ranked, placed among the pure paths played on the same seed
// (one strategy in every term the player chose). A lens on the player's own aims; it names no winning strategy.
import { purePaths, recordOf, strategyIds, type AimId, type GameState, type Scenario } from '../../../engine/index.ts';

/** How an aim is read from the scores the model already keeps, over the player's years (the first term on). */
export type AimMeasure = {
  readonly score: string;
  /** 'total': summed over the years; 'mean': averaged over them; 'end': the value in the last year. */
  readonly over: 'total' | 'mean' | 'end';
  readonly better: 'higher' | 'lower';
};

/**
 * The measures, named here until the content can carry them itself. Sovereignty is read as keeping the US military's
 * footprint small (joint training, exercises and operational contact); rule of law as how far police reform came,
 * the documents' way out of soldiers in policing roles with their human-rights charges. README "Your priorities".
 */
export const AIM_MEASURES: Readonly<Record<AimId, AimMeasure>> = {
  cooperation: { score: 'cooperation', over: 'mean', better: 'higher' },
  lives: { score: 'violence', over: 'total', better: 'lower' },
  support: { score: 'publicSupport', over: 'mean', better: 'higher' },
  sovereignty: { score: 'activities', over: 'mean', better: 'lower' },
  law: { score: 'policeCapacity', over: 'end', better: 'higher' },
};

export type AimReading = {
  readonly aim: AimId;
  /** 1 for the player's first aim. */
  readonly rank: number;
  readonly measure: AimMeasure;
  readonly value: number;
  /** 1 = best among the player's path and the pure paths; paths that do better push it down, ties share it. */
  readonly place: number;
  readonly tied: boolean;
  /** Every path's value, the player's first, for the table. */
  readonly values: readonly number[];
};

export type PrioritiesJudgement = {
  readonly readings: readonly AimReading[];
  /** The pure paths' strategies, in the order of each reading's `values` after the player's own. */
  readonly strategies: readonly string[];
  /** How many paths are compared: the player's and the pure ones. */
  readonly paths: number;
  /** The place averaged over the aims, weighted by rank (n for the first of n aims, down to 1 for the last). */
  readonly weightedPlace: number;
  readonly firstYear: number;
  readonly lastYear: number;
};

/** The value of one measure over a game's years from `firstYear` on; NaN when the game has none of those years. */
export function aimValue(game: GameState, measure: AimMeasure, firstYear: number): number {
  const years = game.history.filter((r) => r.year >= firstYear).map((r) => r.scores[measure.score] ?? Number.NaN);
  if (years.length === 0) return Number.NaN;
  if (measure.over === 'end') return years[years.length - 1] ?? Number.NaN;
  const total = years.reduce((sum, v) => sum + v, 0);
  return measure.over === 'total' ? total : total / years.length;
}

/** Place of `own` among `all` (which includes it): 1 + how many do strictly better. Values this close count as equal. */
export function placeAmong(own: number, all: readonly number[], better: AimMeasure['better']): { place: number; tied: boolean } {
  const epsilon = 1e-9 * Math.max(1, Math.abs(own));
  let ahead = 0;
  let equal = 0;
  for (const v of all) {
    if (Math.abs(v - own) <= epsilon) equal++;
    else if (better === 'higher' ? v > own : v < own) ahead++;
  }
  return { place: ahead + 1, tied: equal > 1 };
}

/** The judgement of a finished game against the player's ranking; null when they ranked no aims. */
export function judgePriorities(scenario: Scenario, game: GameState): PrioritiesJudgement | null {
  const priorities = game.setup.priorities;
  if (!priorities || priorities.length === 0) return null;
  const firstYear = scenario.start.firstYear;
  const lastYear = game.history[game.history.length - 1]?.year ?? firstYear;
  const known = new Set(scenario.scores.map((s) => s.id));
  const pure = purePaths(scenario, recordOf(game), strategyIds(scenario, game.setup.allowedOptions));
  const games = [game, ...pure.map((p) => p.game)];
  const readings: AimReading[] = [];
  priorities.forEach((aim, i) => {
    const measure = AIM_MEASURES[aim];
    if (!known.has(measure.score)) return;
    const values = games.map((g) => aimValue(g, measure, firstYear));
    const value = values[0] ?? Number.NaN;
    if (!Number.isFinite(value)) return;
    readings.push({ aim, rank: i + 1, measure, value, values, ...placeAmong(value, values, measure.better) });
  });
  if (readings.length === 0) return null;
  const n = priorities.length;
  let weights = 0;
  let weighted = 0;
  for (const r of readings) {
    const w = n + 1 - r.rank;
    weights += w;
    weighted += w * r.place;
  }
  return { readings, strategies: pure.map((p) => p.strategy), paths: games.length, weightedPlace: weighted / weights, firstYear, lastYear };
}
