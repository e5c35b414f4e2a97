// Run codes made in Node with the engine and the same encoder the game uses, for the classroom specs.
import { decodeRunCode, encodeRunCode, runCodeOf, type RunCode } from '../../src/content/run-code.ts';
import { loadAllScenarios } from '../../src/content/load-scenarios-node.ts';
import { defaultSetup, play } from '../../src/engine/index.ts';

export const scenario = loadAllScenarios()[0]!;

const PATHS = [
  ['A', 'A', 'A'],
  ['A', 'C+LE', 'D'],
  ['D', 'B', 'A'],
  ['C', 'C+LE', 'B'],
  ['B', 'B', 'B'],
  ['D', 'D', 'C'],
] as const;

/** `count` run codes of one class seed, with varied paths and nicknames. */
export function classCodes(count: number, seed = 777): string[] {
  return Array.from({ length: count }, (_, i) => {
    const setup = defaultSetup(scenario, { seed: i % 5 === 4 ? seed + i : seed });
    const path = PATHS[i % PATHS.length]!;
    const played = play(scenario, { setup, decisions: path.map((strategy) => ({ strategy, rationale: `Pair ${i + 1}: ${strategy}` })), answers: {} });
    if (!played.ok) throw new Error(played.error.message);
    return encodeRunCode(runCodeOf(scenario, played.value, { nickname: `Pair ${String(i + 1).padStart(2, '0')}` }), scenario);
  });
}

export function decodeOrThrow(code: string): RunCode {
  const r = decodeRunCode(code, [scenario]);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
