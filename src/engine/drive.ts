// One way to move a game: a record (the set-up, the player's decisions, their answers to events) driven through the
// phases — choosing → playing → event → term-end → … → finished — taking the one action each phase allows. Replays,
// run codes, saves, ghost runs, Monte Carlo and the debrief all play games through drive(); recordOf() reads the
// record back from a state. The game stays in working form (a Sim) throughout and becomes a GameState once, at the
// end; step() runs the same code one action at a time, so both give the same bytes.
import { createGame } from './create-game.ts';
import type { Scenario } from './scenario-types.ts';
import { Sim, toState } from './sim.ts';
import { answerKey, type GameRecord } from './record.ts';
import { applyAction } from './step.ts';
import type { Action, GameSetup, GameState, Result, RuleViolation } from './types.ts';

/** Where to stop before the game finishes. Without any, drive() plays to the end. */
export type DriveOptions = {
  /** Take at most this many actions (the point a save was made). */
  readonly steps?: number;
  /** Stop as soon as term `stopAtTerm` has begun, before any action in it (its decision, if the player makes it, included). */
  readonly stopAtTerm?: number;
  /** Stop when the current term is over, before closing it. */
  readonly stopAtTermEnd?: boolean;
  /** Stop once this year is resolved (and its events answered), before the next year or term. */
  readonly throughYear?: number;
  /** Hears each action as it is taken, in order. */
  readonly onAction?: (action: Action) => void;
};

const NO_LIMITS: DriveOptions = {};
const ADVANCE: Action = { type: 'year/advanced' };
const CLOSE: Action = { type: 'term/closed' };
/** More actions than any game has: a record that never finishes is a bug, not a long game. */
const MAX_ACTIONS = 10_000;

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
}

/** A fresh game in working form. */
export function newSim(scenario: Scenario, setup: GameSetup): Sim {
  return new Sim(scenario, createGame(scenario, setup), true);
}

/**
 * Moves a game in working form through its phases: `decisions` for the terms still to choose, in order; answers by
 * `year:eventId`, else the event's default. Returns why it stopped early (and the game stays where it was refused),
 * or null when it finished or reached a stop in `options`.
 */
export function drive(sim: Sim, moves: Pick<GameRecord, 'decisions' | 'answers'>, options: DriveOptions = NO_LIMITS): RuleViolation | null {
  const { decisions, answers } = moves;
  const events = sim.c.scenario.events;
  const eventIndex = sim.c.eventIndex;
  const anyAnswers = hasKeys(answers);
  const limit = options.steps ?? -1;
  const stopAtTerm = options.stopAtTerm ?? -1;
  const stopAtTermEnd = options.stopAtTermEnd === true;
  const throughYear = options.throughYear ?? Number.POSITIVE_INFINITY;
  const onAction = options.onAction;
  let next = 0;
  let taken = 0;
  while (sim.phase !== 'finished') {
    if (taken === limit || sim.termIndex === stopAtTerm || (sim.year >= throughYear && sim.phase !== 'event')) return null;
    if (taken >= MAX_ACTIONS) return { code: 'no-progress', message: 'The game did not finish.' };
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
        action = ADVANCE;
        break;
      case 'term-end':
        if (stopAtTermEnd) return null;
        action = CLOSE;
        break;
      case 'event': {
        const waiting = sim.pendingEvents[0];
        if (!waiting) return { code: 'no-event', message: 'No event is waiting for an answer.' };
        const answer = (anyAnswers ? answers[answerKey(waiting.year, waiting.id)] : undefined) ?? events[eventIndex.get(waiting.id) ?? -1]?.choice?.default;
        if (!answer) return { code: 'no-answer', message: `No answer for ${waiting.id} in ${waiting.year}.` };
        action = { type: 'event/answered', choice: answer };
        break;
      }
    }
    const error = applyAction(sim, action);
    if (error) return error;
    taken++;
    onAction?.(action);
  }
  if (next < decisions.length) return { code: 'extra-decisions', message: `${decisions.length} decisions given, ${next} terms to decide.` };
  return null;
}

/** Plays a record from the start: the whole game, or up to a stop in `options`. */
export function play(scenario: Scenario, record: GameRecord, options?: DriveOptions): Result<GameState, RuleViolation> {
  const sim = newSim(scenario, record.setup);
  const error = drive(sim, record, options);
  return error ? { ok: false, error } : { ok: true, value: toState(sim) };
}
