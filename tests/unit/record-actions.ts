// The actions a game's record takes, one per step, as step() applies them: for tests that compare a driven game
// with one stepped action by action.
import { play, type Action, type GameRecord, type Result, type RuleViolation, type Scenario } from '../../src/engine/index.ts';

export function actionsOf(scenario: Scenario, record: GameRecord, steps?: number): Result<Action[], RuleViolation> {
  const actions: Action[] = [];
  const played = play(scenario, record, { onAction: (a) => actions.push(a), ...(steps !== undefined ? { steps } : {}) });
  return played.ok ? { ok: true, value: actions } : played;
}
