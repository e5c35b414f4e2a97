// A game is its set-up plus its actions: replaying them gives the same state, bit for bit.
// These loops keep the game in working form (a Sim) throughout and build the GameState once, at the end; step() runs
// the same code one action at a time.
import { createGame } from './create-game.ts';
import type { Scenario } from './scenario-types.ts';
import { Sim, toState } from './sim.ts';
import { applyAction } from './step.ts';
import type { Action, GameSetup, GameState, Result, RuleViolation } from './types.ts';

/** A fresh game in working form. */
export function newSim(scenario: Scenario, setup: GameSetup): Sim {
  return new Sim(scenario, createGame(scenario, setup), true);
}

export function replay(scenario: Scenario, setup: GameSetup, actions: readonly Action[]): Result<GameState, RuleViolation> {
  const sim = newSim(scenario, setup);
  for (const action of actions) {
    const error = applyAction(sim, action);
    if (error) return { ok: false, error };
  }
  return { ok: true, value: toState(sim) };
}

/** What the player decides at the start of a term they govern. */
export type Decision = Omit<Extract<Action, { type: 'strategy/chosen' }>, 'type'>;

/** Answers to events that ask the player, keyed `year:eventId`; unanswered events take their default. */
export type EventAnswers = Readonly<Record<string, string>>;

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
}

/**
 * Plays a game in working form from the player's decisions alone, advancing years and closing terms as a player
 * would; appends the actions taken to `actions` when given. Returns why it stopped early, or null when it finished.
 */
export function playSim(sim: Sim, decisions: readonly Decision[], answers: EventAnswers, actions: Action[] | null): RuleViolation | null {
  const scenario = sim.c.scenario;
  const eventIndex = sim.c.eventIndex;
  const anyAnswers = hasKeys(answers);
  let next = 0;
  for (let guard = 0; sim.phase !== 'finished'; guard++) {
    if (guard > 10_000) return { code: 'no-progress', message: 'The game did not finish.' };
    let action: Action;
    switch (sim.phase) {
      case 'choosing': {
        const decision = decisions[next];
        if (!decision) return { code: 'missing-decision', message: `No decision for term ${sim.termIndex + 1}.` };
        action = { type: 'strategy/chosen', ...decision };
        next++;
        break;
      }
      case 'playing':
        action = { type: 'year/advanced' };
        break;
      case 'term-end':
        action = { type: 'term/closed' };
        break;
      case 'event': {
        const waiting = sim.pendingEvents[0];
        const def = waiting ? scenario.events[eventIndex.get(waiting.id) ?? -1] : undefined;
        const answer = (anyAnswers ? answers[`${waiting?.year}:${waiting?.id}`] : undefined) ?? def?.choice?.default;
        if (!answer) return { code: 'missing-decision', message: `No decision for term ${sim.termIndex + 1}.` };
        action = { type: 'event/answered', choice: answer };
        break;
      }
    }
    const error = applyAction(sim, action);
    if (error) return error;
    actions?.push(action);
  }
  if (next < decisions.length) return { code: 'extra-decisions', message: `${decisions.length} decisions given, ${next} terms to decide.` };
  return null;
}

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
  const sim = newSim(scenario, setup);
  const actions: Action[] = [];
  const error = playSim(sim, decisions, answers, actions);
  if (error) return { ok: false, error };
  return { ok: true, value: { state: toState(sim), actions } };
}

/** How many terms of this set-up the player decides. */
export function playerTermCount(scenario: Scenario, setup: GameSetup): number {
  return setup.succession === 'model' ? 1 : scenario.terms.length;
}
