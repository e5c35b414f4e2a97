// Turns scenario data into lookup tables once per scenario, into closures once per parameter set (a theory, a US
// posture and a variant, with the parameters baked in as constants), and into year programs once per set of a year's
// discrete facts and values of the parameters the program reads (shared between parameter sets that agree on them:
// see shared-programs.ts). Every game reuses the result.
import { collectNames, numClosure, Symbols, type KnownFacts, type Num, type Scope } from './expressions.ts';
import { interval, type Interval } from './interval.ts';
import { lowerBool, lowerNum, type BoolIR, type NumIR } from './ir.ts';
import type { Effect, EventDef, RuleDef, Scenario, ScoreDef, StartDef, StrategyVariant } from './scenario-types.ts';
import { LoweredParts } from './lowered-parts.ts';
import type { Change, EventOccurrence } from './types.ts';
import { idKey } from './keyed-draws.ts';
import { numbers, recordTemplate } from './slots.ts';
import type { TermPrograms } from './program-cache.ts';
import { ProgramBuilder } from './vm-builder.ts';
import type { YearProgram } from './vm-code.ts';

export type { YearProgram } from './vm-code.ts';

/** Where an effect lands: the score slot it moves, that score's bounds and cooperation weight, and its provenance. */
export type EffectTarget = {
  readonly target: string;
  readonly slot: number;
  readonly min: number;
  readonly max: number;
  /** Weight of the target in overall cooperation; NaN when it has none. */
  readonly weight: number;
  readonly factor: string;
  readonly rule: string;
  readonly event: string | undefined;
  /**
   * For a constant amount, the ledger entries it makes when it is applied whole (not clamped): shared by every game,
   * as entries are never changed. Null otherwise.
   */
  readonly whole: Change | null;
  readonly wholeCooperation: Change | null;
};

/** An effect with its amount as a closure (event answers); year programs carry amounts as bytecode. */
export type CompiledEffect = EffectTarget & { readonly amount: Num };

export type Provenanced = { readonly factor: string; readonly rule: string; readonly event: string | undefined };

export type CompiledChoice = {
  readonly id: string;
  /** The event's entry in a year's events once answered with this choice (shared: entries are never changed). */
  readonly occurrence: EventOccurrence;
  readonly effects: readonly CompiledEffect[];
  /** Every amount is a constant (nothing to evaluate). */
  readonly constant: boolean;
  readonly sets: readonly string[];
  readonly from: Provenanced;
};

/** An event's answers (its yearly chance and effects run in the year programs). */
export type CompiledEvent = {
  readonly def: EventDef;
  readonly sets: readonly string[];
  readonly choices: ReadonlyMap<string, CompiledChoice>;
};

export type StrategyInfo = { readonly optionId: string; readonly variant: StrategyVariant };

/** What depends on the scenario alone. */
export type ScenarioIndex = {
  readonly scenario: Scenario;
  readonly strategies: ReadonlyMap<string, StrategyInfo>;
  readonly scoreDefs: ReadonlyMap<string, ScoreDef>;
  readonly scoreIds: readonly string[];
  readonly cooperationWeights: readonly (readonly [string, number])[];
  readonly cooperationWeight: ReadonlyMap<string, number>;
  readonly eventIndex: ReadonlyMap<string, number>;
  /** The keys of a scores record, in order: the score ids, then `cooperation` if it is weighted but not a score. */
  readonly scoreKeys: readonly string[];
  /** Every value each score slot can hold once moved: its bounds (overall cooperation, moved by weights, is unbounded). */
  readonly scoreBounds: readonly Interval[];
  /** A scores record to copy (keys in order). */
  readonly scoreTemplate: Readonly<Record<string, number>>;
  /** Slot of `cooperation` among the score keys, -1 when there is none. */
  readonly cooperationSlot: number;
  /** Where every name an expression of the scenario reads lives in a frame. */
  readonly symbols: Symbols;
  /** Flag ids by frame slot. */
  readonly flagIds: readonly string[];
  /** The keys of the year's draws (keyed-draws.ts): one per event, then one per random channel, in scenario order. */
  readonly drawKeys: readonly number[];
  /** Start scores by slot, per start (see createGame). */
  readonly startValues: Map<StartDef, readonly number[]>;
  /** Per event, in scenario order: 0 (times happened) and -1 (never happened), to copy into a new game. */
  readonly noCounts: readonly number[];
  readonly noLastYears: readonly number[];
  /** Frame slot of each of the scenario's random channels, in order. */
  readonly channelSlots: readonly number[];
  /** One 0 per draw key, to copy for a game's scratch space. */
  readonly noDraws: readonly number[];
  /** Rules and events lowered, for every parameter set (see lowered-parts.ts). */
  readonly ruleParts: LoweredParts<RuleDef, LoweredRule>;
  readonly eventParts: LoweredParts<EventDef, LoweredEvent>;
};

/** The scenario's event answers as closures for one parameter set, and caches of what is compiled on demand. */
export type CompiledScenario = ScenarioIndex & {
  readonly params: Readonly<Record<string, number>>;
  readonly events: readonly CompiledEvent[];
  /** Year programs, by the discrete facts of a term (see termPrograms in program-cache.ts). */
  readonly programs: Map<number | string, TermPrograms>;
  /** Small numbers for the names in program keys. */
  readonly names: Map<string, number>;
  /** The succession model's weights compiled for the discrete facts of a succession (see successionWeights in program-cache.ts). */
  readonly succession: Map<number | string, readonly (readonly [string, Num])[]>;
};

type LoweredEffect = readonly [EffectTarget, NumIR];
/** `params`: the parameters its lowering read. */
type LoweredRule = { readonly when: BoolIR; readonly effects: readonly LoweredEffect[]; readonly params: readonly string[] };
type DrawnEvent = { readonly when: BoolIR; readonly probability: NumIR; readonly highest: number; readonly effects: readonly LoweredEffect[] };
/** `event` null: it can never happen. */
type LoweredEvent = { readonly event: DrawnEvent | null; readonly params: readonly string[] };

export const COOPERATION = 'cooperation';

const indexCache = new WeakMap<Scenario, ScenarioIndex>();
const compiledCache = new WeakMap<Scenario, WeakMap<object, CompiledScenario>>();

/** A closed symbol table: every score key, flag, lever and random channel the scenario can read or set. */
function symbolsOf(scenario: Scenario, eventIndex: ReadonlyMap<string, number>, scoreKeys: readonly string[]): Symbols {
  const sym = new Symbols(eventIndex);
  for (const key of scoreKeys) Symbols.add(sym.scores, key);
  for (const lever of scenario.usLevers) Symbols.add(sym.levers, lever.id);
  for (const channel of scenario.randomChannels) Symbols.add(sym.random, channel);
  for (const event of scenario.events) {
    for (const flag of event.sets ?? []) Symbols.add(sym.flags, flag);
    for (const c of event.choice?.options ?? []) for (const flag of c.sets ?? []) Symbols.add(sym.flags, flag);
  }
  const names = { facts: new Set<string>(), params: new Set<string>(), random: new Set<string>() };
  const effects = (list: readonly Effect[]) => list.forEach((e) => collectNames(e.amount, names));
  for (const rule of scenario.rules) {
    if (rule.when) collectNames(rule.when, names);
    effects(rule.effects);
  }
  for (const event of scenario.events) {
    if (event.when) collectNames(event.when, names);
    if (event.probability !== undefined) collectNames(event.probability, names);
    effects(event.effects);
    for (const c of event.choice?.options ?? []) effects(c.effects);
  }
  for (const e of Object.values(scenario.succession?.partyWeights ?? {})) collectNames(e, names);
  for (const e of Object.values(scenario.succession?.strategyWeights ?? {})) collectNames(e, names);
  // Flags and levers that are read but never set or offered still get a slot (they always read as unset).
  for (const fact of names.facts) {
    const colon = fact.indexOf(':');
    const prefix = fact.slice(0, Math.max(0, colon));
    const id = fact.slice(colon + 1);
    if (prefix === 'flag' || prefix === 'since') Symbols.add(sym.flags, id);
    else if (prefix === 'lever') Symbols.add(sym.levers, id);
  }
  return sym;
}

export function scenarioIndex(scenario: Scenario): ScenarioIndex {
  const hit = indexCache.get(scenario);
  if (hit) return hit;
  const strategies = new Map<string, StrategyInfo>();
  for (const option of scenario.options) {
    for (const variant of option.variants) strategies.set(variant.id, { optionId: option.id, variant });
  }
  const scoreIds = scenario.scores.map((s) => s.id);
  const cooperationWeights = Object.entries(scenario.cooperation.weights);
  const scoreKeys = cooperationWeights.length > 0 && !scoreIds.includes(COOPERATION) ? [...scoreIds, COOPERATION] : scoreIds;
  const eventIndex = new Map(scenario.events.map((e, i) => [e.id, i]));
  const symbols = symbolsOf(scenario, eventIndex, scoreKeys);
  const index: ScenarioIndex = {
    scenario,
    strategies,
    scoreDefs: new Map(scenario.scores.map((s) => [s.id, s])),
    scoreIds,
    cooperationWeights,
    cooperationWeight: new Map(cooperationWeights),
    eventIndex,
    scoreKeys,
    scoreTemplate: recordTemplate(scoreKeys),
    scoreBounds: scoreKeys.map((key): Interval => {
      const def = scenario.scores.find((d) => d.id === key);
      return def && !(cooperationWeights.length > 0 && key === COOPERATION) ? [def.min, def.max] : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    }),
    cooperationSlot: scoreKeys.indexOf(COOPERATION),
    symbols,
    flagIds: [...symbols.flags.keys()],
    // Channels are keyed apart from events, so an event and a channel may share an id.
    drawKeys: [...scenario.events.map((e) => idKey(`event:${e.id}`)), ...scenario.randomChannels.map((ch) => idKey(`channel:${ch}`))],
    startValues: new Map(),
    noCounts: numbers(scenario.events.length, 0),
    noLastYears: numbers(scenario.events.length, -1),
    channelSlots: scenario.randomChannels.map((ch) => symbols.random.get(ch) ?? 0),
    noDraws: numbers(Math.max(2, scenario.events.length + scenario.randomChannels.length), 0),
    ruleParts: new LoweredParts((def: RuleDef) => [def.when, ...def.effects.map((e) => e.amount)]),
    eventParts: new LoweredParts((def: EventDef) => [def.when, def.probability, ...def.effects.map((e) => e.amount)]),
  };
  indexCache.set(scenario, index);
  return index;
}

/** A ledger entry, in the shape the engine always gives it. */
export function changeOf(target: string, delta: number, from: Provenanced): Change {
  return from.event === undefined
    ? { target, delta, factor: from.factor, rule: from.rule }
    : { target, delta, factor: from.factor, rule: from.rule, event: from.event };
}

/**
 * Effects lowered for a scope, with where they land; those that can never move anything (not a score; a constant
 * amount of 0) are left out.
 */
function loweredEffects(index: ScenarioIndex, scope: Scope, effects: readonly Effect[], from: Provenanced): LoweredEffect[] {
  const out: LoweredEffect[] = [];
  for (const e of effects) {
    const def = index.scoreDefs.get(e.target);
    if (!def) continue;
    const amount = lowerNum(e.amount, scope);
    if (amount.t === 'const' && (amount.v === 0 || !Number.isFinite(amount.v))) continue;
    const weight = index.cooperationWeight.get(e.target) ?? Number.NaN;
    const whole = amount.t === 'const' ? amount.v : Number.NaN;
    out.push([
      {
        target: e.target,
        slot: index.symbols.scores.get(e.target) ?? -1,
        min: def.min,
        max: def.max,
        weight,
        factor: from.factor,
        rule: from.rule,
        event: from.event,
        whole: amount.t === 'const' ? changeOf(e.target, whole, from) : null,
        wholeCooperation: amount.t === 'const' && weight === weight ? changeOf(COOPERATION, weight * whole, from) : null,
      },
      amount,
    ]);
  }
  return out;
}

/** `params` must be a stable object (paramsFor caches one per theory and US posture), as it keys the cache. */
export function compileScenario(scenario: Scenario, params: Readonly<Record<string, number>>): CompiledScenario {
  let byParams = compiledCache.get(scenario);
  if (!byParams) compiledCache.set(scenario, (byParams = new WeakMap()));
  const hit = byParams.get(params);
  if (hit) return hit;
  const index = scenarioIndex(scenario);
  const scope: Scope = { sym: index.symbols, params };
  const compiled: CompiledScenario = {
    ...index,
    params,
    events: scenario.events.map((def) => ({
      def,
      sets: def.sets ?? [],
      choices: new Map(
        (def.choice?.options ?? []).map((c) => {
          const from = { factor: def.factor, rule: `event:${def.id}:${c.id}`, event: def.id };
          const effects = loweredEffects(index, scope, c.effects, from).map(([target, amount]) => ({ ...target, amount: numClosure(amount) }));
          return [c.id, { id: c.id, occurrence: { id: def.id, choice: c.id }, effects, constant: effects.every((e) => typeof e.amount === 'number'), sets: c.sets ?? [], from }];
        }),
      ),
    })),
    programs: new Map(),
    names: new Map(),
    succession: new Map(),
  };
  byParams.set(params, compiled);
  return compiled;
}

/**
 * The program for a year whose discrete facts are `known`: every rule in scenario order, then every event that can
 * happen, with everything that depends on those facts decided.
 */
export function yearProgram(compiled: CompiledScenario, known: KnownFacts): YearProgram {
  const scope: Scope = { sym: compiled.symbols, params: compiled.params, known };
  const scenario = compiled.scenario;
  const builder = new ProgramBuilder(compiled.symbols, compiled.scoreBounds);
  const always: BoolIR = { t: 'bconst', v: true };
  // The parameters the program's parts read when they were lowered (see YearProgram.params).
  const reads = new Set<string>();
  const read = (params: readonly string[]) => {
    for (const name of params) reads.add(name);
  };
  for (const def of scenario.rules) {
    const { when, effects, params } = compiled.ruleParts.get(def, known, compiled.params, () => {
      const partScope: Scope = { ...scope, reads: new Set() };
      const condition = def.when ? lowerBool(def.when, partScope) : always;
      // A rule that never applies keeps no effects.
      const lowered = condition.t === 'bconst' && !condition.v ? [] : loweredEffects(compiled, partScope, def.effects, { factor: def.factor, rule: def.id, event: undefined });
      return { when: condition, effects: lowered, params: [...(partScope.reads ?? [])] };
    });
    read(params);
    if (effects.length > 0) builder.rule(when, effects);
  }
  scenario.events.forEach((def, index) => {
    const scriptedYear = def.year ?? Number.NaN;
    const { event, params } = compiled.eventParts.get(def, known, compiled.params, () => {
      const partScope: Scope = { ...scope, reads: new Set() };
      const lowered = lowerEvent(compiled, partScope, def, scriptedYear, always);
      return { event: lowered, params: [...(partScope.reads ?? [])] };
    });
    read(params);
    if (event === null) return;
    const { when, probability, highest, effects } = event;
    const info = {
      index,
      id: def.id,
      scriptedYear,
      maxChance: highest + Math.abs(highest) * 1e-9,
      maxTimes: def.maxTimes ?? Number.POSITIVE_INFINITY,
      cooldown: def.cooldown ?? Number.NEGATIVE_INFINITY,
      hasChoice: def.choice !== undefined,
      occurrence: { id: def.id },
    };
    builder.event(info, when, probability, effects);
  });
  return builder.build([...reads].sort());
}

/** An event's condition, chance and effects lowered in `scope`; null when it can never happen. */
function lowerEvent(compiled: CompiledScenario, scope: Scope, def: EventDef, scriptedYear: number, always: BoolIR): DrawnEvent | null {
  const when = def.when ? lowerBool(def.when, scope) : always;
  const probability: NumIR = def.probability === undefined ? { t: 'const', v: 0 } : lowerNum(def.probability, scope);
  // A drawn event whose chance is never above zero never happens (draws are in [0, 1)).
  if ((when.t === 'bconst' && !when.v) || (Number.isNaN(scriptedYear) && probability.t === 'const' && !(probability.v > 0))) return null;
  // The highest chance the event can have while the scores lie within their bounds (a hair above, for safety): a draw
  // at or above it means the event cannot happen, whatever its condition and chance this year.
  const [, highest] = interval(probability, compiled.scoreBounds);
  const effects = loweredEffects(compiled, scope, def.effects, { factor: def.factor, rule: `event:${def.id}`, event: def.id });
  return { when, probability, highest, effects };
}

/** The posture a strategy prescribes after `yearsInStrategy` consecutive years (1-based). */
export function postureFor(info: StrategyInfo, yearsInStrategy: number): string {
  let posture = info.variant.phases[0]?.posture ?? 'none';
  for (const phase of info.variant.phases) if (yearsInStrategy >= phase.fromYear) posture = phase.posture;
  return posture;
}
