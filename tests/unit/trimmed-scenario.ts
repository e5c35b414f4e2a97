// The real scenario's files for fuzzing: as they are, and trimmed to a copy that validates in about a millisecond.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN_FILE } from '../../src/content/assemble-scenario.ts';
import { SCENARIO_ROOT } from '../../src/content/load-scenarios-node.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Files = Record<string, string>;

const realDir = join(SCENARIO_ROOT, 'sexenio-2012');
const realTexts: Files = Object.fromEntries(readdirSync(realDir).filter((n) => n.endsWith('.json')).map((n) => [n, readFileSync(join(realDir, n), 'utf8')]));
export const realDocs = Object.fromEntries(Object.entries(realTexts).map(([n, t]) => [n, JSON.parse(t) as Json])) as Record<string, Json>;

/**
 * The real files with a few of the shortest rules and events (none that reads a flag or an event count, so the
 * references still resolve), the factors they name, and no succession model.
 */
export function trimmedDocs(realDocs: Record<string, Json>): Record<string, Json> {
  const readsEvents = (x: Json) => /"(flag|since|count|eventSince):/.test(JSON.stringify(x));
  const list = (name: string) => realDocs[name] as Json[];
  const shortest = (items: Json[], n: number) => [...items].sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length).slice(0, n);
  const rules = shortest(list('rules.json').filter((r) => !readsEvents(r)), 5);
  const plain = list('events.json').filter((e) => !readsEvents(e));
  const events = [...shortest(plain.filter((e) => !('choice' in (e as object))), 4), ...shortest(plain.filter((e) => 'choice' in (e as object)), 2)];
  const used = new Set([...rules, ...events].map((x) => (x as { factor: string }).factor));
  const { succession: _succession, ...main } = realDocs[MAIN_FILE] as Record<string, Json>;
  // Every parameter stays documented, under a factor the trimmed copy keeps, on its assumption alone (short files).
  const someFactor = [...used][0] ?? '';
  const parameters = Object.fromEntries(
    Object.entries(realDocs['parameters.json'] as Record<string, Record<string, Json>>).map(([name, { sources: _sources, ...doc }]) => [name, { ...doc, factor: someFactor }]),
  );
  return {
    [MAIN_FILE]: main,
    'options.json': list('options.json'),
    'factors.json': list('factors.json').filter((f) => used.has((f as { id: string }).id)),
    'rules.json': rules,
    'events.json': events,
    'advisors.json': list('advisors.json').slice(0, 3),
    'discussionPrompts.json': list('discussionPrompts.json').slice(0, 4),
    'history.json': trimmedHistory(realDocs['history.json'] as Record<string, Json>),
    'parameters.json': parameters,
  };
}

/** The real course with its governments and measures, a few facts and observations, and no scripted events. */
function trimmedHistory(history: Record<string, Json>): Json {
  const facts = (history['facts'] as Json[]).filter((f) => !('event' in (f as object))).slice(0, 3);
  return { ...history, facts, observed: (history['observed'] as Json[]).slice(0, 3), events: [] };
}
