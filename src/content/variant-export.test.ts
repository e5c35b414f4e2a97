import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { play } from '../engine/index.ts';
import { defaultSetup } from '../engine/index.ts';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { assembleScenario } from './assemble-scenario.ts';
import { variantScenarioFiles, variantScenarioId } from './variant-export.ts';

const folder = new URL('../../scenarios/sexenio-2012/', import.meta.url).pathname;
const realFiles = (): Record<string, string> => Object.fromEntries(readdirSync(folder).filter((n) => n.endsWith('.json')).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));

describe('variantScenarioFiles', () => {
  const variant = { missionGainSedena: 3.5, reversionScale: 1.2 };

  it('gives a folder that passes the schema and every check, marked as a variant', () => {
    const out = variantScenarioFiles(realFiles(), variant);
    if (!out.ok) throw new Error(out.error);
    const loaded = assembleScenario('scenarios/exported', out.value);
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    expect(loaded.value.id).toBe(variantScenarioId('sexenio-2012', variant));
    expect(loaded.value.id).toMatch(/^sexenio-2012-variant-[0-9a-z]+$/);
    expect(loaded.value.title.en).toContain('(variant)');
    expect(loaded.value.title.es).toContain('(variante)');
    expect(loaded.value.summary.en).toContain('Shared mission, SEDENA gain: 7 → 3.5');
    expect(loaded.value.params['missionGainSedena']).toBe(3.5);
    expect(loaded.value.theories.some((t) => 'reversionScale' in t.params)).toBe(false);
  });

  it('plays as the original does with the variant set, under every theory', () => {
    const out = variantScenarioFiles(realFiles(), variant);
    if (!out.ok) throw new Error(out.error);
    const loaded = assembleScenario('scenarios/exported', out.value);
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const original = realScenario();
    for (const theory of original.theories.map((t) => t.id)) {
      const decisions = ['A', 'C+LE', 'B'].map((strategy) => ({ strategy }));
      const withVariant = play(original, { setup: defaultSetup(original, { seed: 7, theory, variant }), decisions, answers: {} });
      const exported = play(loaded.value, { setup: defaultSetup(loaded.value, { seed: 7, theory }), decisions, answers: {} });
      if (!withVariant.ok || !exported.ok) throw new Error('a game did not play');
      expect(exported.value.history).toEqual(withVariant.value.history);
    }
  });

  it('the same variant, whatever its order, gets the same id; another variant another', () => {
    expect(variantScenarioId('sexenio-2012', { a: 1, b: 2 })).toBe(variantScenarioId('sexenio-2012', { b: 2, a: 1 }));
    expect(variantScenarioId('sexenio-2012', { a: 1 })).not.toBe(variantScenarioId('sexenio-2012', { a: 2 }));
  });

  it('refuses a bad variant or an empty one, and a folder that does not load, with one line', () => {
    expect(variantScenarioFiles(realFiles(), { missionGain: 3 })).toEqual({ ok: false, error: 'unknown parameter "missionGain" (did you mean missionGainSemar, missionGainSedena?)' });
    expect(variantScenarioFiles(realFiles(), {})).toEqual({ ok: false, error: 'the variant changes nothing: give at least one parameter' });
    const broken = { ...realFiles(), 'scenario.json': '{' };
    const result = variantScenarioFiles(broken, variant);
    expect(!result.ok && result.error).toMatch(/^the scenario folder does not load: /);
  });
});
