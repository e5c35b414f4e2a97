// A scenario is a folder: scenario.json plus optional part files (factors.json, rules.json, …) that each hold one
// top-level list. Problems are reported against the file that holds the offending value.
import type { Result, Scenario } from '../engine/index.ts';
import { checkReferences, type ContentIssue } from './check-references.ts';
import { formatIssues, fromZod } from './format-issues.ts';
import { ScenarioSchema } from './schema.ts';

export const PART_KEYS = ['options', 'factors', 'rules', 'events', 'advisors', 'discussionPrompts'] as const;
export const MAIN_FILE = 'scenario.json';

/** `files` maps a file name inside the folder to its text. */
export function assembleScenario(folder: string, files: Readonly<Record<string, string>>): Result<Scenario, string[]> {
  const errors: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed[name] = JSON.parse(text) as unknown;
    } catch (e) {
      errors.push(`${folder}/${name} › (root): not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const main = parsed[MAIN_FILE];
  if (typeof main !== 'object' || main === null || Array.isArray(main)) {
    return { ok: false, error: [`${folder}/${MAIN_FILE} › (root): ${MAIN_FILE in parsed ? 'must be an object' : 'file is missing'}`] };
  }
  const whole: Record<string, unknown> = { ...main };
  const owner = new Map<string, string>();
  for (const key of PART_KEYS) {
    const name = `${key}.json`;
    if (!(name in parsed)) continue;
    if (key in whole) errors.push(`${folder}/${name} › (root): "${key}" is also given in ${MAIN_FILE}; keep it in one place`);
    whole[key] = parsed[name];
    owner.set(key, name);
  }
  for (const name of Object.keys(parsed)) {
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

  const result = ScenarioSchema.safeParse(whole);
  if (!result.success) return { ok: false, error: located(fromZod(result.error.issues)) };
  const { $schema: _schemaRef, ...scenario } = result.data;
  const problems = checkReferences(scenario);
  if (problems.length > 0) return { ok: false, error: located(problems) };
  return { ok: true, value: scenario };
}
