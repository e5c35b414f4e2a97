// One year of the model: standing forces and slow dynamics (rules), then events. Every amount is computed from the
// start-of-year snapshot, so the order of rules does not matter; each applied change goes to the ledger.
import { compileScenario, postureFor, type CompiledEffect, type CompiledEvent, type Provenanced, type ScenarioIndex } from './compile.ts';
import type { EvalContext, YearFacts } from './expressions.ts';
import { evalContext } from './facts.ts';
import { applyChange } from './ledger.ts';
import { paramsFor } from './params.ts';
import { drawUniforms } from './random.ts';
import type { Scenario } from './scenario-types.ts';
import type { Change, EventOccurrence, GameState, PendingEvent, Scores, TermState, YearRecord } from './types.ts';

function calendarFor(state: GameState, compiled: ScenarioIndex, term: TermState, year: number, yearsInStrategy: number, previousPosture: string): YearFacts {
  const decision = term.decision;
  if (!decision) throw new Error('a year was resolved before its term was decided');
  const info = compiled.strategies.get(decision.strategy);
  if (!info) throw new Error(`unknown strategy ${decision.strategy}`);
  const posture = postureFor(info, yearsInStrategy);
  const previousTerm = state.terms[term.index - 1];
  return {
    year,
    term: term.prologue ? 0 : term.index + (state.terms[0]?.prologue ? 0 : 1),
    yearOfTerm: year - term.startYear + 1,
    strategy: decision.strategy,
    option: info.optionId,
    party: decision.party,
    posture,
    previousPosture,
    postureChanged: posture !== previousPosture,
    yearsInStrategy,
    prologue: term.prologue,
    previousStrategy: previousTerm?.decision?.strategy ?? state.lastStrategy ?? 'none',
    previousParty: previousTerm?.decision?.party ?? 'none',
  };
}

function applyEffects(compiled: ScenarioIndex, scores: Scores, effects: readonly CompiledEffect[], ctx: EvalContext, from: Provenanced, out: Change[]): void {
  for (const effect of effects) applyChange(compiled, scores, effect.target, effect.amount(ctx), from, out);
}

export function resolveYear(state: GameState, scenario: Scenario): GameState {
  const params = paramsFor(scenario, state.setup);
  const compiled = compileScenario(scenario, params);
  const term = state.terms[state.termIndex];
  if (!term?.decision) throw new Error('a year was resolved before its term was decided');
  const year = state.year + 1;
  const yearsInStrategy = state.lastStrategy === term.decision.strategy ? state.yearsInStrategy + 1 : 1;
  const calendar = calendarFor(state, compiled, term, year, yearsInStrategy, state.lastPosture);

  const eventCount = compiled.events.length;
  const channels = scenario.randomChannels;
  const [draws, rng] = drawUniforms(state.rng, eventCount + channels.length);
  const random: Record<string, number> = {};
  for (let i = 0; i < channels.length; i++) random[channels[i] as string] = draws[eventCount + i] ?? 0;
  const ctx = evalContext(state, calendar, term.decision.levers, params, random);

  const scores: Scores = { ...state.scores };
  const changes: Change[] = [];
  for (const rule of compiled.rules) {
    if (rule.when && !rule.when(ctx)) continue;
    applyEffects(compiled, scores, rule.effects, ctx, rule.from, changes);
  }

  const occurrences: EventOccurrence[] = [];
  const waiting: PendingEvent[] = [];
  let flags = state.flags;
  let eventCounts = state.eventCounts;
  let eventLastYear = state.eventLastYear;
  for (let i = 0; i < eventCount; i++) {
    const ev = compiled.events[i] as CompiledEvent;
    if (!eventHappens(ev, state, i, year, ctx, draws[i] ?? 1)) continue;
    const def = ev.def;
    occurrences.push({ id: def.id });
    if (eventCounts === state.eventCounts) {
      eventCounts = [...eventCounts];
      eventLastYear = [...eventLastYear];
    }
    (eventCounts as number[])[i] = (eventCounts[i] ?? 0) + 1;
    (eventLastYear as number[])[i] = year;
    for (const flag of def.sets ?? []) if (flags[flag] === undefined) flags = { ...flags, [flag]: year };
    applyEffects(compiled, scores, ev.effects, ctx, ev.from, changes);
    if (def.choice) waiting.push({ id: def.id, year });
  }

  const record: YearRecord = {
    year,
    term: state.termIndex,
    yearOfTerm: calendar.yearOfTerm,
    strategy: calendar.strategy,
    posture: calendar.posture,
    party: calendar.party,
    changes,
    events: occurrences,
    // Shared with the state: neither is ever mutated once the year is resolved.
    scores,
  };
  return {
    ...state,
    rng,
    year,
    scores,
    flags,
    eventCounts,
    eventLastYear,
    lastStrategy: calendar.strategy,
    lastPosture: calendar.posture,
    yearsInStrategy,
    pendingEvents: waiting,
    history: [...state.history, record],
    phase: nextPhase(waiting.length, calendar.yearOfTerm, term),
  };
}

function nextPhase(waiting: number, yearOfTerm: number, term: TermState): GameState['phase'] {
  if (waiting > 0) return 'event';
  return yearOfTerm >= term.years ? 'term-end' : 'playing';
}

function eventHappens(ev: CompiledEvent, state: GameState, index: number, year: number, ctx: EvalContext, draw: number): boolean {
  const def = ev.def;
  if (def.year !== undefined) return def.year === year && (!ev.when || ev.when(ctx));
  if (!state.setup.randomEvents) return false;
  const times = state.eventCounts[index] ?? 0;
  if (times > 0) {
    if (def.maxTimes !== undefined && times >= def.maxTimes) return false;
    if (def.cooldown !== undefined && year - (state.eventLastYear[index] ?? 0) <= def.cooldown) return false;
  }
  if (ev.when && !ev.when(ctx)) return false;
  const p = ev.probability ? ev.probability(ctx) : 0;
  return draw < p;
}

/** Applies the player's answer to the first waiting event of the last resolved year. */
export function answerEvent(state: GameState, scenario: Scenario, choiceId: string): GameState {
  const params = paramsFor(scenario, state.setup);
  const compiled = compileScenario(scenario, params);
  const [first, ...rest] = state.pendingEvents;
  const last = state.history[state.history.length - 1];
  const ev = first ? compiled.events[compiled.eventIndex.get(first.id) ?? -1] : undefined;
  const choice = ev?.choices.get(choiceId);
  const term = state.terms[state.termIndex];
  if (!first || !last || !ev || !choice || !term) return state;
  const previousPosture = state.history[state.history.length - 2]?.posture ?? last.posture;
  const calendar = calendarFor(state, compiled, term, last.year, state.yearsInStrategy, previousPosture);
  const ctx = evalContext(state, calendar, term.decision?.levers ?? [], params, {});
  const scores: Scores = { ...state.scores };
  const changes: Change[] = [];
  applyEffects(compiled, scores, choice.effects, ctx, choice.from, changes);
  let flags = state.flags;
  for (const flag of choice.sets) if (flags[flag] === undefined) flags = { ...flags, [flag]: last.year };
  const record: YearRecord = {
    ...last,
    changes: [...last.changes, ...changes],
    events: last.events.map((o) => (o.id === first.id && o.choice === undefined ? { ...o, choice: choice.id } : o)),
    scores: { ...scores },
  };
  return {
    ...state,
    scores,
    flags,
    pendingEvents: rest,
    history: [...state.history.slice(0, -1), record],
    phase: nextPhase(rest.length, last.yearOfTerm, term),
  };
}
