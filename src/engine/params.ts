// The parameter set in force: the scenario's defaults, overridden by the chosen theory and US posture, then by the
// set-up's variant (a model lab's or a class's changed assumptions), which has the last word.
import type { Scenario } from './scenario-types.ts';
import type { GameSetup } from './types.ts';

type Entry = {
  readonly byKey: Map<string, Readonly<Record<string, number>>>;
  /** The last answer, which most calls repeat (every game of a run has the same set-up apart from its seed). */
  lastTheory: string | null;
  lastUsPosture: string | null;
  lastVariant: GameSetup['variant'] | null;
  lastParams: Readonly<Record<string, number>> | null;
};

/** A model lab's sweep makes a few hundred parameter sets; older ones are let go so memory stays bounded. */
const MAX_PARAM_SETS = 512;

const cache = new WeakMap<Scenario, Entry>();

/** The same overrides, whatever their key order, give one key (and so one params object and one compiled model). */
export function variantKey(variant: GameSetup['variant']): string {
  if (!variant) return '';
  return Object.keys(variant)
    .sort()
    .map((name) => `${name}=${variant[name]}`)
    .join(';');
}

export function paramsFor(scenario: Scenario, setup: Pick<GameSetup, 'theory' | 'usPosture' | 'variant'>): Readonly<Record<string, number>> {
  let entry = cache.get(scenario);
  if (!entry) cache.set(scenario, (entry = { byKey: new Map(), lastTheory: null, lastUsPosture: null, lastVariant: null, lastParams: null }));
  if (entry.lastParams !== null && entry.lastTheory === setup.theory && entry.lastUsPosture === setup.usPosture && entry.lastVariant === setup.variant) return entry.lastParams;
  const key = `${setup.theory}\u0000${setup.usPosture}\u0000${variantKey(setup.variant)}`;
  let params = entry.byKey.get(key);
  if (!params) {
    const theory = scenario.theories.find((t) => t.id === setup.theory);
    const posture = scenario.usPostures.find((p) => p.id === setup.usPosture);
    params = Object.freeze({ ...scenario.params, ...theory?.params, ...posture?.params, ...setup.variant });
    if (entry.byKey.size >= MAX_PARAM_SETS) {
      const oldest = entry.byKey.keys().next().value;
      if (oldest !== undefined) entry.byKey.delete(oldest);
    }
    entry.byKey.set(key, params);
  }
  entry.lastTheory = setup.theory;
  entry.lastUsPosture = setup.usPosture;
  entry.lastVariant = setup.variant;
  entry.lastParams = params;
  return params;
}
