// The context a rule reads in a given year: the start-of-year scores, the calendar, the strategy and its phase, flags and history.
import type { EvalContext, YearFacts } from './expressions.ts';
import type { GameState, Scores } from './types.ts';

/** Scores when the current term began. */
export function termStartScores(state: GameState): Readonly<Scores> {
  let startIndex = state.history.length;
  while (startIndex > 0 && state.history[startIndex - 1]?.term === state.termIndex) startIndex--;
  return startIndex === 0 ? state.initialScores : (state.history[startIndex - 1]?.scores ?? state.initialScores);
}

export function evalContext(
  state: GameState,
  calendar: YearFacts,
  levers: readonly string[],
  params: Readonly<Record<string, number>>,
  random: Readonly<Record<string, number>>,
): EvalContext {
  return {
    scores: state.scores,
    calendar,
    theory: state.setup.theory,
    usPosture: state.setup.usPosture,
    levers,
    flags: state.flags,
    eventCounts: state.eventCounts,
    eventLastYear: state.eventLastYear,
    termStart: termStartScores(state),
    params,
    random,
  };
}
