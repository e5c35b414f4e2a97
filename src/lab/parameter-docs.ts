// What the lab knows about each parameter: its meaning, unit, range and basis, grouped by factor. The scenario's own
// documentation (`parameters`) is used when it has one; a scenario without it gets each parameter's factor and
// sources from the rules that use it, and a range of half to one and a half times its value, said as such.
import { buildModelCatalog } from '../content/model-catalog.ts';
import { paramsFor, type Citation, type LocalizedText, type Scenario } from '../engine/index.ts';
import { defaultSetup } from '../engine/index.ts';

export type ParameterDoc = {
  /** The factor it belongs to, to group by. */
  readonly factor: string;
  readonly label: LocalizedText;
  /** Its unit or meaning, short. */
  readonly unit: LocalizedText;
  readonly min: number;
  readonly max: number;
  readonly sources?: readonly Citation[] | undefined;
  /** Present when the documents are silent and the value is the model's choice. */
  readonly assumption?: LocalizedText | undefined;
};

export type LabParameter = ParameterDoc & {
  readonly name: string;
  /** Its value in the standard model (the scenario's default theory and US posture). */
  readonly standard: number;
};

export type ParameterGroup = { readonly factor: string; readonly label: LocalizedText; readonly parameters: readonly LabParameter[] };

const UNDOCUMENTED: LocalizedText = {
  en: 'The scenario gives no range for this number: the lab lets it go from half to one and a half times the model’s value.',
  es: 'El escenario no da un intervalo para este número: el laboratorio lo deja ir de la mitad a una vez y media el valor del modelo.',
};
const NO_UNIT: LocalizedText = { en: 'model units', es: 'unidades del modelo' };

function derivedDocs(scenario: Scenario, standard: Readonly<Record<string, number>>): Record<string, ParameterDoc> {
  const catalog = buildModelCatalog(scenario, { theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture });
  const docs: Record<string, ParameterDoc> = {};
  for (const name of Object.keys(scenario.params)) {
    const users = catalog.factors.flatMap((f) => f.rules.filter((r) => r.params.some((p) => p.name === name)).map((r) => ({ factor: f.factor.id, sources: r.sources })));
    const value = standard[name] ?? 0;
    const [min, max] = value === 0 ? [0, 1] : value > 0 ? [value / 2, value * 1.5] : [value * 1.5, value / 2];
    docs[name] = { factor: users[0]?.factor ?? 'other', label: { en: name, es: name }, unit: NO_UNIT, min, max, sources: users.flatMap((u) => u.sources).slice(0, 3), assumption: UNDOCUMENTED };
  }
  return docs;
}

/** The scenario's parameter documentation, or the derived one for a scenario without it. */
export function parameterDocs(scenario: Scenario): Readonly<Record<string, ParameterDoc>> {
  const documented = (scenario as Scenario & { readonly parameters?: Readonly<Record<string, ParameterDoc>> }).parameters;
  return documented ?? derivedDocs(scenario, standardParams(scenario));
}

export const standardParams = (scenario: Scenario) => paramsFor(scenario, defaultSetup(scenario));

/** Every documented parameter, grouped by factor in the scenario's factor order. */
export function labParameters(scenario: Scenario): ParameterGroup[] {
  const docs = parameterDocs(scenario);
  const standard = standardParams(scenario);
  const all = Object.entries(docs).map(([name, doc]): LabParameter => ({ ...doc, name, standard: standard[name] ?? 0 }));
  const groups = scenario.factors.map((f) => ({ factor: f.id, label: f.label, parameters: all.filter((p) => p.factor === f.id) }));
  const known = new Set(scenario.factors.map((f) => f.id));
  const rest = all.filter((p) => !known.has(p.factor));
  if (rest.length > 0) groups.push({ factor: 'other', label: { en: 'Other', es: 'Otros' }, parameters: rest });
  return groups.filter((g) => g.parameters.length > 0);
}

/** A sensible step for a slider over min..max: about two hundred steps, rounded to 1, 2 or 5 times a power of ten. */
export function stepFor(min: number, max: number): number {
  const raw = (max - min) / 200;
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return nice * power;
}
