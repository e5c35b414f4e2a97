// Turns scenario data into closures and lookup tables once; every game reuses the result.
import { compileCondition, compileExpr, type CompiledCondition, type CompiledExpr } from './expressions.ts';
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

export type CompiledScenario = {
  readonly scenario: Scenario;
  readonly rules: readonly CompiledRule[];
  readonly events: readonly CompiledEvent[];
  readonly strategies: ReadonlyMap<string, StrategyInfo>;
  readonly scoreDefs: ReadonlyMap<string, ScoreDef>;
  readonly scoreIds: readonly string[];
  readonly cooperationWeights: readonly (readonly [string, number])[];
  readonly cooperationWeight: ReadonlyMap<string, number>;
  readonly successionParty: readonly (readonly [string, CompiledExpr])[];
  readonly successionStrategy: readonly (readonly [string, CompiledExpr])[];
};

export const COOPERATION = 'cooperation';

const cache = new WeakMap<Scenario, CompiledScenario>();

const compileEffects = (effects: RuleDef['effects']): CompiledEffect[] =>
  effects.map((e) => ({ target: e.target, amount: compileExpr(e.amount) }));

export function compileScenario(scenario: Scenario): CompiledScenario {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const strategies = new Map<string, StrategyInfo>();
  for (const option of scenario.options) {
    for (const variant of option.variants) strategies.set(variant.id, { optionId: option.id, variant });
  }
  const compiled: CompiledScenario = {
    scenario,
    rules: scenario.rules.map((def) => ({
      def,
      from: { factor: def.factor, rule: def.id, event: undefined },
      when: def.when ? compileCondition(def.when) : null,
      effects: compileEffects(def.effects),
    })),
    events: scenario.events.map((def) => ({
      def,
      from: { factor: def.factor, rule: `event:${def.id}`, event: def.id },
      when: def.when ? compileCondition(def.when) : null,
      probability: def.probability === undefined ? null : compileExpr(def.probability),
      effects: compileEffects(def.effects),
      choices: new Map(
        (def.choice?.options ?? []).map((c) => [
          c.id,
          { id: c.id, effects: compileEffects(c.effects), sets: c.sets ?? [], from: { factor: def.factor, rule: `event:${def.id}:${c.id}`, event: def.id } },
        ]),
      ),
    })),
    strategies,
    scoreDefs: new Map(scenario.scores.map((s) => [s.id, s])),
    scoreIds: scenario.scores.map((s) => s.id),
    cooperationWeights: Object.entries(scenario.cooperation.weights),
    cooperationWeight: new Map(Object.entries(scenario.cooperation.weights)),
    successionParty: Object.entries(scenario.succession?.partyWeights ?? {}).map(([k, e]) => [k, compileExpr(e)] as const),
    successionStrategy: Object.entries(scenario.succession?.strategyWeights ?? {}).map(([k, e]) => [k, compileExpr(e)] as const),
  };
  cache.set(scenario, compiled);
  return compiled;
}

/** The posture a strategy prescribes after `yearsInStrategy` consecutive years (1-based). */
export function postureFor(info: StrategyInfo, yearsInStrategy: number): string {
  let posture = info.variant.phases[0]?.posture ?? 'none';
  for (const phase of info.variant.phases) if (yearsInStrategy >= phase.fromYear) posture = phase.posture;
  return posture;
}
