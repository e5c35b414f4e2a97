// The parameter set in force: the scenario's defaults, overridden by the chosen theory and US posture.
import type { Scenario } from './scenario-types.ts';
import type { GameSetup } from './types.ts';

const cache = new WeakMap<Scenario, Map<string, Readonly<Record<string, number>>>>();

export function paramsFor(scenario: Scenario, setup: Pick<GameSetup, 'theory' | 'usPosture'>): Readonly<Record<string, number>> {
  let byKey = cache.get(scenario);
  if (!byKey) cache.set(scenario, (byKey = new Map<string, Readonly<Record<string, number>>>()));
  const key = `${setup.theory}\u0000${setup.usPosture}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const theory = scenario.theories.find((t) => t.id === setup.theory);
  const posture = scenario.usPostures.find((p) => p.id === setup.usPosture);
  const params = Object.freeze({ ...scenario.params, ...theory?.params, ...posture?.params });
  byKey.set(key, params);
  return params;
}
