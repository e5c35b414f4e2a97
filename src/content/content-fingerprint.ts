// The fingerprint of a scenario's model: a short hash of everything that can change a game (scores and their bounds,
// parameters, theories, US postures, options and their phases, rules' conditions and amounts, events' years,
// conditions, probabilities, effects and choices, succession weights, terms, start values, cooperation weights) and
// nothing that only words it (every { en, es } text, citations, advisors, discussion prompts). Run codes, class
// links and saves carry it, so one opened against other content says so instead of replaying another game.
//
// It is computed by walking the scenario as data, not by naming its fields, so it keeps working when a field is
// added or the way formulas are written changes: what is left after the wording is taken out is hashed as JSON with
// sorted keys (FNV-1a, 32 bits, base 36, as the codes' own check).
import type { Scenario } from '../engine/index.ts';
import { checksum } from './checksum.ts';

/** Keys whose values are wording, references or documentation (parameters.json) at any depth: left out with everything under them. */
const WORDING_KEYS = new Set(['sources', 'citations', 'advisors', 'discussionPrompts', 'parameters', '$schema']);
/**
 * Keys of the scenario itself that name its format and edition, not its model (the version is checked on its own),
 * and the real course's record (governments, facts, observed series), which no player's game reads: its scripted
 * events are among the scenario's events and count there.
 */
const TOP_LEVEL_LABELS = new Set(['version', 'schemaVersion', 'history']);

function isLocalizedText(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { en?: unknown }).en === 'string' && typeof (value as { es?: unknown }).es === 'string';
}

function isCitation(value: object): boolean {
  return ('doc' in value && 'section' in value && 'lines' in value) || ('url' in value && 'publisher' in value);
}

/** Wording to leave out: a { en, es } text or a citation. */
function isWording(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (isLocalizedText(value) || isCitation(value));
}

/** The scenario with its wording taken out, keys sorted: the value the fingerprint hashes. */
export function modelContent(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isWording(v)).map((v: unknown) => modelContent(v, false));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || WORDING_KEYS.has(key) || (top && TOP_LEVEL_LABELS.has(key)) || isWording(v)) continue;
    out[key] = modelContent(v, false);
  }
  return out;
}

const cache = new WeakMap<Scenario, string>();

/** The scenario's model fingerprint, e.g. "1x9k2qa"; the same content always gives the same text. */
export function contentFingerprint(scenario: Scenario): string {
  let hit = cache.get(scenario);
  if (hit === undefined) {
    hit = checksum(JSON.stringify(modelContent(scenario)));
    cache.set(scenario, hit);
  }
  return hit;
}

/** How a code's or save's fingerprint compares with a scenario's: the same content, other content, or none recorded. */
export type ContentMatch = 'same' | 'other' | 'unverified';

export function contentMatch(scenario: Scenario, recorded: string | null): ContentMatch {
  return recorded === null ? 'unverified' : recorded === contentFingerprint(scenario) ? 'same' : 'other';
}
