// The build-time scenario bundle (vite-scenarios-plugin.ts): the same scenario and the same "file › path: problem"
// messages as loading the folders in Node, and JSON that loses nothing on the way to the browser.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleScenarios, scenariosModule } from '../../vite-scenarios-plugin.ts';
import { loadScenarioFolder, scenarioFolders, SCENARIO_ROOT } from './load-scenarios-node.ts';

describe('the scenario bundle', () => {
  it('holds every real scenario, as Node loads it, with no errors', () => {
    const bundle = bundleScenarios(SCENARIO_ROOT);
    expect(bundle.errors).toEqual([]);
    expect(bundle.scenarios).toEqual(scenarioFolders().map((dir) => {
      const result = loadScenarioFolder(dir);
      if (!result.ok) throw new Error(result.error.join('\n'));
      return result.value;
    }));
  });

  it('survives the trip through the module source unchanged', () => {
    const bundle = bundleScenarios(SCENARIO_ROOT);
    const source = scenariosModule(bundle);
    const prefix = 'export default JSON.parse(';
    expect(source.startsWith(prefix)).toBe(true);
    const literal = source.slice(prefix.length, source.lastIndexOf(')'));
    expect(JSON.parse(JSON.parse(literal) as string)).toStrictEqual(JSON.parse(JSON.stringify(bundle)));
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(bundle);
  });

  describe('a broken scenario', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'sexenio-bundle-')), 'scenarios');
    afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

    it('gives the problems with file and path, as the Node loader does', () => {
      cpSync(join(SCENARIO_ROOT, 'sexenio-2012'), join(root, 'broken'), { recursive: true });
      const file = join(root, 'broken', 'rules.json');
      const rules = JSON.parse(readFileSync(file, 'utf8')) as { factor: string }[];
      (rules[3] as { factor: string }).factor = 'no-such-factor';
      writeFileSync(file, JSON.stringify(rules));
      const bundle = bundleScenarios(root);
      expect(bundle.scenarios).toEqual([]);
      expect(bundle.errors).toEqual(['scenarios/broken/rules.json › [3].factor: unknown factor "no-such-factor"']);
      const direct = loadScenarioFolder(join(root, 'broken'), root);
      expect(direct.ok ? [] : direct.error).toEqual(bundle.errors);
    });

    it('says so when there is no scenario folder at all', () => {
      const empty = join(mkdtempSync(join(tmpdir(), 'sexenio-empty-')), 'scenarios');
      cpSync(join(SCENARIO_ROOT, 'README.md'), join(empty, 'README.md'), { recursive: true });
      expect(bundleScenarios(empty).errors).toEqual(['scenarios › (root): no scenario folder (a folder with a scenario.json) was found']);
      rmSync(join(empty, '..'), { recursive: true, force: true });
    });
  });
});
