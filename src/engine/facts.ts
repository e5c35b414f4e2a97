// The facts a rule can read in a given year: scores, the calendar, the strategy and its phase, flags and history.
import type { Scalar } from './scenario-types.ts';
import type { GameState, TermDecision } from './types.ts';

export type YearContext = {
  readonly year: number;
  readonly term: number;
  readonly yearOfTerm: number;
  readonly decision: TermDecision;
  readonly optionId: string;
  readonly posture: string;
  readonly previousPosture: string;
  readonly yearsInStrategy: number;
  readonly prologue: boolean;
};

export function buildFacts(state: GameState, y: YearContext): Record<string, Scalar> {
  const facts: Record<string, Scalar> = { ...state.scores };
  facts['year'] = y.year;
  facts['term'] = y.term;
  facts['yearOfTerm'] = y.yearOfTerm;
  facts['strategy'] = y.decision.strategy;
  facts['option'] = y.optionId;
  facts['party'] = y.decision.party;
  facts['posture'] = y.posture;
  facts['previousPosture'] = y.previousPosture;
  facts['postureChanged'] = y.posture !== y.previousPosture;
  facts['yearsInStrategy'] = y.yearsInStrategy;
  facts['prologue'] = y.prologue;
  facts['theory'] = state.setup.theory;
  facts['usPosture'] = state.setup.usPosture;
  for (const lever of y.decision.levers) facts[`lever:${lever}`] = true;
  for (const [flag, setIn] of Object.entries(state.flags)) {
    facts[`flag:${flag}`] = true;
    facts[`since:${flag}`] = y.year - setIn;
  }
  for (const [id, [times, last]] of Object.entries(state.eventLog)) {
    facts[`count:${id}`] = times;
    facts[`eventSince:${id}`] = y.year - last;
  }
  return facts;
}

