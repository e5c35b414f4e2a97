// A variant written out as text: `name=value` entries, one a line (or separated by commas or semicolons), as a class
// set-up's field, the simulator's --set flags and a class link's URL parameter write it.
import type { Result, Scenario } from '../engine/index.ts';
import { checkVariant, describeVariantProblem, type Variant, type VariantProblem } from './variant.ts';

export type VariantTextProblem = VariantProblem | { readonly reason: 'not-name-value'; readonly entry: string } | { readonly reason: 'repeated'; readonly name: string };

/** Reads and checks `name=value` entries; blank entries are skipped, so empty text is the standard model ({}). */
export function parseVariantText(scenario: Scenario, text: string): Result<Variant, VariantTextProblem> {
  const raw: Record<string, string> = {};
  for (const entry of text.split(/[\n;,]/).map((e) => e.trim()).filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) return { ok: false, error: { reason: 'not-name-value', entry: entry.slice(0, 60) } };
    const [, name, value] = m as unknown as [string, string, string];
    if (Object.hasOwn(raw, name)) return { ok: false, error: { reason: 'repeated', name } };
    raw[name] = value;
  }
  return checkVariant(scenario, raw);
}

/** The variant as `name=value` entries joined by `separator`, in the order it holds them. */
export function variantText(variant: Variant, separator = '\n'): string {
  return Object.entries(variant)
    .map(([name, value]) => `${name}=${value}`)
    .join(separator);
}

/** The problem in one line of plain English. */
export function describeVariantTextProblem(p: VariantTextProblem): string {
  if (p.reason === 'not-name-value') return `"${p.entry}" is not name=value`;
  if (p.reason === 'repeated') return `parameter ${p.name} is given twice`;
  return describeVariantProblem(p);
}
