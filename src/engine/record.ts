// A game as its player made it — the set-up, their decisions, their answers to events — and how to read it back
// from a state. Plain data and small functions: saves are written with it on the start path, before the engine loads.
import type { Action, GameSetup, GameState } from './types.ts';

/** What the player decides at the start of a term they govern. */
export type Decision = Omit<Extract<Action, { type: 'strategy/chosen' }>, 'type'>;

/** Answers to events that ask the player, keyed `year:eventId` (see answerKey); unanswered events take their default. */
export type EventAnswers = Readonly<Record<string, string>>;

/**
 * A game as its player made it. With the scenario it gives the game back bit for bit: saves, run codes and the
 * debrief all keep this. `decisions` are those of the terms the player governs, in order; a party is given only when
 * the player chose it (otherwise the election draws it).
 */
export type GameRecord = { readonly setup: GameSetup; readonly decisions: readonly Decision[]; readonly answers: EventAnswers };

export function answerKey(year: number, eventId: string): string {
  return `${year}:${eventId}`;
}

/** The record behind a game, read back from its state: playing it gives the same state. */
export function recordOf(state: GameState): GameRecord {
  const decisions: Decision[] = [];
  for (const t of state.terms) {
    const d = t.decision;
    if (!d || d.by !== 'player') continue;
    decisions.push({
      strategy: d.strategy,
      ...(d.partyChosen === true ? { party: d.party } : {}),
      ...(d.levers.length > 0 ? { levers: d.levers } : {}),
      ...(d.rationale !== undefined ? { rationale: d.rationale } : {}),
      ...(d.forecast !== undefined ? { forecast: d.forecast } : {}),
    });
  }
  const answers: Record<string, string> = {};
  for (const r of state.history) for (const e of r.events) if (e.choice !== undefined) answers[answerKey(r.year, e.id)] = e.choice;
  return { setup: state.setup, decisions, answers };
}

/** How many actions led to a state: drive a record with this many steps and it stops exactly there. */
export function stepsOf(state: GameState): number {
  let steps = state.history.length + state.termIndex + (state.phase === 'finished' ? 1 : 0);
  for (const t of state.terms) if (t.decision?.by === 'player') steps++;
  for (const r of state.history) for (const e of r.events) if (e.choice !== undefined) steps++;
  return steps;
}
