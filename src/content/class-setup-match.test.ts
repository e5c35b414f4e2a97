import { describe, expect, it } from 'vitest';
import { defaultSetup } from '../engine/index.ts';
import { makeClassLink } from './class-link.ts';
import { apartReason, classReference, setupDifferences } from './class-setup-match.ts';
import { loadAllScenarios } from './load-scenarios-node.ts';

const scenario = loadAllScenarios()[0]!;
const run = (seed: number, overrides: Partial<ReturnType<typeof defaultSetup>> = {}) => ({ run: { scenarioId: scenario.id, scenarioVersion: scenario.version, setup: defaultSetup(scenario, { seed, ...overrides }) } });

describe('which runs belong to the class', () => {
  it('without a class link: the most common set-up, with a class seed only when most of its runs share one', () => {
    const runs = [run(7), run(7), run(7), run(9), run(7, { theory: 'reversion' })];
    const ref = classReference(null, runs);
    expect(ref).toMatchObject({ source: 'common', seed: 7 });
    expect(runs.map((r) => apartReason(r, ref))).toEqual([null, null, null, 'seed', 'setup']);
    expect(setupDifferences(runs[4]!.run, ref)).toEqual(['theory']);
    expect(setupDifferences(runs[3]!.run, ref)).toEqual(['seed']);
    const perStudent = classReference(null, [run(1), run(2), run(3), run(3)]);
    expect(perStudent.seed).toBeNull();
    expect(apartReason(run(99), perStudent)).toBeNull();
  });

  it('with a class link: its set-up and seed, however many runs differ from it', () => {
    const { seed: _seed, ...setup } = defaultSetup(scenario, { usPosture: 'disengaged' });
    const ref = classReference(makeClassLink(scenario, setup, 5, null, 'Grupo'), [run(5), run(5), run(5)]);
    expect(ref).toMatchObject({ source: 'link', seed: 5, title: 'Grupo' });
    expect(apartReason(run(5), ref)).toBe('setup');
    expect(apartReason(run(5, { usPosture: 'disengaged' }), ref)).toBeNull();
    expect(apartReason(run(6, { usPosture: 'disengaged' }), ref)).toBe('seed');
    expect(setupDifferences(run(5).run, ref)).toEqual(['usPosture']);
  });

  it('a run played under another model variant is set apart and named, whatever order its overrides were written in', () => {
    const setup = { ...defaultSetup(scenario, { variant: { missionGainSedena: 3.5, aidGain: 6 } }) };
    const { seed: _seed, ...classSetup } = setup;
    const ref = classReference(makeClassLink(scenario, classSetup, 5, null, 'Lab'), []);
    expect(apartReason(run(5, { variant: { aidGain: 6, missionGainSedena: 3.5 } }), ref)).toBeNull();
    expect(apartReason(run(5), ref)).toBe('setup');
    expect(setupDifferences(run(5, { variant: { aidGain: 6 } }).run, ref)).toEqual(['variant']);
  });
});
