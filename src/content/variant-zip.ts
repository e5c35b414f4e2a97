// The browser's export of a variant: the scenario folder with the variant written in (variant-export.ts), as one zip
// file whose folder is named after the variant's id. The folder's files are read only when a variant is exported.
import { strToU8, zipSync } from 'fflate';
import type { Result } from '../engine/index.ts';
import { MAIN_FILE } from './assemble-scenario.ts';
import { variantScenarioFiles } from './variant-export.ts';

const loaders = import.meta.glob<string>('/scenarios/*/*.json', { query: '?raw', import: 'default' });

/** Every scenario folder's files, name to text, keyed by the folder's path. */
async function folders(): Promise<Map<string, Record<string, string>>> {
  const byFolder = new Map<string, Record<string, string>>();
  await Promise.all(
    Object.entries(loaders).map(async ([path, load]) => {
      const cut = path.lastIndexOf('/');
      const folder = path.slice(0, cut);
      const files = byFolder.get(folder) ?? {};
      byFolder.set(folder, files);
      files[path.slice(cut + 1)] = await load();
    }),
  );
  return byFolder;
}

export type VariantZip = { readonly name: string; readonly bytes: Uint8Array };

/** The zip for `variant` of the scenario `scenarioId`, or one line saying why there is none. */
export async function variantScenarioZip(scenarioId: string, variant: unknown): Promise<Result<VariantZip, string>> {
  const all = await folders();
  const files = [...all.values()].find((f) => {
    try {
      return (JSON.parse(f[MAIN_FILE] ?? '{}') as { id?: unknown }).id === scenarioId;
    } catch {
      return false;
    }
  });
  if (!files) return { ok: false, error: `this copy of Sexenio has no scenario "${scenarioId}"` };
  const out = variantScenarioFiles(files, variant);
  if (!out.ok) return out;
  const id = (JSON.parse(out.value[MAIN_FILE] ?? '{}') as { id: string }).id;
  const entries = Object.fromEntries(Object.entries(out.value).map(([name, text]) => [`${id}/${name}`, strToU8(text)]));
  return { ok: true, value: { name: `${id}.zip`, bytes: zipSync(entries, { level: 6 }) } };
}
