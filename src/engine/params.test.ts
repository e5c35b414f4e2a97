import { describe, expect, it } from 'vitest';
import { loadAllScenarios } from '../content/load-scenarios-node.ts';
import { defaultSetup } from './default-setup.ts';
import { paramsFor, variantKey } from './params.ts';

const scenario = loadAllScenarios()[0]!;

describe('paramsFor', () => {
  it('lets a variant override the scenario, theory and US posture', () => {
    const theory = scenario.theories.find((t) => Object.keys(t.params).length > 0)!;
    const [name] = Object.keys(theory.params);
    const setup = defaultSetup(scenario, { theory: theory.id, variant: { [name!]: 0.123 } });
    expect(paramsFor(scenario, setup)[name!]).toBe(0.123);
    expect(paramsFor(scenario, { ...setup, variant: undefined })[name!]).toBe(theory.params[name!]);
  });

  it('gives the same params object for equal variants in any key order, so the compiled model is reused', () => {
    const a = paramsFor(scenario, defaultSetup(scenario, { variant: { actRate: 0.4, aidGain: 6 } }));
    const b = paramsFor(scenario, defaultSetup(scenario, { variant: { aidGain: 6, actRate: 0.4 } }));
    expect(a).toBe(b);
    expect(variantKey({ b: 1, a: 2 })).toBe('a=2;b=1');
    expect(variantKey(undefined)).toBe('');
  });
});
