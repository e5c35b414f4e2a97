// The real scenario, loaded once per test file through the same validation the game uses.
import { loadAllScenarios } from '../../src/content/load-scenarios-node.ts';
import type { Scenario } from '../../src/engine/index.ts';

let cached: Scenario | null = null;

export function realScenario(): Scenario {
  if (!cached) {
    const found = loadAllScenarios().find((s) => s.id === 'sexenio-2012');
    if (!found) throw new Error('scenario sexenio-2012 not found');
    cached = found;
  }
  return cached;
}

export const STRATEGIES = ['A', 'B', 'C', 'C+LE', 'D'] as const;

/** Every sequence of `length` strategies. */
export function allPaths(length: number): string[][] {
  if (length === 0) return [[]];
  return allPaths(length - 1).flatMap((p) => STRATEGIES.map((s) => [...p, s]));
}
