// The pure paths beside a finished game: the same set-up and seed, one strategy in every term the player chose, and
// the player's own answers wherever the same event comes up in the same year (defaults otherwise). Parties and US
// levers the player picked are kept, so only the strategy differs. A path the rules refuse is left out.
import { play } from './drive.ts';
import type { GameRecord } from './record.ts';
import type { Scenario } from './scenario-types.ts';
import type { GameState } from './types.ts';

export type PurePath = { readonly strategy: string; readonly game: GameState };

export function purePaths(scenario: Scenario, record: GameRecord, strategies: readonly string[]): PurePath[] {
  if (record.decisions.length === 0) return [];
  const paths: PurePath[] = [];
  for (const strategy of strategies) {
    const decisions = record.decisions.map(({ rationale: _r, forecast: _f, ...kept }) => ({ ...kept, strategy }));
    const played = play(scenario, { setup: record.setup, decisions, answers: record.answers });
    if (played.ok) paths.push({ strategy, game: played.value });
  }
  return paths;
}
