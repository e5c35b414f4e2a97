// The trade-off view's numbers: the player's whole game and each pure path (one strategy for every sexenio the player
// chose) played on the player's seed, each as one row of outcomes.
import { monteCarlo, recordOf, strategyIds, type Decision, type GameState, type Scenario, type YearRecord } from '../../../engine/index.ts';
import { outcomeRow, type OutcomeRow } from './outcomes.ts';

export const YOURS = 'yours';

export type PurePath = { readonly strategy: string; readonly decisions: readonly Decision[] };

/** One decision per decision the player made, always the same strategy, for each strategy the set-up allows. */
export function purePaths(scenario: Scenario, game: GameState): PurePath[] {
  const made = recordOf(game).decisions;
  if (made.length === 0) return [];
  return strategyIds(scenario, game.setup.allowedOptions).map((strategy) => ({ strategy, decisions: made.map(() => ({ strategy })) }));
}

/** The player's game (id YOURS) first, then each pure path on the same seed, events answered with their defaults. */
export function tradeoffRows(scenario: Scenario, game: GameState): OutcomeRow[] {
  const paths = purePaths(scenario, game);
  if (paths.length === 0) return [];
  const pure = paths.map((p) => {
    let history: readonly YearRecord[] = [];
    monteCarlo(scenario, game.setup, p.decisions, 1, (state) => (history = state.history));
    return outcomeRow(scenario, p.strategy, history);
  });
  return [outcomeRow(scenario, YOURS, game.history), ...pure];
}

/** The years a game's totals cover, as "2013–2030". */
export function spanOf(game: GameState): string {
  const first = game.history[0]?.year;
  const last = game.history[game.history.length - 1]?.year;
  return first === undefined || last === undefined ? '' : `${first}–${last}`;
}

type Extreme = { readonly value: number; readonly id: string };

/** The lowest and highest of one number over the rows, with the row it belongs to (first one on a tie). */
export function extremes(rows: readonly OutcomeRow[], read: (row: OutcomeRow) => number | null): { low: Extreme; high: Extreme } | null {
  const known = rows.flatMap((r) => {
    const value = read(r);
    return value === null ? [] : [{ value, id: r.id }];
  });
  const first = known[0];
  if (!first) return null;
  let low = first;
  let high = first;
  for (const k of known) {
    if (k.value < low.value) low = k;
    if (k.value > high.value) high = k;
  }
  return { low, high };
}
