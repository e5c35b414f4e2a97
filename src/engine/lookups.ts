// What generic code asks of a scenario: which option a strategy belongs to, every strategy id, and which scores are
// the headline ones. Answered from the content, so no screen or report names a strategy or a score itself.
// Imports nothing that runs: the title screen's selectors use it before the engine has loaded.
import type { OptionDef, Scenario, ScoreDef, StrategyVariant } from './scenario-types.ts';

export type StrategyRef = { readonly option: OptionDef; readonly variant: StrategyVariant };

const strategyCache = new WeakMap<Scenario, ReadonlyMap<string, StrategyRef>>();

/** The option and variant of a strategy id ("C+LE" → option C, variant C+LE); undefined for an unknown id. */
export function strategyOf(scenario: Scenario, strategy: string): StrategyRef | undefined {
  let refs = strategyCache.get(scenario);
  if (!refs) {
    const map = new Map<string, StrategyRef>();
    for (const option of scenario.options) for (const variant of option.variants) map.set(variant.id, { option, variant });
    strategyCache.set(scenario, (refs = map));
  }
  return refs.get(strategy);
}

/** Every strategy id (A, B, C, C+LE, D), in the options' order; only those of `allowedOptions` when it is not empty. */
export function strategyIds(scenario: Scenario, allowedOptions: readonly string[] = []): string[] {
  return scenario.options.filter((o) => allowedOptions.length === 0 || allowedOptions.includes(o.id)).flatMap((o) => o.variants.map((v) => v.id));
}

/** The headline scores (`headline: true` in the content), in the content's order; the first is the main one. */
export function headlineScores(scenario: Scenario): ScoreDef[] {
  return scenario.scores.filter((s) => s.headline === true);
}

export function headlineIds(scenario: Scenario): string[] {
  return headlineScores(scenario).map((s) => s.id);
}

/** The score a game is read by (overall cooperation here): the first headline score, or the first score. */
export function mainScore(scenario: Scenario): ScoreDef {
  const def = headlineScores(scenario)[0] ?? scenario.scores[0];
  if (!def) throw new Error(`scenario ${scenario.id} has no scores`);
  return def;
}
