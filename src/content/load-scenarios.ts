// Browser-side loading: Vite bundles every scenario folder's JSON as text; each is validated like in Node.
import type { Scenario } from '../engine/index.ts';
import { assembleScenario } from './assemble-scenario.ts';

const files = import.meta.glob<string>('/scenarios/*/*.json', { query: '?raw', import: 'default', eager: true });

export type LoadedScenarios = { readonly scenarios: readonly Scenario[]; readonly errors: readonly string[] };

export function groupByFolder(entries: Readonly<Record<string, string>>): Map<string, Record<string, string>> {
  const folders = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(entries)) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    const folder = parts.join('/').replace(/^\//, '');
    const group = folders.get(folder) ?? {};
    group[name] = text;
    folders.set(folder, group);
  }
  return folders;
}

export function loadScenarios(entries: Readonly<Record<string, string>> = files): LoadedScenarios {
  const scenarios: Scenario[] = [];
  const errors: string[] = [];
  for (const [folder, group] of groupByFolder(entries)) {
    if (!('scenario.json' in group)) continue;
    const result = assembleScenario(folder, group);
    if (result.ok) scenarios.push(result.value);
    else errors.push(...result.error);
  }
  return { scenarios, errors };
}
