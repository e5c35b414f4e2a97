// A strategy id as players read it: "C — Social programs (without a law-enforcement component)".
import type { LocalizedText, Scenario } from '../../../engine/index.ts';

export function strategyName(scenario: Scenario, strategy: string, content: (text: LocalizedText | undefined) => string): string {
  const option = scenario.options.find((o) => o.variants.some((v) => v.id === strategy));
  if (!option) return strategy;
  const variant = option.variants.find((v) => v.id === strategy);
  const base = `${option.id} — ${content(option.name)}`;
  return option.variants.length > 1 && variant ? `${base} (${content(variant.label).toLowerCase()})` : base;
}
