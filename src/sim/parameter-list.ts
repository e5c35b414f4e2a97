// `sim --list`'s parameters: every named number of the model, grouped by the factor it belongs to, with its default,
// the values theories and US postures give it where they differ, its range, unit and basis.
import type { Citation, Scenario } from '../engine/index.ts';

const citationText = (c: Citation) => ('doc' in c ? `${c.doc} ${c.section} L${c.lines[0]}–${c.lines[1]}` : `${c.publisher} ${c.date}`);

function overrides(sets: Scenario['theories'], name: string, byDefault: number): Record<string, number> | undefined {
  const differing = sets.filter((set) => set.params[name] !== undefined && set.params[name] !== byDefault);
  return differing.length > 0 ? Object.fromEntries(differing.map((set) => [set.id, set.params[name] ?? byDefault])) : undefined;
}

export function parameterList(scenario: Scenario) {
  return scenario.factors
    .map((factor) => ({
      factor: factor.id,
      label: factor.label.en,
      parameters: Object.entries(scenario.parameters)
        .filter(([, doc]) => doc.factor === factor.id)
        .map(([name, doc]) => {
          const byDefault = scenario.params[name] ?? Number.NaN;
          const theories = overrides(scenario.theories, name, byDefault);
          const usPostures = overrides(scenario.usPostures, name, byDefault);
          return {
            name,
            label: doc.label.en,
            default: byDefault,
            ...(theories ? { theories } : {}),
            ...(usPostures ? { usPostures } : {}),
            min: doc.min,
            max: doc.max,
            unit: doc.unit.en,
            sources: (doc.sources ?? []).map(citationText),
            ...(doc.assumption ? { assumption: doc.assumption.en } : {}),
          };
        }),
    }))
    .filter((group) => group.parameters.length > 0);
}
