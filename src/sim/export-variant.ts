// `sim --set … --export-variant <dir>`: the scenario's folder with the variant written in, as a new scenario folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, Scenario } from '../engine/index.ts';
import { loadScenarioFolder, scenarioFolders } from '../content/load-scenarios-node.ts';
import { variantScenarioFiles } from '../content/variant-export.ts';
import type { Variant } from '../content/variant.ts';

/** Writes the folder and says what it wrote, or why it did not. A folder that already holds files is left alone. */
export function exportVariant(scenario: Scenario, variant: Variant, dir: string): Result<string, string> {
  const source = scenarioFolders().find((folder) => {
    const loaded = loadScenarioFolder(folder);
    return loaded.ok && loaded.value.id === scenario.id;
  });
  if (source === undefined) return { ok: false, error: `the folder of scenario "${scenario.id}" was not found` };
  const files = Object.fromEntries(readdirSync(source).filter((n) => n.endsWith('.json')).map((n) => [n, readFileSync(join(source, n), 'utf8')]));
  const out = variantScenarioFiles(files, variant);
  if (!out.ok) return out;
  if (existsSync(dir) && readdirSync(dir).length > 0) return { ok: false, error: `--export-variant: "${dir}" already holds files; give a new or empty folder` };
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(out.value)) writeFileSync(join(dir, name), text);
  } catch (e) {
    return { ok: false, error: `--export-variant: could not write "${dir}" (${e instanceof Error ? e.message : String(e)})` };
  }
  const id = (JSON.parse(out.value['scenario.json'] ?? '{}') as { id?: string }).id ?? '';
  return { ok: true, value: `wrote scenario "${id}" (${Object.keys(out.value).length} files) to ${dir}` };
}
