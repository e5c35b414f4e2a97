// Every real scenario validates; broken copies are rejected with messages that name file, path and problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleScenario } from './assemble-scenario.ts';
import { citationProblem, findCitations } from './citations.ts';
import { loadScenarioFolder, scenarioFolders, SCENARIO_ROOT } from './load-scenarios-node.ts';
import { loadSourceTexts } from './load-sources-node.ts';

type BrokenCase = {
  name: string;
  file: string;
  path: (string | number)[];
  value?: unknown;
  delete?: boolean;
  copyFrom?: (string | number)[];
  transform?: 'drop-timing';
  expect: string;
};

const folder = join(SCENARIO_ROOT, 'sexenio-2012');
const realFiles = (): Record<string, string> =>
  Object.fromEntries(readdirSync(folder).filter((n) => n.endsWith('.json')).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function breakFiles(c: BrokenCase): Record<string, string> {
  const files = realFiles();
  const data = JSON.parse(files[c.file] ?? 'null') as unknown;
  const parent = getAt(data, c.path.slice(0, -1)) as Record<string | number, unknown>;
  const key = c.path[c.path.length - 1] as string | number;
  if (c.delete) delete parent[key];
  else if (c.copyFrom) parent[key] = getAt(data, c.copyFrom);
  else if (c.transform === 'drop-timing') {
    const event = parent[key] as Record<string, unknown>;
    delete event['year'];
    delete event['probability'];
  } else parent[key] = c.value;
  files[c.file] = JSON.stringify(data);
  return files;
}

describe('real scenarios', () => {
  const folders = scenarioFolders();
  it('there is at least one', () => expect(folders.length).toBeGreaterThan(0));
  for (const dir of folders) {
    it(`${dir.split('/').pop()} validates`, () => {
      const result = loadScenarioFolder(dir);
      expect(result.ok ? [] : result.error).toEqual([]);
    });
  }

  it('the first scenario has at least 12 factors and 12 events, four options and C’s sub-choice', () => {
    const result = loadScenarioFolder(folder);
    if (!result.ok) throw new Error(result.error.join('\n'));
    const s = result.value;
    expect(s.factors.length).toBeGreaterThanOrEqual(12);
    expect(s.events.length).toBeGreaterThanOrEqual(12);
    expect(s.options.map((o) => o.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(s.options.find((o) => o.id === 'C')?.variants.map((v) => v.id)).toEqual(['C', 'C+LE']);
    expect(s.start.firstYear).toBe(2013);
  });

  it('every citation points at lines that exist, and every quoted phrase is really in those lines', () => {
    const sources = loadSourceTexts();
    const problems: string[] = [];
    let count = 0;
    for (const [name, text] of Object.entries(realFiles())) {
      for (const { path, citation } of findCitations(JSON.parse(text))) {
        count++;
        const problem = citationProblem(citation, sources);
        if (problem) problems.push(`${name} › ${path}: ${problem}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

describe('broken scenarios are rejected with file, path and problem', () => {
  const cases = JSON.parse(readFileSync(new URL('../../tests/fixtures/broken-scenarios.json', import.meta.url), 'utf8')) as BrokenCase[];
  for (const c of cases) {
    it(c.name, () => {
      const result = assembleScenario('scenarios/sexenio-2012', breakFiles(c));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.some((line) => line.startsWith(c.expect)), result.error.join('\n')).toBe(true);
    });
  }

  it('a file that is not JSON', () => {
    const files = realFiles();
    files['events.json'] = '[{"id": "oops",';
    const result = assembleScenario('scenarios/sexenio-2012', files);
    expect(!result.ok && result.error[0]).toMatch(/^scenarios\/sexenio-2012\/events\.json › \(root\): not valid JSON/);
  });

  it('a list given both inline and as a part file', () => {
    const files = realFiles();
    const main = JSON.parse(files['scenario.json'] ?? '{}') as Record<string, unknown>;
    main['rules'] = [];
    files['scenario.json'] = JSON.stringify(main);
    const result = assembleScenario('scenarios/sexenio-2012', files);
    expect(!result.ok && result.error[0]).toMatch(/rules\.json › \(root\): "rules" is also given in scenario\.json/);
  });

  it('a stray file in the folder', () => {
    const result = assembleScenario('scenarios/sexenio-2012', { ...realFiles(), 'notes.json': '{}' });
    expect(!result.ok && result.error[0]).toMatch(/notes\.json › \(root\): not a scenario part/);
  });
});
