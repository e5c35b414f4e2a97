import { describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../engine/index.ts';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { readSave } from './save-read.ts';
import { describeSaveProblem } from './save-problem.ts';
import { checkOf, makeSave, serializeSave } from './save-write.ts';

describe('saves of a variant', () => {
  const scenario = realScenario();
  const variant = { missionGainSedena: 3.5, aidDelay: 0.9 };
  const played = play(scenario, { setup: defaultSetup(scenario, { seed: 31, variant }), decisions: [{ strategy: 'A' }], answers: {} }, { steps: 9 });
  if (!played.ok) throw new Error(played.error.message);
  const save = makeSave(scenario, played.value, 'year', '2026-12-02T10:00:00.000Z');

  it('keep the variant and continue the same game', () => {
    const restored = readSave(serializeSave(save), [scenario]);
    if (!restored.ok) throw new Error(describeSaveProblem(restored.error));
    expect(restored.value.state.setup.variant).toEqual(variant);
    expect(restored.value.state.scores).toEqual(played.value.scores);
  });

  it('refuse a variant this copy cannot play, naming it', () => {
    const { check: _check, ...body } = save;
    const edited = { ...body, setup: { ...body.setup, variant: { missionGain: 2 } } };
    const text = JSON.stringify({ ...edited, check: checkOf(edited) });
    const restored = readSave(text, [scenario]);
    expect(!restored.ok && restored.error).toEqual({ reason: 'variant', problem: { reason: 'unknown-parameter', name: 'missionGain', nearest: ['missionGainSedena', 'missionGainSemar'] } });
    if (!restored.ok) expect(describeSaveProblem(restored.error)).toContain('unknown parameter "missionGain"');
  });
});
