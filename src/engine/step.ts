// The only way a game moves: step(state, action) returns a new state or says why the action is not allowed.
import { scenarioIndex } from './compile.ts';
import { drawTermStart } from './create-game.ts';
import { answerEvent, resolveYear } from './resolve-year.ts';
import type { Scenario } from './scenario-types.ts';
import { drawParty, drawSuccessorStrategy } from './succession.ts';
import type { Action, GameState, Result, RuleViolation, TermDecision } from './types.ts';

const fail = (code: string, message: string): Result<GameState, RuleViolation> => ({ ok: false, error: { code, message } });
const ok = (value: GameState): Result<GameState, RuleViolation> => ({ ok: true, value });

export function step(state: GameState, action: Action, scenario: Scenario): Result<GameState, RuleViolation> {
  if (state.scenarioId !== scenario.id) return fail('wrong-scenario', `This game belongs to scenario "${state.scenarioId}".`);
  switch (action.type) {
    case 'strategy/chosen':
      return chooseStrategy(state, action, scenario);
    case 'year/advanced':
      if (state.phase !== 'playing') return fail('not-playing', `A year can only be advanced while playing (now: ${state.phase}).`);
      return ok(resolveYear(state, scenario));
    case 'event/answered': {
      if (state.phase !== 'event') return fail('no-event', 'No event is waiting for an answer.');
      const next = answerEvent(state, scenario, action.choice);
      return next === state ? fail('unknown-choice', `"${action.choice}" is not an answer to this event.`) : ok(next);
    }
    case 'term/closed':
      if (state.phase !== 'term-end') return fail('term-not-over', 'The term is not over yet.');
      return ok(closeTerm(state, scenario));
    default:
      return fail('unknown-action', 'Unknown action.');
  }
}

function chooseStrategy(
  state: GameState,
  action: Extract<Action, { type: 'strategy/chosen' }>,
  scenario: Scenario,
): Result<GameState, RuleViolation> {
  if (state.phase !== 'choosing') return fail('not-choosing', 'A strategy can only be chosen at the start of a term.');
  const compiled = scenarioIndex(scenario);
  const info = compiled.strategies.get(action.strategy);
  if (!info) return fail('unknown-strategy', `"${action.strategy}" is not a strategy of this scenario.`);
  const allowed = state.setup.allowedOptions;
  if (allowed.length > 0 && !allowed.includes(info.optionId)) return fail('option-not-allowed', `Option ${info.optionId} is not available in this set-up.`);
  if (action.party !== undefined && !scenario.parties.some((p) => p.id === action.party)) {
    return fail('unknown-party', `"${action.party}" is not a party of this scenario.`);
  }
  const levers = action.levers ?? [];
  const unknownLever = levers.find((l) => !scenario.usLevers.some((u) => u.id === l));
  if (unknownLever !== undefined) return fail('unknown-lever', `"${unknownLever}" is not a US lever of this scenario.`);
  if (new Set(levers).size !== levers.length) return fail('duplicate-lever', 'A US lever can be chosen only once per term.');
  if (levers.length > scenario.usLeverBudget) return fail('over-budget', `At most ${scenario.usLeverBudget} US levers per term.`);
  const term = state.terms[state.termIndex];
  if (!term) return fail('no-term', 'The game is over.');
  const decision: TermDecision = {
    strategy: action.strategy,
    party: action.party ?? drawParty(state, scenario, term.draws[0]),
    levers,
    by: 'player',
    ...(action.rationale !== undefined ? { rationale: action.rationale } : {}),
    ...(action.forecast !== undefined ? { forecast: action.forecast } : {}),
  };
  return ok(withDecision(state, decision));
}

function withDecision(state: GameState, decision: TermDecision): GameState {
  return {
    ...state,
    phase: 'playing',
    terms: state.terms.map((t, i) => (i === state.termIndex ? { ...t, decision } : t)),
  };
}

function closeTerm(state: GameState, scenario: Scenario): GameState {
  const nextIndex = state.termIndex + 1;
  if (nextIndex >= state.terms.length) return { ...state, phase: 'finished' };
  const [draws, rng] = drawTermStart(state.rng);
  const moved: GameState = {
    ...state,
    rng,
    termIndex: nextIndex,
    phase: 'choosing',
    terms: state.terms.map((t, i) => (i === nextIndex ? { ...t, draws } : t)),
  };
  const playerTerms = state.terms.filter((t) => !t.prologue && t.decision?.by === 'player').length;
  if (state.setup.succession !== 'model' || playerTerms === 0) return moved;
  const party = drawParty(moved, scenario, draws[0]);
  const strategy = drawSuccessorStrategy(moved, scenario, party, draws[1]);
  return withDecision(moved, { strategy, party, levers: [], by: 'model' });
}
