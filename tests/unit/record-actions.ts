// The actions a game's record takes, one per step, as step() applies them: for tests that compare a driven game
// with one stepped action by action.
import { createGame, play, step, type Action, type GameRecord, type GameSetup, type GameState, type Result, type RuleViolation, type Scenario } from '../../src/engine/index.ts';

export function actionsOf(scenario: Scenario, record: GameRecord, steps?: number): Result<Action[], RuleViolation> {
  const actions: Action[] = [];
  const played = play(scenario, record, { onAction: (a) => actions.push(a), ...(steps !== undefined ? { steps } : {}) });
  return played.ok ? { ok: true, value: actions } : played;
}

/** A fresh game stepped through `actions` one by one with step(), as the browser plays it. */
export function stepThrough(scenario: Scenario, setup: GameSetup, actions: readonly Action[]): GameState {
  let state = createGame(scenario, setup);
  for (const action of actions) {
    const next = step(state, action, scenario);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  }
  return state;
}
