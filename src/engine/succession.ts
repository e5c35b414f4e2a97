// The succession model: who follows a president, and which course the successor takes, drawn with the game's seed.
import { compileScenario } from './compile.ts';
import type { EvalContext } from './expressions.ts';
import { paramsFor } from './params.ts';
import type { Scalar, Scenario } from './scenario-types.ts';
import type { GameState } from './types.ts';

/** Facts at the end of a term, as the successor sees them. */
export function successionFacts(state: GameState): Record<string, Scalar> {
  const last = state.history[state.history.length - 1];
  const facts: Record<string, Scalar> = { ...state.scores };
  facts['year'] = state.year;
  facts['previousStrategy'] = last?.strategy ?? state.lastStrategy ?? 'none';
  facts['previousParty'] = last?.party ?? 'none';
  facts['previousPosture'] = last?.posture ?? state.lastPosture;
  const firstIndex = state.history.findIndex((r) => r.term === last?.term);
  const before = firstIndex > 0 ? state.history[firstIndex - 1]?.scores : state.initialScores;
  for (const [id, value] of Object.entries(state.scores)) facts[`termChange:${id}`] = value - (before?.[id] ?? value);
  for (const [flag, setIn] of Object.entries(state.flags)) facts[`flag:${flag}`] = setIn <= state.year;
  facts['theory'] = state.setup.theory;
  facts['usPosture'] = state.setup.usPosture;
  return facts;
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
  const compiled = compileScenario(scenario);
  const ctx: EvalContext = { facts: successionFacts(state), params: paramsFor(scenario, state.setup), random: {} };
  const chosen = pick(compiled.successionParty.map(([id, e]) => [id, e(ctx)] as const), u);
  return chosen ?? scenario.parties[0]?.id ?? 'none';
}

export function drawSuccessorStrategy(state: GameState, scenario: Scenario, party: string, u: number): string {
  const compiled = compileScenario(scenario);
  const facts = { ...successionFacts(state), party };
  const ctx: EvalContext = { facts, params: paramsFor(scenario, state.setup), random: {} };
  const allowed = state.setup.allowedOptions;
  const weights = compiled.successionStrategy
    .filter(([id]) => allowed.length === 0 || allowed.includes(compiled.strategies.get(id)?.optionId ?? ''))
    .map(([id, e]) => [id, e(ctx)] as const);
  return pick(weights, u) ?? state.lastStrategy ?? scenario.options[0]?.variants[0]?.id ?? 'A';
}
