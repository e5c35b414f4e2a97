// A scenario is a folder: scenario.json plus optional part files (factors.json, rules.json, …) that each hold one
// top-level value (a list; history.json holds one object). Problems are reported against the file that holds the offending value.
import type { Result, Scenario } from '../engine/index.ts';
import { checkReferences, type ContentIssue } from './check-references.ts';
import { formatIssues, fromZod, pathToString } from './format-issues.ts';
import { compileScenarioFormulas } from './formula/scenario-formulas.ts';
import { ScenarioSchema } from './schema.ts';

export const PART_KEYS = ['options', 'factors', 'rules', 'events', 'advisors', 'discussionPrompts', 'history', 'parameters'] as const;
export const MAIN_FILE = 'scenario.json';
/**
 * Objects and arrays nested deeper than this are refused before validation: the schema, the reference check and
 * the engine walk conditions and expressions recursively, and a deep enough file would overflow the stack. The
 * real scenario nests at most about 30 levels.
 */
export const MAX_NESTING = 100;

/** Where (the first steps of the file-relative path) a value is nested deeper than `max`, or null. */
export function tooDeep(value: unknown, max = MAX_NESTING): string | null {
  const stack: { value: unknown; depth: number; path: PropertyKey[] }[] = [{ value, depth: 0, path: [] }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth >= max) return `${pathToString(top.path.slice(0, 6))}…`;
    for (const [key, child] of Object.entries(top.value)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1, path: [...top.path, Array.isArray(top.value) ? Number(key) : key] });
    }
  }
  return null;
}

/** `files` maps a file name inside the folder to its text. */
export function assembleScenario(folder: string, files: Readonly<Record<string, string>>): Result<Scenario, string[]> {
  const errors: string[] = [];
  // A Map, not an object: a file named "__proto__" must be a file like any other.
  const parsed = new Map<string, unknown>();
  for (const [name, text] of Object.entries(files)) {
    try {
      const value = JSON.parse(text) as unknown;
      const deep = tooDeep(value);
      if (deep === null) parsed.set(name, value);
      else errors.push(`${folder}/${name} › ${deep}: nested more than ${MAX_NESTING} levels deep`);
    } catch (e) {
      errors.push(`${folder}/${name} › (root): not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const main = parsed.get(MAIN_FILE);
  if (typeof main !== 'object' || main === null || Array.isArray(main)) {
    return { ok: false, error: [`${folder}/${MAIN_FILE} › (root): ${parsed.has(MAIN_FILE) ? 'must be an object' : 'file is missing'}`] };
  }
  const whole: Record<string, unknown> = { ...main };
  const owner = new Map<string, string>();
  for (const key of PART_KEYS) {
    const name = `${key}.json`;
    if (!parsed.has(name)) continue;
    if (key in whole) errors.push(`${folder}/${name} › (root): "${key}" is also given in ${MAIN_FILE}; keep it in one place`);
    whole[key] = parsed.get(name);
    owner.set(key, name);
  }
  for (const name of parsed.keys()) {
    if (name !== MAIN_FILE && !PART_KEYS.some((k) => `${k}.json` === name)) errors.push(`${folder}/${name} › (root): not a scenario part (expected one of ${PART_KEYS.map((k) => `${k}.json`).join(', ')})`);
  }
  if (errors.length > 0) return { ok: false, error: errors };

  const located = (issues: readonly ContentIssue[]) => issues.flatMap((issue) => {
    const key = /^[A-Za-z$]+/.exec(issue.path)?.[0] ?? '';
    const part = owner.get(key);
    if (!part) return formatIssues(`${folder}/${MAIN_FILE}`, [issue]);
    const rest = issue.path.slice(key.length).replace(/^\./, '');
    return formatIssues(`${folder}/${part}`, [{ path: rest === '' ? '(root)' : rest, message: issue.message }]);
  });

  try {
    const result = ScenarioSchema.safeParse(whole);
    if (!result.success) return { ok: false, error: located(fromZod(result.error.issues)) };
    const { $schema: _schemaRef, ...source } = result.data;
    const problems = checkReferences(source);
    if (problems.length > 0) return { ok: false, error: located(problems) };
    const { scenario, issues } = compileScenarioFormulas(source);
    if (issues.length > 0) return { ok: false, error: located(issues) };
    return { ok: true, value: scenario };
  } catch (e) {
    // Nothing above should throw; if it does, the folder is still refused with a message rather than an exception.
    return { ok: false, error: [`${folder}/${MAIN_FILE} › (root): could not be validated (${e instanceof Error ? e.message : String(e)})`] };
  }
}
