// The situation the current term begins in, read off a game: for cards and advisors that speak to it.
import type { GameState } from '../engine/index.ts';
import type { Situation } from './situation.ts';

export function situationOf(game: GameState): Situation {
  const forward = game.terms.filter((t) => !t.prologue);
  const current = game.terms[game.termIndex];
  const term = current ? forward.indexOf(current) + 1 : 1;
  const before = game.terms[game.termIndex - 1];
  return { term, previous: before?.decision?.strategy ?? null, scores: game.scores };
}
