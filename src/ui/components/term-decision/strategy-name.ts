// A strategy id as players read it: "C — Social programs (without a law-enforcement component)".
import { strategyOf, type LocalizedText, type Scenario } from '../../../engine/index.ts';

export function strategyName(scenario: Scenario, strategy: string, content: (text: LocalizedText | undefined) => string): string {
  const ref = strategyOf(scenario, strategy);
  if (!ref) return strategy;
  const { option, variant } = ref;
  const base = `${option.id} — ${content(option.name)}`;
  return option.variants.length > 1 ? `${base} (${content(variant.label).toLowerCase()})` : base;
}
