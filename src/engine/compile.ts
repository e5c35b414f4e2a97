// Turns scenario data into lookup tables once per scenario, and into closures once per parameter set
// (a theory and a US posture), with the parameters baked in as constants. Every game reuses the result.
import { compileCondition, compileExpr, type CompileOptions, type CompiledCondition, type CompiledExpr } from './expressions.ts';
import type { EventDef, RuleDef, Scenario, ScoreDef, StrategyVariant } from './scenario-types.ts';

export type CompiledEffect = { readonly target: string; readonly amount: CompiledExpr };

export type Provenanced = { readonly factor: string; readonly rule: string; readonly event: string | undefined };

export type CompiledRule = {
  readonly def: RuleDef;
  readonly from: Provenanced;
  readonly when: CompiledCondition | null;
  readonly effects: readonly CompiledEffect[];
};

export type CompiledChoice = {
  readonly id: string;
  readonly effects: readonly CompiledEffect[];
  readonly sets: readonly string[];
  readonly from: Provenanced;
};

export type CompiledEvent = {
  readonly def: EventDef;
  readonly from: Provenanced;
  readonly when: CompiledCondition | null;
  readonly probability: CompiledExpr | null;
  readonly effects: readonly CompiledEffect[];
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
};

/** The scenario's rules, events and succession model as closures for one parameter set. */
export type CompiledScenario = ScenarioIndex & {
  readonly rules: readonly CompiledRule[];
  readonly events: readonly CompiledEvent[];
  readonly successionParty: readonly (readonly [string, CompiledExpr])[];
  readonly successionStrategy: readonly (readonly [string, CompiledExpr])[];
};

export const COOPERATION = 'cooperation';

const indexCache = new WeakMap<Scenario, ScenarioIndex>();
const compiledCache = new WeakMap<Scenario, WeakMap<object, CompiledScenario>>();

export function scenarioIndex(scenario: Scenario): ScenarioIndex {
  const hit = indexCache.get(scenario);
  if (hit) return hit;
  const strategies = new Map<string, StrategyInfo>();
  for (const option of scenario.options) {
    for (const variant of option.variants) strategies.set(variant.id, { optionId: option.id, variant });
  }
  const index: ScenarioIndex = {
    scenario,
    strategies,
    scoreDefs: new Map(scenario.scores.map((s) => [s.id, s])),
    scoreIds: scenario.scores.map((s) => s.id),
    cooperationWeights: Object.entries(scenario.cooperation.weights),
    cooperationWeight: new Map(Object.entries(scenario.cooperation.weights)),
    eventIndex: new Map(scenario.events.map((e, i) => [e.id, i])),
  };
  indexCache.set(scenario, index);
  return index;
}

/** `params` must be a stable object (paramsFor caches one per theory and US posture), as it keys the cache. */
export function compileScenario(scenario: Scenario, params: Readonly<Record<string, number>>): CompiledScenario {
  let byParams = compiledCache.get(scenario);
  if (!byParams) compiledCache.set(scenario, (byParams = new WeakMap()));
  const hit = byParams.get(params);
  if (hit) return hit;
  const index = scenarioIndex(scenario);
  const options: CompileOptions = { eventIndex: index.eventIndex, params };
  const effectsOf = (effects: RuleDef['effects']): CompiledEffect[] => effects.map((e) => ({ target: e.target, amount: compileExpr(e.amount, options) }));
  const weights = (record: Readonly<Record<string, Parameters<typeof compileExpr>[0]>>) =>
    Object.entries(record).map(([k, e]) => [k, compileExpr(e, options)] as const);
  const compiled: CompiledScenario = {
    ...index,
    rules: scenario.rules.map((def) => ({
      def,
      from: { factor: def.factor, rule: def.id, event: undefined },
      when: def.when ? compileCondition(def.when, options) : null,
      effects: effectsOf(def.effects),
    })),
    events: scenario.events.map((def) => ({
      def,
      from: { factor: def.factor, rule: `event:${def.id}`, event: def.id },
      when: def.when ? compileCondition(def.when, options) : null,
      probability: def.probability === undefined ? null : compileExpr(def.probability, options),
      effects: effectsOf(def.effects),
      choices: new Map(
        (def.choice?.options ?? []).map((c) => [
          c.id,
          { id: c.id, effects: effectsOf(c.effects), sets: c.sets ?? [], from: { factor: def.factor, rule: `event:${def.id}:${c.id}`, event: def.id } },
        ]),
      ),
    })),
    successionParty: weights(scenario.succession?.partyWeights ?? {}),
    successionStrategy: weights(scenario.succession?.strategyWeights ?? {}),
  };
  byParams.set(params, compiled);
  return compiled;
}

/** The posture a strategy prescribes after `yearsInStrategy` consecutive years (1-based). */
export function postureFor(info: StrategyInfo, yearsInStrategy: number): string {
  let posture = info.variant.phases[0]?.posture ?? 'none';
  for (const phase of info.variant.phases) if (yearsInStrategy >= phase.fromYear) posture = phase.posture;
  return posture;
}
