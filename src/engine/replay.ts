// A game is its set-up plus its actions: replaying them gives the same state, bit for bit.
import { createGame } from './create-game.ts';
import type { Scenario } from './scenario-types.ts';
import { step } from './step.ts';
import type { Action, GameSetup, GameState, Result, RuleViolation } from './types.ts';

export function replay(scenario: Scenario, setup: GameSetup, actions: readonly Action[]): Result<GameState, RuleViolation> {
  let state = createGame(scenario, setup);
  for (const action of actions) {
    const next = step(state, action, scenario);
    if (!next.ok) return next;
    state = next.value;
  }
  return { ok: true, value: state };
}

/** What the player decides at the start of a term they govern. */
export type Decision = Omit<Extract<Action, { type: 'strategy/chosen' }>, 'type'>;

/** Answers to events that ask the player, keyed `year:eventId`; unanswered events take their default. */
export type EventAnswers = Readonly<Record<string, string>>;

/**
 * Plays a whole game from the player's decisions alone, advancing years and closing terms as a player would.
 * Returns the actions taken, so the game can be replayed or shared.
 */
export function playDecisions(
  scenario: Scenario,
  setup: GameSetup,
  decisions: readonly Decision[],
  answers: EventAnswers = {},
): Result<{ state: GameState; actions: Action[] }, RuleViolation> {
  let state = createGame(scenario, setup);
  const actions: Action[] = [];
  let next = 0;
  for (let guard = 0; state.phase !== 'finished'; guard++) {
    if (guard > 10_000) return { ok: false, error: { code: 'no-progress', message: 'The game did not finish.' } };
    const action = nextAction(state, scenario, decisions[next], answers);
    if (!action) return { ok: false, error: { code: 'missing-decision', message: `No decision for term ${state.termIndex + 1}.` } };
    if (action.type === 'strategy/chosen') next++;
    const result = step(state, action, scenario);
    if (!result.ok) return result;
    state = result.value;
    actions.push(action);
  }
  if (next < decisions.length) {
    return { ok: false, error: { code: 'extra-decisions', message: `${decisions.length} decisions given, ${next} terms to decide.` } };
  }
  return { ok: true, value: { state, actions } };
}

function nextAction(state: GameState, scenario: Scenario, decision: Decision | undefined, answers: EventAnswers): Action | null {
  switch (state.phase) {
    case 'choosing':
      return decision ? { type: 'strategy/chosen', ...decision } : null;
    case 'playing':
      return { type: 'year/advanced' };
    case 'term-end':
      return { type: 'term/closed' };
    case 'event': {
      const waiting = state.pendingEvents[0];
      const def = scenario.events.find((e) => e.id === waiting?.id);
      const answer = answers[`${waiting?.year}:${waiting?.id}`] ?? def?.choice?.default;
      return answer ? { type: 'event/answered', choice: answer } : null;
    }
    default:
      return null;
  }
}

/** How many terms of this set-up the player decides. */
export function playerTermCount(scenario: Scenario, setup: GameSetup): number {
  return setup.succession === 'model' ? 1 : scenario.terms.length;
}
