// A variant as a scenario folder of its own: the same files, with the variant's values as the scenario's parameters,
// under a new id and title that say it is a variant. It passes the same schema and checks as any scenario folder,
// so it can be dropped next to the original under scenarios/ and played, shared or changed further.
import type { Result } from '../engine/index.ts';
import { assembleScenario, MAIN_FILE } from './assemble-scenario.ts';
import { checksum } from './checksum.ts';
import { checkVariant, describeVariant, describeVariantProblem, isEmptyVariant, type Variant } from './variant.ts';

type Json = Record<string, unknown>;
type ParamSetJson = { params?: Record<string, number> } & Json;

/** `sexenio-2012-variant-<hash>`: the same variant of the same scenario always gets the same id. */
export function variantScenarioId(scenarioId: string, variant: Variant): string {
  const key = Object.keys(variant)
    .sort()
    .map((name) => `${name}=${variant[name]}`)
    .join(';');
  return `${scenarioId}-variant-${checksum(`${scenarioId}|${key}`)}`;
}

/** A theory or US posture may not set what the variant sets: in a game the variant has the last word, and so here. */
function withoutVariantNames(sets: unknown, variant: Variant): unknown {
  if (!Array.isArray(sets)) return sets;
  return sets.map((set: ParamSetJson) => {
    if (typeof set !== 'object' || typeof set.params !== 'object') return set;
    const params = Object.fromEntries(Object.entries(set.params).filter(([name]) => !Object.hasOwn(variant, name)));
    return { ...set, params };
  });
}

/**
 * The scenario folder's files (name to text) with the variant written in. Refused, with one line naming the problem,
 * when the folder does not load or the variant is empty or does not fit the scenario.
 */
export function variantScenarioFiles(files: Readonly<Record<string, string>>, variant: unknown): Result<Record<string, string>, string> {
  const loaded = assembleScenario('scenario', files);
  if (!loaded.ok) return { ok: false, error: `the scenario folder does not load: ${loaded.error[0] ?? ''}` };
  const scenario = loaded.value;
  const checked = checkVariant(scenario, variant);
  if (!checked.ok) return { ok: false, error: describeVariantProblem(checked.error) };
  if (isEmptyVariant(checked.value)) return { ok: false, error: 'the variant changes nothing: give at least one parameter' };
  const changes = checked.value;
  const main = JSON.parse(files[MAIN_FILE] ?? '{}') as Json;
  const lines = { en: describeVariant(scenario, changes, 'en'), es: describeVariant(scenario, changes, 'es') };
  const out: Json = {
    ...main,
    id: variantScenarioId(scenario.id, changes),
    title: { en: `${scenario.title.en} (variant)`, es: `${scenario.title.es} (variante)` },
    summary: {
      en: `${scenario.summary.en} A variant of “${scenario.title.en}” with changed assumptions: ${lines.en.join('; ')}.`,
      es: `${scenario.summary.es} Una variante de «${scenario.title.es}» con supuestos cambiados: ${lines.es.join('; ')}.`,
    },
    params: { ...scenario.params, ...changes },
    theories: withoutVariantNames(main.theories, changes),
    usPostures: withoutVariantNames(main.usPostures, changes),
  };
  return { ok: true, value: { ...files, [MAIN_FILE]: `${JSON.stringify(out, null, 2)}\n` } };
}
