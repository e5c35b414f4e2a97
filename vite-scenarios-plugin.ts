// The scenario folders, assembled and validated when the game is built rather than in the browser at start.
// `import content from 'virtual:sexenio-scenarios'` gives { scenarios, errors }: every folder under scenarios/ that has
// a scenario.json, put together and checked exactly as in Node (assemble-scenario.ts: zod schema plus reference
// checks), as one minified JSON string that the browser parses with JSON.parse. So zod and the checks stay off the
// start path, and the scenario chunk is plain data.
//
// A build (vite build) fails on a bad scenario with the usual "file › path: problem" lines. The dev server and Vitest
// keep running and hand the problems to the game, which shows them on its load-error screen; the dev server reloads
// the page when a scenario file changes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadScenarioFolder, scenarioFolders } from './src/content/load-scenarios-node.ts';

export const SCENARIOS_MODULE = 'virtual:sexenio-scenarios';
const RESOLVED = `\0${SCENARIOS_MODULE}`;

export type BundledScenarios = { readonly scenarios: readonly unknown[]; readonly errors: readonly string[] };

/** Every scenario folder under `root`, validated; problems as "scenarios/folder/file › path: problem". */
export function bundleScenarios(root: string): BundledScenarios {
  const scenarios: unknown[] = [];
  const errors: string[] = [];
  const folders = scenarioFolders(root);
  for (const dir of folders) {
    const result = loadScenarioFolder(dir, root);
    if (result.ok) scenarios.push(result.value);
    else errors.push(...result.error);
  }
  if (folders.length === 0) errors.push('scenarios › (root): no scenario folder (a folder with a scenario.json) was found');
  return { scenarios, errors };
}

/** The module's source: one JSON.parse of a string literal (faster for V8 than the same data as an object literal). */
export function scenariosModule(content: BundledScenarios): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))});\n`;
}

export function scenarioContent(): Plugin {
  let root = '';
  let building = false;
  return {
    name: 'sexenio-scenarios',
    enforce: 'pre',
    configResolved(config) {
      root = join(config.root, 'scenarios');
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const content = bundleScenarios(root);
      for (const dir of scenarioFolders(root)) for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(join(dir, name));
      if (content.errors.length > 0) {
        const message = `scenario content does not validate:\n${content.errors.join('\n')}`;
        if (building) this.error(message);
        this.warn(message);
      }
      return scenariosModule(content);
    },
    configureServer(server: ViteDevServer) {
      const changed = (file: string) => {
        if (!file.startsWith(root) || !file.endsWith('.json')) return;
        for (const environment of Object.values(server.environments)) {
          const mod = environment.moduleGraph.getModuleById(RESOLVED);
          if (mod) environment.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(root);
      server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
    },
  };
}
