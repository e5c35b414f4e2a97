// One year of the model: standing forces and slow dynamics (rules), then events, all read from the
// start-of-year facts and written to the ledger.
import { compileScenario, postureFor, type CompiledEffect, type CompiledScenario } from './compile.ts';
import type { EvalContext } from './expressions.ts';
import { buildFacts, type YearContext } from './facts.ts';
import { applyChanges, type PendingChange } from './ledger.ts';
import { paramsFor } from './params.ts';
import { drawUniforms } from './random.ts';
import type { Scenario } from './scenario-types.ts';
import type { Change, EventOccurrence, GameState, PendingEvent, YearRecord } from './types.ts';

function yearContext(state: GameState, compiled: CompiledScenario, year: number, yearsInStrategy: number): YearContext {
  const term = state.terms[state.termIndex];
  const decision = term?.decision;
  if (!term || !decision) throw new Error('resolveYear called without a decided term');
  const info = compiled.strategies.get(decision.strategy);
  if (!info) throw new Error(`unknown strategy ${decision.strategy}`);
  return {
    year,
    term: term.prologue ? 0 : term.index + (state.terms[0]?.prologue ? 0 : 1),
    yearOfTerm: year - term.startYear + 1,
    decision,
    optionId: info.optionId,
    posture: postureFor(info, yearsInStrategy),
    previousPosture: state.lastPosture,
    yearsInStrategy,
    prologue: term.prologue,
  };
}

function pendingFrom(effects: readonly CompiledEffect[], ctx: EvalContext, base: Omit<PendingChange, 'target' | 'amount'>): PendingChange[] {
  return effects.map((e) => ({ ...base, target: e.target, amount: e.amount(ctx) }));
}

export function resolveYear(state: GameState, scenario: Scenario): GameState {
  const compiled = compileScenario(scenario);
  const year = state.year + 1;
  const decided = state.terms[state.termIndex]?.decision;
  const continuing = decided !== undefined && decided !== null && state.lastStrategy === decided.strategy;
  const y = yearContext(state, compiled, year, continuing ? state.yearsInStrategy + 1 : 1);
  const channels = scenario.randomChannels;
  const [draws, rng] = drawUniforms(state.rng, compiled.events.length + channels.length);
  const random: Record<string, number> = {};
  channels.forEach((name, i) => (random[name] = draws[compiled.events.length + i] ?? 0));
  const ctx: EvalContext = { facts: buildFacts(state, y), params: paramsFor(scenario, state.setup), random };

  const pending: PendingChange[] = [];
  for (const rule of compiled.rules) {
    if (rule.when && !rule.when(ctx)) continue;
    pending.push(...pendingFrom(rule.effects, ctx, { factor: rule.def.factor, rule: rule.def.id }));
  }

  const occurrences: EventOccurrence[] = [];
  const waiting: PendingEvent[] = [];
  const flags = { ...state.flags };
  const eventLog = { ...state.eventLog };
  compiled.events.forEach((ev, i) => {
    const def = ev.def;
    if (!eventHappens(ev, state, year, ctx, draws[i] ?? 1)) return;
    occurrences.push({ id: def.id });
    const times = (eventLog[def.id]?.[0] ?? 0) + 1;
    eventLog[def.id] = [times, year];
    for (const flag of def.sets ?? []) flags[flag] ??= year;
    pending.push(...pendingFrom(ev.effects, ctx, { factor: def.factor, rule: `event:${def.id}`, event: def.id }));
    if (def.choice) waiting.push({ id: def.id, year });
  });

  const scores = { ...state.scores };
  const changes: Change[] = [];
  applyChanges(compiled, scores, pending, changes);

  const record: YearRecord = {
    year,
    term: state.termIndex,
    yearOfTerm: y.yearOfTerm,
    strategy: y.decision.strategy,
    posture: y.posture,
    party: y.decision.party,
    changes,
    events: occurrences,
    scores: { ...scores },
  };
  const term = state.terms[state.termIndex];
  const termOver = term !== undefined && y.yearOfTerm >= term.years;
  return {
    ...state,
    rng,
    year,
    scores,
    flags,
    eventLog,
    lastStrategy: y.decision.strategy,
    lastPosture: y.posture,
    yearsInStrategy: y.yearsInStrategy,
    pendingEvents: waiting,
    history: [...state.history, record],
    phase: waiting.length > 0 ? 'event' : termOver ? 'term-end' : 'playing',
  };
}

function eventHappens(
  ev: CompiledScenario['events'][number],
  state: GameState,
  year: number,
  ctx: EvalContext,
  draw: number,
): boolean {
  const def = ev.def;
  if (def.year !== undefined) return def.year === year && (!ev.when || ev.when(ctx));
  if (!state.setup.randomEvents) return false;
  if (ev.when && !ev.when(ctx)) return false;
  const log = state.eventLog[def.id];
  if (log && def.maxTimes !== undefined && log[0] >= def.maxTimes) return false;
  if (log && def.cooldown !== undefined && year - log[1] <= def.cooldown) return false;
  const p = ev.probability ? ev.probability(ctx) : 0;
  return draw < Math.min(1, Math.max(0, p));
}

/** Applies the player's answer to the first waiting event of the last resolved year. */
export function answerEvent(state: GameState, scenario: Scenario, choiceId: string): GameState {
  const compiled = compileScenario(scenario);
  const [first, ...rest] = state.pendingEvents;
  const last = state.history[state.history.length - 1];
  const ev = compiled.events.find((e) => e.def.id === first?.id);
  const choice = ev?.choices.get(choiceId);
  if (!first || !last || !ev || !choice) return state;
  const y = { ...yearContext(state, compiled, last.year, state.yearsInStrategy), previousPosture: last.posture };
  const ctx: EvalContext = { facts: buildFacts(state, y), params: paramsFor(scenario, state.setup), random: {} };
  const scores = { ...state.scores };
  const changes: Change[] = [];
  const rule = `event:${ev.def.id}:${choice.id}`;
  applyChanges(compiled, scores, pendingFrom(choice.effects, ctx, { factor: ev.def.factor, rule, event: ev.def.id }), changes);
  const flags = { ...state.flags };
  for (const flag of choice.sets) flags[flag] ??= last.year;
  const record: YearRecord = {
    ...last,
    changes: [...last.changes, ...changes],
    events: last.events.map((o) => (o.id === first.id && o.choice === undefined ? { ...o, choice: choice.id } : o)),
    scores: { ...scores },
  };
  const term = state.terms[state.termIndex];
  const termOver = term !== undefined && last.yearOfTerm >= term.years;
  return {
    ...state,
    scores,
    flags,
    pendingEvents: rest,
    history: [...state.history.slice(0, -1), record],
    phase: rest.length > 0 ? 'event' : termOver ? 'term-end' : 'playing',
  };
}
