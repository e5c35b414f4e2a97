// The real scenario for component tests, loaded the way the browser loads it (the jsdom environment has no file URLs).
import type { Scenario } from '../../engine/index.ts';
import { loadScenarios } from '../../content/load-scenarios.ts';

let cached: Scenario | null = null;

export function realScenario(): Scenario {
  if (!cached) {
    const { scenarios, errors } = loadScenarios();
    const found = scenarios.find((s) => s.id === 'sexenio-2012');
    if (!found) throw new Error(`scenario sexenio-2012 not loaded: ${errors.join('; ')}`);
    cached = found;
  }
  return cached;
}
