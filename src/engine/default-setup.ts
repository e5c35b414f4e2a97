import type { Scenario } from './scenario-types.ts';
import type { GameSetup } from './types.ts';

/** The set-up a player gets without choosing anything: the scenario's default theory and US posture. */
export function defaultSetup(scenario: Scenario, overrides: Partial<GameSetup> = {}): GameSetup {
  return {
    seed: 1,
    start: '2012',
    theory: scenario.defaultTheory,
    usPosture: scenario.defaultUsPosture,
    succession: 'player',
    allowedOptions: [],
    randomEvents: true,
    twoTeam: false,
    ...overrides,
  };
}
