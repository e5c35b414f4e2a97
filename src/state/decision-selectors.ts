// Who decided each term and how: the party (chosen, drawn by the election, or the succession model's), the US team's
// levers in two-team mode, and what the succession model decided for a term the player does not govern, with the odds
// it gave each course. Ids and numbers only; the screens word them.
import { play, recordOf, step, successorOdds, type GameState, type Scenario, type TermDecision, type TermState } from '../engine/index.ts';
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

/** Whether the party of a term was picked by the player, drawn by the election, or set by history or the model. */
export function partySourceOf(term: TermState): PartySource {
  const decision = term.decision;
  if (!decision) return 'election';
  if (decision.by === 'history') return 'history';
  if (decision.by === 'model') return 'model';
  return decision.partyChosen === true ? 'chosen' : 'election';
}

/** Memoizes on (scenario, game): one entry, since there is one store. */
function fromSession<T>(derive: (scenario: Scenario, game: GameState) => T): (s: GameStore) => T | null {
  let key: readonly unknown[] = [];
  let last: T | null = null;
  return (s) => {
    if (!s.scenario || !s.game) return null;
    if (key[0] !== s.scenario || key[1] !== s.game) {
      key = [s.scenario, s.game];
      last = derive(s.scenario, s.game);
    }
    return last;
  };
}

/** The current term's decision, once made. */
export const selectDecisionView = fromSession((_scenario, game): DecisionView | null => {
  const term = game.terms[game.termIndex];
  if (!term?.decision) return null;
  return { term, decision: term.decision, partyBy: partySourceOf(term), twoTeam: game.setup.twoTeam };
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

/** The odds as they stood right after a term closed: replayed once per term, not once per year. */
let oddsCache: { scenario: Scenario; term: TermState; odds: readonly (readonly [string, number])[] } | null = null;

/** During a term the succession model decided: that decision, and the odds as they stood when the previous term closed. */
export const selectModelSuccession = fromSession((scenario, game): SuccessionView | null => {
  const term = game.terms[game.termIndex];
  if (!term?.decision || term.decision.by !== 'model') return null;
  if (oddsCache?.scenario !== scenario || oddsCache.term !== term) {
    // The game right after the previous term closed: its record played until this term began.
    const result = play(scenario, recordOf(game), { stopAtTerm: game.termIndex });
    oddsCache = { scenario, term, odds: result.ok && result.value.termIndex === game.termIndex ? oddsAfterClose(result.value, scenario, term.decision.party) : [] };
  }
  return { term, decision: term.decision, odds: oddsCache.odds };
});
