// Node-side loading (simulator, tests, scripts): every folder under scenarios/ that has a scenario.json.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Result, Scenario } from '../engine/index.ts';
import { assembleScenario, MAIN_FILE } from './assemble-scenario.ts';

export const SCENARIO_ROOT = new URL('../../scenarios/', import.meta.url).pathname;

export function scenarioFolders(root = SCENARIO_ROOT): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, MAIN_FILE)));
}

export function loadScenarioFolder(dir: string, root = SCENARIO_ROOT): Result<Scenario, string[]> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  const label = relative(join(root, '..'), dir);
  return assembleScenario(label, files);
}

export function loadAllScenarios(root = SCENARIO_ROOT): Scenario[] {
  return scenarioFolders(root).map((dir) => {
    const result = loadScenarioFolder(dir, root);
    if (!result.ok) throw new Error(result.error.join('\n'));
    return result.value;
  });
}
