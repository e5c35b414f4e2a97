// The parameter set in force: the scenario's defaults, overridden by the chosen theory and US posture.
import type { Scenario } from './scenario-types.ts';
import type { GameSetup } from './types.ts';

type Entry = {
  readonly byKey: Map<string, Readonly<Record<string, number>>>;
  /** The last answer, which most calls repeat (every game of a run has the same theory and US posture). */
  lastTheory: string | null;
  lastUsPosture: string | null;
  lastParams: Readonly<Record<string, number>> | null;
};

const cache = new WeakMap<Scenario, Entry>();

export function paramsFor(scenario: Scenario, setup: Pick<GameSetup, 'theory' | 'usPosture'>): Readonly<Record<string, number>> {
  let entry = cache.get(scenario);
  if (!entry) cache.set(scenario, (entry = { byKey: new Map(), lastTheory: null, lastUsPosture: null, lastParams: null }));
  if (entry.lastParams !== null && entry.lastTheory === setup.theory && entry.lastUsPosture === setup.usPosture) return entry.lastParams;
  const key = `${setup.theory}\u0000${setup.usPosture}`;
  let params = entry.byKey.get(key);
  if (!params) {
    const theory = scenario.theories.find((t) => t.id === setup.theory);
    const posture = scenario.usPostures.find((p) => p.id === setup.usPosture);
    params = Object.freeze({ ...scenario.params, ...theory?.params, ...posture?.params });
    entry.byKey.set(key, params);
  }
  entry.lastTheory = setup.theory;
  entry.lastUsPosture = setup.usPosture;
  entry.lastParams = params;
  return params;
}
