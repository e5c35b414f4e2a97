// What the lab knows about each parameter: the scenario's documentation (meaning, unit, range, basis) with its value
// in the standard model, grouped by factor in the scenario's order.
import { defaultSetup, paramsFor, type ParameterDoc, type Scenario } from '../engine/index.ts';
import type { LocalizedText } from '../engine/index.ts';

export type { ParameterDoc };

export type LabParameter = ParameterDoc & {
  readonly name: string;
  /** Its value in the standard model (the scenario's default theory and US posture). */
  readonly standard: number;
};

export type ParameterGroup = { readonly factor: string; readonly label: LocalizedText; readonly parameters: readonly LabParameter[] };

export const standardParams = (scenario: Scenario) => paramsFor(scenario, defaultSetup(scenario));

/** Every documented parameter, grouped by factor in the scenario's factor order. */
export function labParameters(scenario: Scenario): ParameterGroup[] {
  const standard = standardParams(scenario);
  const all = Object.entries(scenario.parameters).map(([name, doc]): LabParameter => ({ ...doc, name, standard: standard[name] ?? scenario.params[name] ?? 0 }));
  return scenario.factors.map((f) => ({ factor: f.id, label: f.label, parameters: all.filter((p) => p.factor === f.id) })).filter((g) => g.parameters.length > 0);
}

/** A sensible step for a slider over min..max: about two hundred steps, rounded to 1, 2 or 5 times a power of ten. */
export function stepFor(min: number, max: number): number {
  const raw = (max - min) / 200;
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return nice * power;
}
