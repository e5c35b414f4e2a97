// A variant: changed assumptions, parameter name to value, that have the last word over the scenario, its theory and
// its US posture (see src/engine/params.ts). Only the scenario's own parameter names, each within its documented
// range, make a variant; anything else is refused with a problem that names it.
import type { Result, Scenario } from '../engine/index.ts';
import { MAX_VARIANT_ENTRIES, type VariantProblem } from './variant-problem.ts';

export type Variant = Readonly<Record<string, number>>;

export { describeVariantProblem, MAX_VARIANT_ENTRIES, type VariantProblem } from './variant-problem.ts';

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Up to three known names closest to `name`: those that contain it (or it them), in their own order; else the fewest edits away. */
export function nearestNames(name: string, known: readonly string[]): string[] {
  const lower = name.toLowerCase();
  if (lower === '') return [];
  const containing = known.filter((k) => k.toLowerCase().includes(lower) || lower.includes(k.toLowerCase()));
  if (containing.length > 0) return containing.slice(0, 3);
  const limit = Math.max(2, Math.floor(name.length / 3));
  return known
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '(nothing)' : value.slice(0, 40);
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : typeof value;
}

/**
 * A checked variant, its names in the scenario's order, or the first problem. `variant` is whatever a link, a save
 * or a file gave: an object of name to number (numbers written as text are read too).
 */
export function checkVariant(scenario: Scenario, variant: unknown): Result<Variant, VariantProblem> {
  if (typeof variant !== 'object' || variant === null || Array.isArray(variant)) return { ok: false, error: { reason: 'not-a-list' } };
  const entries = Object.entries(variant as Record<string, unknown>);
  if (entries.length > MAX_VARIANT_ENTRIES) return { ok: false, error: { reason: 'not-a-list' } };
  const known = Object.keys(scenario.params);
  const checked = new Map<string, number>();
  for (const [name, raw] of entries) {
    if (!Object.hasOwn(scenario.params, name)) return { ok: false, error: { reason: 'unknown-parameter', name, nearest: nearestNames(name, known) } };
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, error: { reason: 'not-a-number', name, value: shown(raw) } };
    const doc = scenario.parameters[name];
    if (doc && (value < doc.min || value > doc.max)) return { ok: false, error: { reason: 'out-of-range', name, value, min: doc.min, max: doc.max } };
    checked.set(name, value);
  }
  const ordered: Record<string, number> = {};
  for (const name of known) {
    const value = checked.get(name);
    if (value !== undefined) ordered[name] = value;
  }
  return { ok: true, value: ordered };
}

/** The problem in one line of plain English (the simulator's message; the interface has its own translated text). */
export function isEmptyVariant(variant: Variant | undefined): boolean {
  return variant === undefined || Object.keys(variant).length === 0;
}

/** As the game writes numbers (es-MX or en-US), with a true minus sign. */
function formatNumber(value: number, lang: 'en' | 'es'): string {
  return value.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 6 }).replace('-', '\u2212');
}

/**
 * What a variant changes, one line per parameter in the reader's language: "Shared mission, SEDENA gain: 7 → 3.5
 * points a year (less as it nears 100)". `from` is the value each had before (by default the scenario's own).
 */
export function describeVariant(scenario: Scenario, variant: Variant, lang: 'en' | 'es', from: Readonly<Record<string, number>> = scenario.params): string[] {
  return Object.entries(variant).map(([name, value]) => {
    const doc = scenario.parameters[name];
    const before = from[name] ?? scenario.params[name];
    const label = doc ? doc.label[lang] : name;
    const unit = doc ? ` ${doc.unit[lang]}` : '';
    const was = before === undefined ? '' : `${formatNumber(before, lang)} → `;
    return `${label}: ${was}${formatNumber(value, lang)}${unit}`;
  });
}
