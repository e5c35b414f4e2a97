// "What if": the same seed and the same game up to a term's decision, with another strategy for that one term.
// Events the ghost meets take their default answers; the ghost stops at the end of the term.
import { newSim, type Decision, type EventAnswers } from './replay.ts';
import type { Scenario } from './scenario-types.ts';
import { Sim, toState } from './sim.ts';
import { applyAction } from './step.ts';
import type { Action, GameSetup, GameState, Result, RuleViolation } from './types.ts';

export type GhostYear = { readonly year: number; readonly cooperation: number; readonly sedena: number; readonly semar: number };

export type GhostRun = {
  readonly strategy: string;
  /** Scores when the term began (before its first year). */
  readonly start: GhostYear;
  /** One entry per year of the term, after the year resolved. */
  readonly years: readonly GhostYear[];
};

const pick = (year: number, scores: Readonly<Record<string, number>>): GhostYear => ({
  year,
  cooperation: scores['cooperation'] ?? 0,
  sedena: scores['sedena'] ?? 0,
  semar: scores['semar'] ?? 0,
});

/** The state just before the player chose a strategy for `termIndex`, and that choice; null if the player did not choose that term. */
export function stateAtChoice(
  scenario: Scenario,
  setup: GameSetup,
  actions: readonly Action[],
  termIndex: number,
): { state: GameState; chosen: Extract<Action, { type: 'strategy/chosen' }> } | null {
  const sim = newSim(scenario, setup);
  for (const action of actions) {
    if (sim.phase === 'choosing' && sim.termIndex === termIndex) return action.type === 'strategy/chosen' ? { state: toState(sim), chosen: action } : null;
    if (applyAction(sim, action)) return null;
  }
  return null;
}

/** Plays one term from a state that waits for a strategy, answering events with their defaults, until the term ends. */
function playTerm(scenario: Scenario, state: GameState, choice: Action): GameState | null {
  if (state.scenarioId !== scenario.id) return null;
  const s = new Sim(scenario, state);
  if (applyAction(s, choice)) return null;
  for (let guard = 0; s.phase === 'playing' || s.phase === 'event'; guard++) {
    if (guard > 1000) return null;
    let action: Action = { type: 'year/advanced' };
    if (s.phase === 'event') {
      const waiting = s.pendingEvents[0];
      const answer = scenario.events.find((e) => e.id === waiting?.id)?.choice?.default;
      if (!answer) return null;
      action = { type: 'event/answered', choice: answer };
    }
    if (applyAction(s, action)) return null;
  }
  return toState(s);
}

/**
 * For each strategy, the game replayed up to the decision of `termIndex`, that strategy substituted (party and US
 * levers kept), and the term played out. Strategies the set-up does not allow are left out. Empty when the player
 * did not choose that term (the prologue, or a successor's term).
 */
export function ghostRuns(
  scenario: Scenario,
  setup: GameSetup,
  actions: readonly Action[],
  termIndex: number,
  strategies: readonly string[],
): GhostRun[] {
  const at = stateAtChoice(scenario, setup, actions, termIndex);
  if (!at) return [];
  const { rationale: _r, forecast: _f, ...kept } = at.chosen;
  const start = pick(at.state.year, at.state.scores);
  const runs: GhostRun[] = [];
  for (const strategy of strategies) {
    const end = playTerm(scenario, at.state, { ...kept, strategy });
    if (!end) continue;
    const years = end.history.filter((r) => r.term === termIndex).map((r) => pick(r.year, r.scores));
    runs.push({ strategy, start, years });
  }
  return runs;
}

/** Every strategy id of the scenario (A, B, C, C+LE, D), in the options' order. */
export function allStrategies(scenario: Scenario): string[] {
  return scenario.options.flatMap((o) => o.variants.map((v) => v.id));
}

/** The player's decisions and event answers, read back from a finished (or replayed) game. */
export function decisionsOf(state: GameState): { decisions: Decision[]; answers: EventAnswers } {
  const decisions = state.terms.flatMap((t): Decision[] =>
    t.decision && t.decision.by === 'player' ? [{ strategy: t.decision.strategy, party: t.decision.party, levers: t.decision.levers }] : [],
  );
  const answers: Record<string, string> = {};
  for (const r of state.history) for (const e of r.events) if (e.choice !== undefined) answers[`${r.year}:${e.id}`] = e.choice;
  return { decisions, answers };
}

/** The actions of a game rebuilt from its state alone (for a game restored without its action list). */
export function actionsOf(scenario: Scenario, state: GameState): Result<Action[], RuleViolation> {
  const { decisions, answers } = decisionsOf(state);
  const s = newSim(scenario, state.setup);
  const actions: Action[] = [];
  let next = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    if (s.phase === 'finished') return { ok: true, value: actions };
    let action: Action;
    if (s.phase === 'choosing') {
      const d = decisions[next++];
      if (!d) return { ok: true, value: actions };
      const original = state.terms[s.termIndex]?.decision;
      action = {
        type: 'strategy/chosen',
        ...d,
        ...(original?.rationale !== undefined ? { rationale: original.rationale } : {}),
        ...(original?.forecast !== undefined ? { forecast: original.forecast } : {}),
      };
    } else if (s.phase === 'playing') action = { type: 'year/advanced' };
    else if (s.phase === 'term-end') action = { type: 'term/closed' };
    else {
      const waiting = s.pendingEvents[0];
      const answer = answers[`${waiting?.year}:${waiting?.id}`] ?? scenario.events.find((e) => e.id === waiting?.id)?.choice?.default;
      if (!answer) return { ok: false, error: { code: 'no-answer', message: `No answer for ${waiting?.id ?? 'an event'}.` } };
      action = { type: 'event/answered', choice: answer };
    }
    const error = applyAction(s, action);
    if (error) return { ok: false, error };
    actions.push(action);
  }
  return { ok: false, error: { code: 'no-progress', message: 'The game could not be rebuilt.' } };
}
