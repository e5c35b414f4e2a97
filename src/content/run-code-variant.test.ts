import { describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../engine/index.ts';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { wrapBody } from './code-format.ts';
import { encodeRunCode, openRunCode, runCodeOf } from './run-code.ts';
import { writeCompactRun } from './run-code-compact.ts';

describe('run codes of a variant', () => {
  const scenario = realScenario();
  const variant = { missionGainSedena: 3.5, aidDelay: 0.9, violenceBase: 15000, leverSuccessViolenceCut: 0.0125 };
  const played = play(scenario, { setup: defaultSetup(scenario, { seed: 99, variant }), decisions: ['A', 'C+LE', 'B'].map((strategy) => ({ strategy })), answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  const run = runCodeOf(scenario, played.value);

  it('carry the variant in the short form and replay the same game', () => {
    const code = encodeRunCode(run, scenario);
    expect(code).toMatch(/^SX3\./);
    expect(code.length).toBeLessThan(120);
    const opened = openRunCode(code, [scenario]);
    if (!opened.ok) throw new Error(opened.error.reason);
    expect(opened.value.run.setup.variant).toEqual(variant);
    expect(opened.value.state.scores).toEqual(played.value.scores);
  });

  it('differ from the standard model’s code for the same choices', () => {
    const standard = play(scenario, { setup: defaultSetup(scenario, { seed: 99 }), decisions: ['A', 'C+LE', 'B'].map((strategy) => ({ strategy })), answers: {} });
    if (!standard.ok) throw new Error(standard.error.message);
    expect(encodeRunCode(runCodeOf(scenario, standard.value), scenario)).not.toBe(encodeRunCode(run, scenario));
  });

  it('refuse a variant this copy cannot play, naming the parameter and its range', () => {
    const code = wrapBody('run', 3, writeCompactRun({ ...run, setup: { ...run.setup, variant: { aidDelay: 3 } } }, scenario));
    const opened = openRunCode(code, [scenario]);
    expect(!opened.ok && opened.error).toEqual({ reason: 'variant', kind: 'run', problem: { reason: 'out-of-range', name: 'aidDelay', value: 3, min: 0, max: 1 } });
  });

  it('refuse a malformed variant field as invalid, not as another game', () => {
    const body = writeCompactRun(run, scenario);
    for (const broken of [body.replace(/V[^_~]*/, 'V'), body.replace(/V[^_~]*/, 'Vzz1'), body.replace(/V[^_~]*/, 'V001x')]) {
      const opened = openRunCode(wrapBody('run', 3, broken), [scenario]);
      expect(!opened.ok && opened.error.reason).toBe('invalid');
    }
  });
});
