import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import type { Scenario } from '../engine/index.ts';
import { contentFingerprint, modelContent } from './content-fingerprint.ts';

const scenario = realScenario();
const base = contentFingerprint(scenario);

/** A deep copy to edit: the scenario as the browser receives it (JSON). */
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
const fp = (value: unknown): string => contentFingerprint(value as Scenario);

/**
 * Changes the first number found under `value` (depth first) to `f(number)`; where there is none (an amount made of
 * parameters and facts), the first name or formula text instead. True when something was changed.
 */
function bumpFirstNumber(value: unknown, f: (n: number) => number = (n) => n + 0.5): boolean {
  return bumpFirst(value, 'number', f) || bumpFirst(value, 'string', f);
}

function bumpFirst(value: unknown, kind: 'number' | 'string', f: (n: number) => number): boolean {
  const bump = (v: unknown): unknown => (typeof v === 'number' ? f(v) : `${String(v)}2`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] === kind) {
        value[i] = bump(value[i]);
        return true;
      }
      if (bumpFirst(value[i], kind, f)) return true;
    }
    return false;
  }
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (typeof record[key] === kind) {
      record[key] = bump(record[key]);
      return true;
    }
    if (bumpFirst(record[key], kind, f)) return true;
  }
  return false;
}

/** Every { en, es } text under `value` rewritten; every citation list emptied or changed. */
function rewordEverything(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(rewordEverything);
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['en'] === 'string' && typeof record['es'] === 'string' && Object.keys(record).length === 2) {
    record['en'] = `Reworded: ${record['en']}`;
    record['es'] = 'Otra redacción';
    return;
  }
  for (const key of Object.keys(record)) {
    if (key === 'sources' && Array.isArray(record[key])) record[key] = (record[key] as unknown[]).length > 1 ? [] : [{ doc: 'deare-2009', section: 'elsewhere', lines: [1, 2] }];
    else rewordEverything(record[key]);
  }
}

function halveProbability(event: Scenario['events'][number] | undefined): boolean {
  const e = event as { probability: unknown } | undefined;
  if (!e) return false;
  e.probability = typeof e.probability === 'number' ? e.probability / 2 : { mul: [0.5, e.probability] };
  return true;
}

type Edit = readonly [string, (s: Record<string, unknown> & Scenario) => boolean];

/** Edits that change a game: each must change the fingerprint. */
const MODEL_EDITS: readonly Edit[] = [
  ['a parameter', (s) => bumpFirstNumber(s.params)],
  ['the last parameter', (s) => { const k = Object.keys(s.params).at(-1)!; (s.params as Record<string, number>)[k] = (s.params[k] ?? 0) + 1e-9; return true; }],
  ['a rule amount', (s) => bumpFirstNumber(s.rules[0]?.effects)],
  ['the last rule’s amount', (s) => bumpFirstNumber(s.rules.at(-1)?.effects)],
  ['a rule condition', (s) => bumpFirstNumber(s.rules.find((r) => r.when !== undefined)?.when)],
  ['a rule’s target', (s) => { (s.rules[0]!.effects[0] as { target: string }).target = 'semar'; return s.rules[0]!.effects[0]!.target !== scenario.rules[0]!.effects[0]!.target; }],
  ['an event probability', (s) => halveProbability(s.events.find((x) => x.probability !== undefined))],
  ['the last event’s probability', (s) => halveProbability(s.events.findLast((x) => x.probability !== undefined))],
  ['an event’s condition', (s) => bumpFirstNumber(s.events.find((x) => x.when !== undefined)?.when)],
  ['a scripted event’s year', (s) => { const e = s.events.find((x) => x.year !== undefined) as { year: number }; e.year += 1; return true; }],
  ['an event choice’s effect', (s) => bumpFirstNumber(s.events.find((e) => e.choice)?.choice?.options[0]?.effects)],
  ['a theory', (s) => bumpFirstNumber(s.theories[1]?.params)],
  ['a US posture', (s) => bumpFirstNumber(s.usPostures.at(-1)?.params)],
  ['an option’s phase', (s) => bumpFirstNumber(s.options[1]?.variants[0]?.phases, (n) => n + 1)],
  ['a start value', (s) => bumpFirstNumber(s.start.scores)],
  ['a score bound', (s) => { (s.scores.at(-1) as { max: number }).max += 1; return true; }],
  ['a succession weight', (s) => bumpFirstNumber(s.succession?.strategyWeights)],
  ['a term', (s) => { (s.terms.at(-1) as { years: number }).years -= 1; return true; }],
  ['the cooperation weights', (s) => bumpFirstNumber(s.cooperation.weights, (n) => n - 0.1)],
];

describe('content fingerprint', () => {
  it('is short, stable and the same for the scenario as the browser receives it (JSON)', () => {
    expect(base).toMatch(/^[0-9a-z]{1,7}$/);
    expect(contentFingerprint(scenario)).toBe(base);
    expect(fp(copy())).toBe(base);
  });

  for (const [what, edit] of MODEL_EDITS) {
    it(`changes with ${what}`, () => {
      const s = copy() as Record<string, unknown> & Scenario;
      expect(edit(s)).toBe(true);
      expect(fp(s)).not.toBe(base);
    });
  }

  it('does not change when only the wording, the citations, the advisors or the prompts change', () => {
    const s = copy();
    rewordEverything(s);
    s['advisors'] = [];
    s['discussionPrompts'] = [];
    s['version'] = scenario.version + 1;
    expect(JSON.stringify(s)).not.toBe(JSON.stringify(scenario));
    expect(fp(s)).toBe(base);
  });

  it('does not change with the real course’s record, which no player’s game reads; its scripted events do count', () => {
    const s = copy();
    const history = s['history'] as { observed: { value: number }[]; administrations: { strategy: string }[] };
    history.observed[0] = { ...history.observed[0], value: 1 };
    history.administrations[0] = { ...history.administrations[0], strategy: 'D' };
    expect(fp(s)).toBe(base);
    const t = copy();
    const events = t['events'] as { id: string; effects: { amount: unknown }[] }[];
    const real = events.find((e) => e.id.startsWith('real-'));
    expect(real).toBeDefined();
    if (real?.effects[0]) real.effects[0].amount = 99;
    expect(fp(t)).not.toBe(base);
  });

  it('does not depend on the order of keys', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    expect(fp(reverse(copy()))).toBe(base);
  });

  it('keeps the model and leaves out the words', () => {
    const kept = JSON.stringify(modelContent(scenario));
    expect(kept).toContain('"params"');
    expect(kept).toContain(scenario.rules[0]!.id);
    expect(kept).not.toContain(scenario.rules[0]!.explain.en);
    expect(kept).not.toContain('"sources"');
    expect(kept).not.toContain('"en"');
  });
});
