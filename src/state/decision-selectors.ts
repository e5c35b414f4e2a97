// Who decided each term and how: the party (chosen, drawn by the election, or the succession model's), the US team's
// levers in two-team mode, and what the succession model decided for a term the player does not govern, with the odds
// it gave each course. Ids and numbers only; the screens word them.
import { replay, step, successorOdds, type Action, type GameState, type Scenario, type TermDecision, type TermState } from '../engine/index.ts';
import type { GameStore } from './store.ts';

/** How a term's party came about. */
export type PartySource = 'chosen' | 'election' | 'model' | 'history';

export type DecisionView = {
  readonly term: TermState;
  readonly decision: TermDecision;
  readonly partyBy: PartySource;
  readonly twoTeam: boolean;
};

export type SuccessionView = {
  /** The term the succession model decided. */
  readonly term: TermState;
  readonly decision: TermDecision;
  /** The model's probability for each strategy, in the scenario's order; empty if it could not be computed. */
  readonly odds: readonly (readonly [string, number])[];
};

/** Whether the party of a player-decided term was picked (the action names it) or drawn by the election. */
export function partySourceOf(game: GameState, actions: readonly Action[], term: TermState): PartySource {
  const decision = term.decision;
  if (!decision) return 'election';
  if (decision.by === 'history') return 'history';
  if (decision.by === 'model') return 'model';
  // Player decisions happen in order: the n-th player-decided term is the n-th 'strategy/chosen' action.
  const playerTerms = game.terms.filter((t) => t.decision?.by === 'player');
  const chosen = actions.filter((a): a is Extract<Action, { type: 'strategy/chosen' }> => a.type === 'strategy/chosen');
  const action = chosen[playerTerms.indexOf(term)];
  return action?.party !== undefined ? 'chosen' : 'election';
}

/** Memoizes on (scenario, game, actions): one entry, since there is one store. */
function fromSession<T>(derive: (scenario: Scenario, game: GameState, actions: readonly Action[]) => T): (s: GameStore) => T | null {
  let key: readonly unknown[] = [];
  let last: T | null = null;
  return (s) => {
    if (!s.scenario || !s.game) return null;
    if (key[0] !== s.scenario || key[1] !== s.game || key[2] !== s.actions) {
      key = [s.scenario, s.game, s.actions];
      last = derive(s.scenario, s.game, s.actions);
    }
    return last;
  };
}

/** The current term's decision, once made. */
export const selectDecisionView = fromSession((_scenario, game, actions): DecisionView | null => {
  const term = game.terms[game.termIndex];
  if (!term?.decision) return null;
  return { term, decision: term.decision, partyBy: partySourceOf(game, actions, term), twoTeam: game.setup.twoTeam };
});

function oddsAfterClose(closed: GameState, scenario: Scenario, party: string): readonly (readonly [string, number])[] {
  try {
    return successorOdds(closed, scenario, party);
  } catch {
    return [];
  }
}

/**
 * At the end of a term in one-term mode: what the succession model decides for the next term. Closing the term is
 * deterministic (its draws come from the game's seed), so the engine is stepped ahead here without changing the game.
 */
export const selectNextSuccession = fromSession((scenario, game): SuccessionView | null => {
  if (game.phase !== 'term-end' || game.setup.succession !== 'model') return null;
  const result = step(game, { type: 'term/closed' }, scenario);
  if (!result.ok) return null;
  const closed = result.value;
  const term = closed.terms[closed.termIndex];
  if (closed.phase === 'finished' || !term?.decision || term.decision.by !== 'model') return null;
  return { term, decision: term.decision, odds: oddsAfterClose(closed, scenario, term.decision.party) };
});

/** The odds as they stood right after a term closed: replayed once per closing action, not once per year. */
let oddsCache: { scenario: Scenario; close: Action; odds: readonly (readonly [string, number])[] } | null = null;

/** During a term the succession model decided: that decision, and the odds as they stood when the previous term closed. */
export const selectModelSuccession = fromSession((scenario, game, actions): SuccessionView | null => {
  const term = game.terms[game.termIndex];
  if (!term?.decision || term.decision.by !== 'model') return null;
  // The state right after the previous term closed: replay the actions up to the term/closed that opened this term.
  let closes = 0;
  const upTo = actions.findIndex((a) => a.type === 'term/closed' && ++closes === game.termIndex);
  const close = actions[upTo];
  if (!close) return { term, decision: term.decision, odds: [] };
  if (oddsCache?.scenario !== scenario || oddsCache.close !== close) {
    const result = replay(scenario, game.setup, actions.slice(0, upTo + 1));
    oddsCache = { scenario, close, odds: result.ok ? oddsAfterClose(result.value, scenario, term.decision.party) : [] };
  }
  return { term, decision: term.decision, odds: oddsCache.odds };
});
