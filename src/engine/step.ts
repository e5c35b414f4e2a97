// The only way a game moves: step(state, action) returns a new state or says why the action is not allowed.
import { answerEvent, resolveYear } from './resolve-year.ts';
import type { Scenario } from './scenario-types.ts';
import { drawInto, Sim, toState } from './sim.ts';
import { drawPartySim, drawSuccessorStrategySim } from './succession.ts';
import type { Action, GameState, Result, RuleViolation, TermDecision, TermState } from './types.ts';

const violation = (code: string, message: string): RuleViolation => ({ code, message });

export function step(state: GameState, action: Action, scenario: Scenario): Result<GameState, RuleViolation> {
  if (state.scenarioId !== scenario.id) return { ok: false, error: violation('wrong-scenario', `This game belongs to scenario "${state.scenarioId}".`) };
  const sim = new Sim(scenario, state);
  const error = applyAction(sim, action);
  return error ? { ok: false, error } : { ok: true, value: toState(sim) };
}

/** Applies one action to a game in working form; returns why it is not allowed (and then changes nothing), or null. */
export function applyAction(sim: Sim, action: Action): RuleViolation | null {
  switch (action.type) {
    case 'strategy/chosen':
      return chooseStrategy(sim, action);
    case 'year/advanced':
      if (sim.phase !== 'playing') return violation('not-playing', `A year can only be advanced while playing (now: ${sim.phase}).`);
      resolveYear(sim);
      return null;
    case 'event/answered': {
      if (sim.phase !== 'event') return violation('no-event', 'No event is waiting for an answer.');
      return answerEvent(sim, action.choice) ? null : violation('unknown-choice', `"${action.choice}" is not an answer to this event.`);
    }
    case 'term/closed':
      if (sim.phase !== 'term-end') return violation('term-not-over', 'The term is not over yet.');
      closeTerm(sim);
      return null;
    default:
      return violation('unknown-action', 'Unknown action.');
  }
}

function chooseStrategy(sim: Sim, action: Extract<Action, { type: 'strategy/chosen' }>): RuleViolation | null {
  if (sim.phase !== 'choosing') return violation('not-choosing', 'A strategy can only be chosen at the start of a term.');
  const scenario = sim.c.scenario;
  const info = sim.c.strategies.get(action.strategy);
  if (!info) return violation('unknown-strategy', `"${action.strategy}" is not a strategy of this scenario.`);
  const allowed = sim.setup.allowedOptions;
  if (allowed.length > 0 && !allowed.includes(info.optionId)) return violation('option-not-allowed', `Option ${info.optionId} is not available in this set-up.`);
  if (action.party !== undefined && !scenario.parties.some((p) => p.id === action.party)) {
    return violation('unknown-party', `"${action.party}" is not a party of this scenario.`);
  }
  const levers = action.levers ?? [];
  const unknownLever = levers.find((l) => !scenario.usLevers.some((u) => u.id === l));
  if (unknownLever !== undefined) return violation('unknown-lever', `"${unknownLever}" is not a US lever of this scenario.`);
  if (levers.length > 1 && new Set(levers).size !== levers.length) return violation('duplicate-lever', 'A US lever can be chosen only once per term.');
  if (levers.length > scenario.usLeverBudget) return violation('over-budget', `At most ${scenario.usLeverBudget} US levers per term.`);
  const term = sim.terms[sim.termIndex];
  if (!term) return violation('no-term', 'The game is over.');
  const decision: TermDecision = {
    strategy: action.strategy,
    party: action.party ?? drawPartySim(sim, term.draws[0]),
    levers,
    by: 'player',
    ...(action.party !== undefined ? { partyChosen: true as const } : {}),
    ...(action.rationale !== undefined ? { rationale: action.rationale } : {}),
    ...(action.forecast !== undefined ? { forecast: action.forecast } : {}),
  };
  withDecision(sim, decision);
  return null;
}

function withDecision(sim: Sim, decision: TermDecision): void {
  sim.phase = 'playing';
  const i = sim.termIndex;
  const t = sim.terms[i] as TermState;
  sim.terms[i] = { index: t.index, startYear: t.startYear, years: t.years, prologue: t.prologue, decision, draws: t.draws };
}

function closeTerm(sim: Sim): void {
  const nextIndex = sim.termIndex + 1;
  if (nextIndex >= sim.terms.length) {
    sim.phase = 'finished';
    return;
  }
  drawInto(sim, sim.draws, 2);
  const draws = [sim.draws[0] as number, sim.draws[1] as number] as const;
  let playerTerms = 0;
  for (const t of sim.terms) if (!t.prologue && t.decision?.by === 'player') playerTerms++;
  sim.termIndex = nextIndex;
  sim.phase = 'choosing';
  const t = sim.terms[nextIndex] as TermState;
  sim.terms[nextIndex] = { index: t.index, startYear: t.startYear, years: t.years, prologue: t.prologue, decision: t.decision, draws };
  if (sim.setup.succession !== 'model' || playerTerms === 0) return;
  const party = drawPartySim(sim, draws[0]);
  const strategy = drawSuccessorStrategySim(sim, party, draws[1]);
  withDecision(sim, { strategy, party, levers: [], by: 'model' });
}
