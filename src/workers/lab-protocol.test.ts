import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { isLabMessage, isLabRequest, LAB_PROTOCOL } from './lab-protocol.ts';
import { handleLabRequest, type LabWorkerState } from './lab-run.ts';

const job = { paths: [{ id: 'A', strategies: ['A', 'A', 'A'] }], variant: { actLead: 80 }, firstSeed: 1000, runs: 3, scores: ['cooperation'], lastYear: 2018 };

describe('the lab worker’s protocol', () => {
  it('refuses a request of another version or shape, naming why', () => {
    const state: LabWorkerState = { scenario: null };
    expect(handleLabRequest(state, { type: 'run', version: LAB_PROTOCOL + 1, id: 1, job })).toMatchObject({ type: 'error', id: 1, message: `lab request version ${LAB_PROTOCOL + 1}, expected ${LAB_PROTOCOL}` });
    expect(handleLabRequest(state, { type: 'run', version: LAB_PROTOCOL, id: 2, job: { ...job, variant: { actLead: 'high' } } })).toMatchObject({ type: 'error', id: 2, message: 'malformed lab request' });
    expect(handleLabRequest(state, { type: 'run', version: LAB_PROTOCOL, id: 3, job })).toMatchObject({ type: 'error', id: 3, message: 'the lab worker has no scenario yet' });
    expect(isLabRequest({ type: 'run', version: LAB_PROTOCOL, id: -1, job })).toBe(false);
  });

  it('answers a run with the games it asked for, in a message the page accepts', () => {
    const state: LabWorkerState = { scenario: null };
    expect(handleLabRequest(state, { type: 'scenario', version: LAB_PROTOCOL, scenario: realScenario() })).toBeNull();
    const answer = handleLabRequest(state, { type: 'run', version: LAB_PROTOCOL, id: 7, job });
    expect(answer?.type).toBe('result');
    expect(isLabMessage(answer)).toBe(true);
    if (answer?.type !== 'result') return;
    expect(answer.samples['A']?.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(answer.samples['A']?.values).toHaveLength(3 * 7);
    // A result whose arrays do not match its years and scores is not drawn.
    const broken = { ...answer, samples: { A: { ...answer.samples['A'], values: new Float64Array(2) } } };
    expect(isLabMessage(broken)).toBe(false);
    expect(isLabMessage({ ...answer, version: 0 })).toBe(false);
  });
});
