import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { checkVariant, describeVariant, describeVariantProblem, nearestNames } from './variant.ts';
import { parseVariantText, variantText } from './variant-text.ts';

describe('checkVariant', () => {
  const scenario = realScenario();

  it('accepts known names within their ranges and orders them as the scenario does', () => {
    const result = checkVariant(scenario, { aidDelay: 0.9, missionGainSedena: 3.5 });
    expect(result).toEqual({ ok: true, value: { missionGainSedena: 3.5, aidDelay: 0.9 } });
    expect(Object.keys(result.ok ? result.value : {})).toEqual(['missionGainSedena', 'aidDelay']);
  });

  it('accepts the ends of a range and an empty variant', () => {
    const doc = scenario.parameters['missionGainSedena'];
    expect(checkVariant(scenario, { missionGainSedena: doc?.min }).ok).toBe(true);
    expect(checkVariant(scenario, { missionGainSedena: doc?.max }).ok).toBe(true);
    expect(checkVariant(scenario, {})).toEqual({ ok: true, value: {} });
  });

  it('names an unknown parameter and the nearest known ones', () => {
    const result = checkVariant(scenario, { missionGain: 3 });
    expect(result).toEqual({ ok: false, error: { reason: 'unknown-parameter', name: 'missionGain', nearest: ['missionGainSemar', 'missionGainSedena'] } });
    if (!result.ok) expect(describeVariantProblem(result.error)).toBe('unknown parameter "missionGain" (did you mean missionGainSemar, missionGainSedena?)');
  });

  it('suggests names a typo away', () => {
    expect(nearestNames('aidDelai', Object.keys(scenario.params))).toContain('aidDelay');
    expect(nearestNames('zzzzzzzzzzzz', Object.keys(scenario.params))).toEqual([]);
  });

  it('refuses a value outside the range, naming the value and the range', () => {
    const result = checkVariant(scenario, { aidDelay: 1.5 });
    expect(result).toEqual({ ok: false, error: { reason: 'out-of-range', name: 'aidDelay', value: 1.5, min: 0, max: 1 } });
    if (!result.ok) expect(describeVariantProblem(result.error)).toBe('parameter aidDelay = 1.5 is outside its range 0 to 1');
  });

  it('refuses what is not a finite number, and what is not a list', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'lots', null, true, '']) {
      const result = checkVariant(scenario, { aidDelay: bad });
      expect(!result.ok && result.error.reason).toBe('not-a-number');
    }
    for (const bad of [null, 3, 'aidDelay=1', [1, 2]]) expect(!checkVariant(scenario, bad).ok && 'refused').toBe('refused');
  });

  it('takes numbers written as text', () => {
    expect(checkVariant(scenario, { aidDelay: '0.25' })).toEqual({ ok: true, value: { aidDelay: 0.25 } });
  });

  it('does not take names from the object prototype', () => {
    expect(!checkVariant(scenario, JSON.parse('{"__proto__": 1}')).ok || 'the prototype key was not an own entry').toBeTruthy();
    expect(checkVariant(scenario, { toString: 1 }).ok).toBe(false);
  });
});

describe('describeVariant', () => {
  const scenario = realScenario();

  it('says what changes in both languages, with the value before and the unit', () => {
    expect(describeVariant(scenario, { missionGainSedena: 3.5 }, 'en')).toEqual(['Shared mission, SEDENA gain: 7 → 3.5 points a year (less as it nears 100)']);
    expect(describeVariant(scenario, { missionGainSedena: 3.5 }, 'es')).toEqual(['Misión compartida, ganancia de SEDENA: 7 → 3.5 puntos al año (menos cerca de 100)']);
  });

  it('compares with the values in force when given them', () => {
    expect(describeVariant(scenario, { reversionScale: 1.2 }, 'en', { reversionScale: 0.5 })[0]).toMatch(/: 0\.5 → 1\.2 /);
  });
});

describe('variant text', () => {
  const scenario = realScenario();

  it('reads name=value lines, commas or semicolons, and writes them back', () => {
    const result = parseVariantText(scenario, ' aidDelay = 0.9\n\nmissionGainSedena=3.5 ; actRate=0.4');
    expect(result).toEqual({ ok: true, value: { actRate: 0.4, missionGainSedena: 3.5, aidDelay: 0.9 } });
    if (result.ok) expect(variantText(result.value, ',')).toBe('actRate=0.4,missionGainSedena=3.5,aidDelay=0.9');
    expect(parseVariantText(scenario, '')).toEqual({ ok: true, value: {} });
  });

  it('names an entry that is not name=value, and a name given twice', () => {
    expect(parseVariantText(scenario, 'aidDelay 0.9')).toEqual({ ok: false, error: { reason: 'not-name-value', entry: 'aidDelay 0.9' } });
    expect(parseVariantText(scenario, 'aidDelay=0.9\naidDelay=0.8')).toEqual({ ok: false, error: { reason: 'repeated', name: 'aidDelay' } });
  });
});
