import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { checkClassLink, classGameSetup, encodeClassLink, makeClassLink, readClassLink } from './class-link.ts';
import { classLinkWithVariant } from './class-link-variant.ts';
import { describeProblem } from './code-problem.ts';

describe('class links with a variant', () => {
  const scenario = realScenario();
  const base = { start: '2012', theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', allowedOptions: [], randomEvents: true, twoTeam: false } as const;

  it('carry the variant to the students’ set-up', () => {
    const code = classLinkWithVariant(scenario, { aidDelay: 0.9, missionGainSedena: 3.5 }, { seed: 12, title: 'Slow aid' });
    if (!code.ok) throw new Error('refused');
    const read = readClassLink(code.value);
    if (!read.ok) throw new Error(describeProblem(read.error));
    expect(checkClassLink(read.value, [scenario]).ok).toBe(true);
    expect(classGameSetup(read.value, 5)).toMatchObject({ seed: 12, variant: { missionGainSedena: 3.5, aidDelay: 0.9 } });
  });

  it('leave out a variant that changes nothing', () => {
    const link = makeClassLink(scenario, { ...base, variant: {} }, null, null);
    expect('variant' in link.setup).toBe(false);
  });

  it('refuse a variant that does not fit, naming the parameter', () => {
    expect(classLinkWithVariant(scenario, { missionGain: 3 })).toEqual({ ok: false, error: { reason: 'unknown-parameter', name: 'missionGain', nearest: ['missionGainSedena', 'missionGainSemar'] } });
    for (const [variant, says] of [
      [{ missionGain: 3 }, 'unknown parameter "missionGain"'],
      [{ aidDelay: 4 }, 'parameter aidDelay = 4 is outside its range 0 to 1'],
    ] as const) {
      const read = readClassLink(encodeClassLink(makeClassLink(scenario, { ...base, variant }, null, null)));
      if (!read.ok) throw new Error(describeProblem(read.error));
      const checked = checkClassLink(read.value, [scenario]);
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.error.reason).toBe('variant');
        expect(describeProblem(checked.error)).toContain(says);
      }
    }
  });

  it('refuse a variant whose values are not numbers when the link is read', () => {
    const link = makeClassLink(scenario, base, null, null);
    const tampered = { ...link, setup: { ...link.setup, variant: { aidDelay: 'lots' } } };
    const read = readClassLink(encodeClassLink(tampered as unknown as typeof link));
    expect(!read.ok && read.error.reason).toBe('invalid');
  });
});
