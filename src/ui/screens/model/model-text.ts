// Plain-text helpers for "How the model works": searching factors in the player's language, ignoring accents and case.
import type { LocalizedText } from '../../../engine/index.ts';
import type { CatalogFactor } from '../../../content/model-catalog.ts';
import type { Locale } from '../../../state/settings-slice.ts';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Everything a search for a factor looks through: its id, name, description, rules and events. */
export function searchText(entry: CatalogFactor, locale: Locale, groupLabel: string): string {
  const pick = (t: LocalizedText | undefined) => (t ? t[locale] : '');
  const f = entry.factor;
  return fold(
    [f.id, groupLabel, pick(f.label), pick(f.description), pick(f.assumption), ...entry.rules.flatMap((r) => [r.rule.id, pick(r.rule.explain), pick(r.rule.assumption)]), ...entry.events.flatMap((e) => [e.id, pick(e.title), pick(e.assumption)])].join('\n'),
  );
}

export function matches(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((w) => haystack.includes(w));
}

export function hasAssumption(entry: CatalogFactor): boolean {
  return Boolean(entry.factor.assumption) || entry.rules.some((r) => r.rule.assumption) || entry.events.some((e) => e.assumption);
}
