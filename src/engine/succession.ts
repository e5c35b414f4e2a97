// The succession model: who follows a president, and which course the successor takes, drawn with the game's seed.
import { compileScenario } from './compile.ts';
import type { EvalContext } from './expressions.ts';
import { termStartScores } from './facts.ts';
import { paramsFor } from './params.ts';
import type { Scenario } from './scenario-types.ts';
import type { GameState } from './types.ts';

/** What a successor sees when the outgoing term ends: its results, its strategy and party. */
function successionContext(state: GameState, scenario: Scenario, party: string): EvalContext {
  const outgoing = [...state.terms].reverse().find((t) => t.decision !== null && t.index < state.termIndex);
  const closed = { ...state, termIndex: outgoing?.index ?? state.termIndex };
  return {
    scores: state.scores,
    calendar: {
      year: state.year,
      term: state.termIndex + 1,
      yearOfTerm: 0,
      strategy: 'none',
      option: 'none',
      party,
      posture: state.lastPosture,
      previousPosture: state.lastPosture,
      postureChanged: false,
      yearsInStrategy: state.yearsInStrategy,
      prologue: false,
      previousStrategy: outgoing?.decision?.strategy ?? state.lastStrategy ?? 'none',
      previousParty: outgoing?.decision?.party ?? 'none',
    },
    theory: state.setup.theory,
    usPosture: state.setup.usPosture,
    levers: [],
    flags: state.flags,
    eventCounts: state.eventCounts,
    eventLastYear: state.eventLastYear,
    termStart: termStartScores(closed),
    params: paramsFor(scenario, state.setup),
    random: {},
  };
}

function pick(weighted: readonly (readonly [string, number])[], u: number): string | null {
  const total = weighted.reduce((s, [, w]) => s + Math.max(0, w), 0);
  if (!(total > 0)) return null;
  let acc = 0;
  for (const [id, w] of weighted) {
    acc += Math.max(0, w) / total;
    if (u < acc) return id;
  }
  return weighted[weighted.length - 1]?.[0] ?? null;
}

export function drawParty(state: GameState, scenario: Scenario, u: number): string {
  const ctx = successionContext(state, scenario, 'none');
  const chosen = pick(compileScenario(scenario, paramsFor(scenario, state.setup)).successionParty.map(([id, e]) => [id, e(ctx)] as const), u);
  return chosen ?? scenario.parties[0]?.id ?? 'none';
}

/** The successor's strategy weights, normalised: also used to show how likely each course is. */
export function successorOdds(state: GameState, scenario: Scenario, party: string): (readonly [string, number])[] {
  const compiled = compileScenario(scenario, paramsFor(scenario, state.setup));
  const ctx = successionContext(state, scenario, party);
  const allowed = state.setup.allowedOptions;
  const weights = compiled.successionStrategy
    .filter(([id]) => allowed.length === 0 || allowed.includes(compiled.strategies.get(id)?.optionId ?? ''))
    .map(([id, e]) => [id, Math.max(0, e(ctx))] as const);
  const total = weights.reduce((s, [, w]) => s + w, 0);
  return total > 0 ? weights.map(([id, w]) => [id, w / total] as const) : weights;
}

export function drawSuccessorStrategy(state: GameState, scenario: Scenario, party: string, u: number): string {
  return pick(successorOdds(state, scenario, party), u) ?? state.lastStrategy ?? scenario.options[0]?.variants[0]?.id ?? 'A';
}
